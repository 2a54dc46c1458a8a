package se.arenaregister.followup;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import se.arenaregister.audit.EntityType;
import se.arenaregister.audit.Traced;

/**
 * A scheduled review (översyn) of one arena or of a whole area or sub-area. Who is responsible is a person of the
 * register ({@code responsiblePersonId}) or, for someone who is not in it (a unit, a role), a name as typed.
 */
@Table("review")
@Traced(value = EntityType.REVIEW, tables = "review")
record Review(@Id Long id, Long arenaId, Long areaId, LocalDate dueOn, Recurrence recurrence, LocalDate recursUntil, String reason,
              String responsible, Long responsiblePersonId, String outcome, LocalDate completedOn, Long previousId, @Version Long version) {

    boolean completed() {
        return completedOn != null;
    }

    Review completedWith(String text, LocalDate on) {
        return new Review(id, arenaId, areaId, dueOn, recurrence, recursUntil, reason, responsible, responsiblePersonId, text, on,
                previousId, version);
    }

    /** The next occurrence when this one is completed, if it recurs and the rule has not run out. */
    Review nextOccurrence() {
        LocalDate next = recurrence.next(dueOn);
        if (next == null || (recursUntil != null && next.isAfter(recursUntil))) {
            return null;
        }
        return new Review(null, arenaId, areaId, next, recurrence, recursUntil, reason, responsible, responsiblePersonId, null, null,
                id, null);
    }
}
