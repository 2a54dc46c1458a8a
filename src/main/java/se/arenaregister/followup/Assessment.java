package se.arenaregister.followup;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import se.arenaregister.audit.EntityType;
import se.arenaregister.audit.Traced;

/** A dated judgement of whether taking part in an arena is still worth it, by a person of the register or a named assessor. */
@Table("assessment")
@Traced(value = EntityType.ASSESSMENT, tables = "assessment")
record Assessment(@Id Long id, Long arenaId, LocalDate assessedOn, Verdict verdict, String motivation, String assessor,
                  Long assessorPersonId, @Version Long version) {
}
