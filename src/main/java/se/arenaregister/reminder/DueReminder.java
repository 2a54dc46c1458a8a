package se.arenaregister.reminder;

import java.time.LocalDate;

/**
 * One reminder a source found: to {@code personId}, about {@code subjectId} (a review's, meeting's, arena's … id, as the
 * kind says), due on {@code dueOn}; {@code what} names the subject for the mail (an arena's name, a term's name). Kind,
 * subject, due date and person are the reminder's key: the same four are claimed once.
 */
public record DueReminder(ReminderKind kind, long subjectId, long personId, LocalDate dueOn, String what) {
}
