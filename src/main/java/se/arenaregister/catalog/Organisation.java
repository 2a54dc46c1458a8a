package se.arenaregister.catalog;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import se.arenaregister.audit.EntityType;
import se.arenaregister.audit.Traced;

/** Any actor: region, kommun, myndighet, företag, förening, EU body. */
@Table("organisation")
@Traced(value = EntityType.ORGANISATION, tables = "organisation")
public record Organisation(@Id Long id, String name, String shortName, OrganisationKind kind, String website,
                           String description, java.math.BigDecimal ownershipShare, @Version Long version) {

    /** A company the home organisation owns a share of. */
    public boolean isOwnedCompany() {
        return kind == OrganisationKind.COMPANY && ownershipShare != null && ownershipShare.signum() > 0;
    }

    public String displayName() {
        return shortName == null || shortName.isBlank() ? name : name + " (" + shortName + ")";
    }
}
