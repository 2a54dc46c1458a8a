package se.arenaregister.catalog;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A sakfråga handled in arenas (many-to-many), e.g. bredbandsfrågor. */
@Table("topic")
public record Topic(@Id Long id, String name, String description, @Version Long version) {
}
