package se.arenaregister.reminder;

import java.time.LocalDate;
import java.util.List;

/**
 * Where reminders of one kind come from: every reminder due from {@code from} to {@code until} (both included). A
 * Spring bean of this type is picked up by the daily computation and the digest; adding a kind is one class (see
 * {@link SqlReminderSource}). A source reads published views only, and runs one statement whatever the rows.
 */
public interface ReminderSource {

    ReminderKind kind();

    List<DueReminder> dueBetween(LocalDate from, LocalDate until);
}
