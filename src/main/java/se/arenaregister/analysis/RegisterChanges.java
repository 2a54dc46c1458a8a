package se.arenaregister.analysis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.shared.InvalidInputException;

/**
 * The register compared at two dates, read from the audit log's published views ({@code audit_entry_overview},
 * {@code audit_field_change}, so how the log stores its changes stays the audit module's business): which arenas
 * were added, which ended or were archived, which changed type or level, which got a new verdict. Days are whole days in the
 * clock's time zone, both ends included. Four statements, whatever the size of the log.
 */
@Service
@Transactional(readOnly = true)
public class RegisterChanges {

    /**
     * One change of one arena. {@code what} is {@code CREATED}; {@code ENDED} or {@code ARCHIVED}; the field
     * {@code types} or {@code levels} (before and after as comma-separated codes); or {@code assessment}
     * (verdict codes, before is the verdict in force when the period began, null if none).
     */
    public record Change(long arenaId, String arenaName, LocalDate on, String what, String before, String after) {
    }

    /** Everything that changed between {@code from} and {@code to}, each list in date order. */
    public record Report(LocalDate from, LocalDate to, List<Change> added, List<Change> ended, List<Change> reclassified,
                         List<Change> verdicts) {

        public boolean isEmpty() {
            return added.isEmpty() && ended.isEmpty() && reclassified.isEmpty() && verdicts.isEmpty();
        }
    }

    private static final String IN_PERIOD = "e.entity_type = 'arena' AND e.occurred_at >= :start AND e.occurred_at < :end";

    private static final String ADDED = """
            SELECT e.entity_id, a.name, e.occurred_at, 'CREATED' AS what, NULL AS before, NULL AS after
            FROM audit_entry_overview e JOIN arena_overview a ON a.id = e.entity_id
            WHERE e.action = 'CREATED' AND %s
            ORDER BY e.occurred_at, lower(a.name), e.id""".formatted(IN_PERIOD);

    /**
     * Archiving and the status are separate: an arena counts as ended when the last archiving event of
     * the period archived it, or the last status change set it to ENDED. Restored or reopened within the
     * period, it does not count.
     */
    private static final String ENDED = """
            WITH events AS (
                SELECT e.id, e.entity_id, e.occurred_at, 'archive' AS dimension, e.action AS outcome
                FROM audit_entry_overview e
                WHERE %1$s AND e.action IN ('ARCHIVED', 'RESTORED')
                UNION ALL
                SELECT e.entry_id, e.entity_id, e.occurred_at, 'status', e.after
                FROM audit_field_change e
                WHERE %1$s AND e.action = 'UPDATED' AND e.field = 'status'
            ), latest AS (
                SELECT DISTINCT ON (entity_id, dimension) entity_id, occurred_at, outcome
                FROM events ORDER BY entity_id, dimension, occurred_at DESC, id DESC
            ), ended AS (
                SELECT DISTINCT ON (entity_id) entity_id, occurred_at, outcome
                FROM latest WHERE outcome IN ('ARCHIVED', 'ENDED') ORDER BY entity_id, occurred_at DESC
            )
            SELECT x.entity_id, a.name, x.occurred_at, x.outcome AS what, NULL AS before, NULL AS after
            FROM ended x JOIN arena_overview a ON a.id = x.entity_id
            ORDER BY x.occurred_at, lower(a.name), x.entity_id""".formatted(IN_PERIOD);

    /** Before of the first change in the period against after of the last; a change undone again does not count. */
    private static final String RECLASSIFIED = """
            SELECT x.entity_id, a.name, x.occurred_at, x.field AS what, x.before, x.after
            FROM (SELECT e.entity_id, e.field,
                         (array_agg(e.before ORDER BY e.occurred_at, e.entry_id))[1] AS before,
                         (array_agg(e.after ORDER BY e.occurred_at DESC, e.entry_id DESC))[1] AS after,
                         max(e.occurred_at) AS occurred_at
                  FROM audit_field_change e
                  WHERE e.action = 'UPDATED' AND e.field IN ('types', 'levels') AND %s
                  GROUP BY e.entity_id, e.field) x
            JOIN arena_overview a ON a.id = x.entity_id
            WHERE x.before IS DISTINCT FROM x.after
            ORDER BY x.occurred_at, lower(a.name), x.field""".formatted(IN_PERIOD);

    /** An assessment writes the verdict as an arena change of the field "assessment", with no before. */
    private static final String VERDICTS = """
            SELECT y.entity_id, a.name, y.occurred_at, 'assessment' AS what, y.before, y.after
            FROM (SELECT x.*,
                         (SELECT b.after FROM audit_field_change b
                          WHERE b.entity_type = 'arena' AND b.entity_id = x.entity_id AND b.occurred_at < :start
                            AND b.field = 'assessment'
                          ORDER BY b.occurred_at DESC, b.entry_id DESC LIMIT 1) AS before
                  FROM (SELECT e.entity_id, (array_agg(e.after ORDER BY e.occurred_at DESC, e.entry_id DESC))[1] AS after,
                               max(e.occurred_at) AS occurred_at
                        FROM audit_field_change e
                        WHERE e.action = 'UPDATED' AND e.field = 'assessment' AND %s
                        GROUP BY e.entity_id) x) y
            JOIN arena_overview a ON a.id = y.entity_id
            WHERE y.before IS DISTINCT FROM y.after
            ORDER BY y.occurred_at, lower(a.name), y.entity_id""".formatted(IN_PERIOD);

    private final JdbcClient jdbc;
    private final Clock clock;

    RegisterChanges(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What changed from the start of {@code from} to the end of {@code to}; refuses {@code from} after {@code to}. */
    public Report between(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw InvalidInputException.of("from", "changes.from.afterTo");
        }
        OffsetDateTime start = from.atStartOfDay(clock.getZone()).toOffsetDateTime();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
        return new Report(from, to, run(ADDED, start, end), run(ENDED, start, end), run(RECLASSIFIED, start, end),
                run(VERDICTS, start, end));
    }

    /** The default period: the year up to today. */
    public Report lastYear() {
        LocalDate today = LocalDate.now(clock);
        return between(today.minusYears(1), today);
    }

    private List<Change> run(String sql, OffsetDateTime start, OffsetDateTime end) {
        return jdbc.sql(sql).param("start", start).param("end", end).query(this::change).list();
    }

    private Change change(ResultSet rs, int n) throws SQLException {
        return new Change(rs.getLong("entity_id"), rs.getString("name"),
                rs.getObject("occurred_at", OffsetDateTime.class).atZoneSameInstant(clock.getZone()).toLocalDate(),
                rs.getString("what"), rs.getString("before"), rs.getString("after"));
    }
}
