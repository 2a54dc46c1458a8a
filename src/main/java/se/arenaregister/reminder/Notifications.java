package se.arenaregister.reminder;

import java.time.LocalDate;
import java.util.Collection;

import org.springframework.stereotype.Service;
import se.arenaregister.reminder.internal.ReminderPlanner;

/**
 * For a module whose event should reach people at once (a note naming who should know, kind {@link ReminderKind#NOTE}):
 * claims one reminder per person in the outbox, due to be sent on the sender's next round. Sent once, like every
 * reminder: the same kind, subject, date and person are claimed only the first time. Call it from an event listener
 * in this module, e.g. {@code @TransactionalEventListener NoteShared → notifyNow(NOTE, noteId, heldOn, personIds, title)}.
 */
@Service
public class Notifications {

    private final ReminderPlanner planner;

    Notifications(ReminderPlanner planner) {
        this.planner = planner;
    }

    /** How many of the people were newly claimed (those without an address, or who opted out of the kind, are not). */
    public int notifyNow(ReminderKind kind, long subjectId, LocalDate on, Collection<Long> personIds, String what) {
        return planner.claim(personIds.stream().map(person -> new DueReminder(kind, subjectId, person, on, what)).toList());
    }
}
