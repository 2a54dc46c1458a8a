package se.arenaregister.governance;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import se.arenaregister.audit.EntityType;
import se.arenaregister.audit.Traced;

/** A committee decision: diarienummer (reference), date, title and paragraph (§). */
@Table("decision")
@Traced(value = EntityType.DECISION, tables = "decision")
public record Decision(@Id Long id, Long committeeId, String reference, LocalDate decidedOn, String title, String paragraph,
                       String description, @Version Long version) {
}
