/**
 * Reminders ("Påminnelser"): e-mail before something is due, sent once. What is due comes from small
 * {@link se.arenaregister.reminder.ReminderSource}s, one per kind, each a query over other modules' published views
 * (reviews, report-backs at committee meetings, assignments, arena end dates, term ends, agreements' valid-until);
 * a note naming people or areas under "who should know" (the notes module's {@code NoteShared}) mails them at once; the outbox claims every
 * reminder once in PostgreSQL and any node sends it; a weekly digest sums up what is coming. Recipients choose their
 * language and opt out per kind on {@code /me/reminders}, or through the unsubscribe link in every mail, without
 * login; administrators see the outbox on {@code /admin/reminders}. Mail is off until {@code spring.mail.host} is set.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Reminders",
        allowedDependencies = {"arena", "audit", "catalog", "followup", "governance", "notes", "person", "security", "shared"})
package se.arenaregister.reminder;
