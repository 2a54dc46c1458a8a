package se.arenaregister.reminder.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.audit.Labels;
import se.arenaregister.audit.Traceability;
import se.arenaregister.reminder.DueReminder;
import se.arenaregister.reminder.ReminderKind;
import se.arenaregister.shared.NotFoundException;

/**
 * The outbox, {@code reminder_outbox}: each reminder claimed once by its key (kind, subject, due date, person) with
 * {@code INSERT … ON CONFLICT DO NOTHING}, so computing twice, or on two nodes, adds nothing; a sender takes one due
 * row at a time with {@code FOR UPDATE SKIP LOCKED}, so two nodes never take the same one, and writes its outcome in
 * the transaction that holds the lock.
 */
@Component
@Transactional
public class Outbox {

    static final int MAX_ERROR = 1000;

    /** A reminder to claim, with the digest's items as JSON (an empty array for the others). */
    public record Claim(DueReminder reminder, String itemsJson) {
    }

    /** A row a sender holds: what to send and to whom. */
    public record Taken(long id, ReminderKind kind, long subjectId, LocalDate dueOn, long personId, String what, String itemsJson,
                        int attempts) {
    }

    private static final String ENTRY = """
            SELECT o.id, o.kind, o.subject_id, o.due_on, o.person_id, p.name AS person, o.what, o.status, o.attempts,
                   o.next_attempt_at, o.last_error, o.sent_at, o.sent_to, o.created_at, o.version
            FROM reminder_outbox o JOIN person_overview p ON p.id = o.person_id""";

    private final JdbcClient jdbc;
    private final Traceability trail;

    Outbox(JdbcClient jdbc, Traceability trail) {
        this.jdbc = jdbc;
        this.trail = trail;
    }

