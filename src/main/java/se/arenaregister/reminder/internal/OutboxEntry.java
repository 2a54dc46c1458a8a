package se.arenaregister.reminder.internal;

import java.time.Instant;
import java.time.LocalDate;

import se.arenaregister.audit.EntityType;
import se.arenaregister.audit.Traced;
import se.arenaregister.reminder.ReminderKind;

/**
 * A reminder in the outbox, as the administrators' page shows it. Claiming and sending are the outbox's own record
 * (status, attempts, error, when and to which address it went), not audit entries; an administrator's new try is one.
 */
@Traced(value = EntityType.REMINDER, tables = "reminder_outbox")
public record OutboxEntry(long id, ReminderKind kind, long subjectId, LocalDate dueOn, long personId,
                          @Traced.Omitted String person, String what, Status status, int attempts,
                          @Traced.Omitted Instant nextAttemptAt, String lastError, @Traced.Omitted Instant sentAt,
                          @Traced.Omitted String sentTo, @Traced.Omitted Instant createdAt, long version) {

    public enum Status { PENDING, SENT, FAILED, SKIPPED }
}
