package se.arenaregister.reminder.internal;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import se.arenaregister.reminder.ReminderKind;

/**
 * {@code arenaregister.reminders.*}: the sender address, how many days ahead of its date each kind is sent
 * ({@code lead-days.review=14}), how far the weekly digest looks ahead, and how a failed send is retried: after
 * {@code first-retry}, then twice as long each time, until {@code max-attempts} have failed. The schedules themselves
 * ({@code send-interval}, {@code compute-cron}, {@code digest-cron}, {@code scheduling}) are read by {@link ReminderJobs}.
 */
@ConfigurationProperties("arenaregister.reminders")
public record ReminderProperties(String from, Map<String, Integer> leadDays, Integer digestDays, Integer maxAttempts,
                                 Duration firstRetry, Integer batchSize) {

    public ReminderProperties {
        from = from == null || from.isBlank() ? "arenaregister@example.org" : from.strip();
        leadDays = leadDays == null ? Map.of() : Map.copyOf(leadDays);
        digestDays = digestDays == null ? 28 : digestDays;
        maxAttempts = maxAttempts == null ? 6 : maxAttempts;
        firstRetry = firstRetry == null ? Duration.ofMinutes(5) : firstRetry;
        batchSize = batchSize == null ? 200 : batchSize;
    }

    /** Days ahead of its date a reminder of this kind goes out: configured, or the kind's default. */
    public int leadDays(ReminderKind kind) {
        Integer days = leadDays.get(kind.property());
        return days == null || days < 0 ? kind.defaultLeadDays() : days;
    }

    /** The wait before attempt {@code attempts + 1}: first-retry × 2^(attempts − 1), at most a day. */
    public Duration backOff(int attempts) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : wait;
    }
}