    /** Claims the reminders not claimed before, due to be sent from {@code at}; how many were new. One statement. */
    public int claim(List<Claim> claims, Instant at) {
        if (claims.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        INSERT INTO reminder_outbox (kind, subject_id, due_on, person_id, what, items, next_attempt_at)
                        SELECT c.kind, c.subject_id, c.due_on::date, c.person_id, left(coalesce(c.what, ''), 1000), c.items::jsonb, :at
                        FROM unnest(CAST(:kinds AS varchar[]), CAST(:subjects AS bigint[]), CAST(:dues AS varchar[]),
                                    CAST(:persons AS bigint[]), CAST(:whats AS varchar[]), CAST(:items AS varchar[]))
                             AS c (kind, subject_id, due_on, person_id, what, items)
                        ON CONFLICT ON CONSTRAINT reminder_outbox_once DO NOTHING""")
                .param("kinds", claims.stream().map(c -> c.reminder().kind().name()).toArray(String[]::new))
                .param("subjects", claims.stream().map(c -> c.reminder().subjectId()).toArray(Long[]::new))
                .param("dues", claims.stream().map(c -> c.reminder().dueOn().toString()).toArray(String[]::new))
                .param("persons", claims.stream().map(c -> c.reminder().personId()).toArray(Long[]::new))
                .param("whats", claims.stream().map(c -> c.reminder().what()).toArray(String[]::new))
                .param("items", claims.stream().map(Claim::itemsJson).toArray(String[]::new))
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Takes the next pending row whose time has come, locked until the caller's transaction ends; rows others hold are skipped. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Taken> takeNext(Instant now) {
        return jdbc.sql("""
                        SELECT id, kind, subject_id, due_on, person_id, what, items::text AS items, attempts
                        FROM reminder_outbox
                        WHERE status = 'PENDING' AND next_attempt_at <= :now
                        ORDER BY next_attempt_at, id
                        LIMIT 1
                        FOR UPDATE SKIP LOCKED""")
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new Taken(rs.getLong("id"), ReminderKind.valueOf(rs.getString("kind")), rs.getLong("subject_id"),
                        rs.getObject("due_on", LocalDate.class), rs.getLong("person_id"), rs.getString("what"), rs.getString("items"),
                        rs.getInt("attempts")))
                .optional();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void sent(long id, String address, Instant at) {
        jdbc.sql("""
                        UPDATE reminder_outbox SET status = 'SENT', sent_at = :at, sent_to = :address, attempts = attempts + 1,
                               last_error = NULL, version = version + 1
                        WHERE id = :id""")
                .param("at", Timestamp.from(at)).param("address", address).param("id", id).update();
    }

    /** Not sent, for a reason that another try would not change (no address any more, opted out since). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void skipped(long id, String reason) {
        jdbc.sql("UPDATE reminder_outbox SET status = 'SKIPPED', last_error = :reason, version = version + 1 WHERE id = :id")
                .param("reason", reason).param("id", id).update();
    }

    /** A send failed: tried again at {@code next}, or marked failed when {@code next} is null. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void failed(long id, String error, Instant next) {
        jdbc.sql("""
                        UPDATE reminder_outbox SET attempts = attempts + 1, last_error = :error,
                               status = CASE WHEN CAST(:next AS timestamptz) IS NULL THEN 'FAILED' ELSE 'PENDING' END,
                               next_attempt_at = coalesce(CAST(:next AS timestamptz), next_attempt_at), version = version + 1
                        WHERE id = :id""")
                .param("error", error == null ? "?" : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error)
                .param("next", next == null ? null : Timestamp.from(next)).param("id", id).update();
    }

    /** An administrator's new try of a failed reminder: pending again at once, with its attempts counted from zero. */
    public OutboxEntry retry(long id, Instant now) {
        OutboxEntry before = entry(id).orElseThrow(() -> new NotFoundException("reminder", id));
        if (before.status() != OutboxEntry.Status.FAILED) {
            return before;
        }
        jdbc.sql("""
                        UPDATE reminder_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = :now, version = version + 1
                        WHERE id = :id AND status = 'FAILED'""")
                .param("now", Timestamp.from(now)).param("id", id).update();
        OutboxEntry after = entry(id).orElseThrow();
        trail.updated(before, after, Labels.NONE);
        return after;
    }

    @Transactional(readOnly = true)
    public Optional<OutboxEntry> entry(long id) {
        return jdbc.sql(ENTRY + " WHERE o.id = :id").param("id", id).query(Outbox::entry).optional();
    }

    /** How many rows are in each status. One statement. */
    @Transactional(readOnly = true)
    public Map<OutboxEntry.Status, Long> counts() {
        Map<OutboxEntry.Status, Long> counts = new EnumMap<>(OutboxEntry.Status.class);
        for (OutboxEntry.Status status : OutboxEntry.Status.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("SELECT status, count(*) AS n FROM reminder_outbox GROUP BY status")
                .query((ResultSet rs) -> {
                    counts.put(OutboxEntry.Status.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        return counts;
    }

    /** The latest {@code limit} rows of each status (pending by when they go, the others newest first). One statement. */
    @Transactional(readOnly = true)
    public List<OutboxEntry> latest(int limit) {
        return jdbc.sql("""
                        SELECT * FROM (
                            SELECT o.id, o.kind, o.subject_id, o.due_on, o.person_id, p.name AS person, o.what, o.status, o.attempts,
                                   o.next_attempt_at, o.last_error, o.sent_at, o.sent_to, o.created_at, o.version,
                                   row_number() OVER (PARTITION BY o.status ORDER BY
                                       CASE WHEN o.status = 'PENDING' THEN o.next_attempt_at END,
                                       coalesce(o.sent_at, o.created_at) DESC, o.id DESC) AS nr
                            FROM reminder_outbox o JOIN person_overview p ON p.id = o.person_id) ranked
                        WHERE nr <= :limit
                        ORDER BY status, nr""")
                .param("limit", limit).query(Outbox::entry).list();
    }

    private static OutboxEntry entry(ResultSet rs, int n) throws SQLException {
        return new OutboxEntry(rs.getLong("id"), ReminderKind.valueOf(rs.getString("kind")), rs.getLong("subject_id"),
                rs.getObject("due_on", LocalDate.class), rs.getLong("person_id"), rs.getString("person"), rs.getString("what"),
                OutboxEntry.Status.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
                rs.getString("last_error"), instant(rs, "sent_at"), rs.getString("sent_to"), instant(rs, "created_at"), rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
