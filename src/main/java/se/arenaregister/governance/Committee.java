package se.arenaregister.governance;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import se.arenaregister.audit.EntityType;
import se.arenaregister.audit.Traced;

/** A political body that appoints representatives and decides, e.g. Regionala utvecklingsnämnden (RUN). */
@Table("committee")
@Traced(value = EntityType.COMMITTEE, tables = "committee")
public record Committee(@Id Long id, String name, String shortName, @Version Long version) {
}
