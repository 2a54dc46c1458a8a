package se.arenaregister.catalog;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import se.arenaregister.audit.EntityType;
import se.arenaregister.audit.Traced;

/** A sakfråga handled in arenas (many-to-many), e.g. bredbandsfrågor. */
@Table("topic")
@Traced(value = EntityType.TOPIC, tables = "topic")
public record Topic(@Id Long id, String name, String description, @Version Long version) {
}
