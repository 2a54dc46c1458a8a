package se.arenaregister.catalog;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** Any actor: region, kommun, myndighet, företag, förening, EU body. */
@Table("organisation")
public record Organisation(@Id Long id, String name, String shortName, OrganisationKind kind, String website,
                           String description, @Version Long version) {

    public String displayName() {
        return shortName == null || shortName.isBlank() ? name : name + " (" + shortName + ")";
    }
}
