package se.arenaregister.followup.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.shared.Listed;

/**
 * What is due when: one statement collects open reviews, open assignments' report-back dates,
 * arena end dates, term ends, committee meetings and the valid-until of agreements not recorded as ended in a period
 * (an agreement whose date has passed stays open, so overdue, until it is extended or ended). The dashboard, the calendar feeds
 * and {@code GET /api/v1/agenda} all read it, so they never disagree.
 */
@Component
@Transactional(readOnly = true)
public class AgendaQueries {

    private static final String ITEMS = """
            SELECT 'REVIEW' AS kind, r.id, r.due_on AS date,
                   coalesce(a.name, ar.name) AS title, r.reason AS detail, coalesce(rp.name, r.responsible) AS responsible,
                   r.responsible_person_id AS person_id,
                   CASE WHEN r.arena_id IS NOT NULL THEN '/arenas/' || r.arena_id ELSE '/reviews#review-' || r.id END AS path,
                   TRUE AS open
            FROM review r LEFT JOIN arena_overview a ON a.id = r.arena_id LEFT JOIN area_overview ar ON ar.id = r.area_id
            LEFT JOIN person_overview rp ON rp.id = r.responsible_person_id
            WHERE r.completed_on IS NULL AND r.due_on BETWEEN :from AND :to
            UNION ALL
            SELECT 'ASSIGNMENT', s.id, s.report_due_on, s.description, d.reference,
                   coalesce(s.assignee_role, p.name), s.assignee_person_id, '/assignments#assignment-' || s.id, TRUE
            FROM assignment s JOIN decision_overview d ON d.id = s.decision_id LEFT JOIN person_overview p ON p.id = s.assignee_person_id
            WHERE s.status = 'OPEN' AND s.report_due_on BETWEEN :from AND :to
            UNION ALL
            SELECT 'ARENA_END', a.id, a.end_date, a.name, a.other_info, a.responsible_official, NULL, '/arenas/' || a.id, a.recorded_status <> 'ENDED'
            FROM arena_overview a
            WHERE NOT a.archived AND a.end_date BETWEEN :from AND :to
            UNION ALL
            SELECT 'TERM_END', t.id, t.end_date, t.name, NULL, NULL, NULL, '/terms/' || t.id || '/change', FALSE
            FROM term_overview t WHERE t.end_date BETWEEN :from AND :to
            UNION ALL
            SELECT 'MEETING', m.id, m.meets_on, c.name, m.agenda_note, NULL, NULL, '/meetings/' || m.id, FALSE
            FROM committee_meeting m JOIN committee_overview c ON c.id = m.committee_id
            WHERE m.meets_on BETWEEN :from AND :to
            UNION ALL
            SELECT 'AGREEMENT_END', g.id, g.valid_until, g.title, o.name, gp.name, g.responsible_person_id, '/agreements/' || g.id, TRUE
            FROM agreement_overview g LEFT JOIN organisation_overview o ON o.id = g.organisation_id
            LEFT JOIN person_overview gp ON gp.id = g.responsible_person_id
            WHERE g.ended_on IS NULL AND g.valid_until BETWEEN :from AND :to
            """;

    private final JdbcClient jdbc;

    AgendaQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Everything dated in [from, to], by date; items still open before {@code today} are overdue. */
    public List<AgendaItem> between(LocalDate from, LocalDate to, LocalDate today) {
        return jdbc.sql(ITEMS + " ORDER BY date, kind, id")
                .param("from", from).param("to", to)
                .query((rs, n) -> item(rs, today))
                .list();
    }

    /** A row of {@link #ITEMS} as an item; open items dated before {@code today} are overdue. */
    private static AgendaItem item(java.sql.ResultSet rs, LocalDate today) throws java.sql.SQLException {
        LocalDate date = rs.getObject("date", LocalDate.class);
        AgendaItem.Kind kind = AgendaItem.Kind.valueOf(rs.getString("kind"));
        boolean overdue = rs.getBoolean("open") && date.isBefore(today);
        return new AgendaItem(kind, rs.getLong("id"), date, rs.getString("title"), rs.getString("detail"),
                rs.getString("responsible"), personId(rs), rs.getString("path"), overdue);
    }

    /**
     * The first {@code limit} items dated in [from, to], by date, and how many there are, in one statement: only open ones
     * with {@code openOnly} (before today those are the overdue ones), and with {@code mine} only the user's, as
     * {@link #isMine(AgendaItem, Long, List)} says (the item's person is {@code me}; or, naming no person, its free text
     * holds one of {@code names}). The dashboard lists these; the count says how many it does not.
     */
    public Listed<AgendaItem> first(LocalDate from, LocalDate to, LocalDate today, boolean openOnly, boolean mine, Long me,
                                    List<String> names, int limit) {
        List<String> lowered = names.stream().map(n -> n.strip().toLowerCase(java.util.Locale.ROOT)).filter(n -> !n.isEmpty()).toList();
        int[] total = {0};
        List<AgendaItem> items = jdbc.sql("SELECT i.*, count(*) OVER () AS total FROM (" + ITEMS + """
                        ) i
                        WHERE (NOT :openOnly OR i.open)
                          AND (NOT :mine OR i.person_id = :me
                               OR (i.person_id IS NULL AND (strpos(lower(i.responsible), :name1) > 0 OR strpos(lower(i.responsible), :name2) > 0)))
                        ORDER BY i.date, i.kind, i.id LIMIT :limit""")
                .param("from", from).param("to", to).param("openOnly", openOnly).param("mine", mine)
                .param("me", me, java.sql.Types.BIGINT)
                .param("name1", lowered.isEmpty() ? null : lowered.get(0), java.sql.Types.VARCHAR)
                .param("name2", lowered.size() < 2 ? null : lowered.get(1), java.sql.Types.VARCHAR)
                .param("limit", limit)
                .query((rs, n) -> {
                    total[0] = rs.getInt("total");
                    return item(rs, today);
                })
                .list();
        return new Listed<>(items, total[0]);
    }

    /** The item's person is {@code me}; or, when it names no person, its free text holds one of {@code names}. */
    public static boolean isMine(AgendaItem item, Long me, List<String> names) {
        if (item.personId() != null) {
            return item.personId().equals(me);
        }
        if (item.responsible() == null) {
            return false;
        }
        String responsible = item.responsible().toLowerCase(java.util.Locale.ROOT);
        return names.stream().anyMatch(name -> responsible.contains(name.strip().toLowerCase(java.util.Locale.ROOT)));
    }

    private static Long personId(java.sql.ResultSet rs) throws java.sql.SQLException {
        long id = rs.getLong("person_id");
        return rs.wasNull() ? null : id;
    }

    /** Arenas in use that nobody has ever assessed. */
    public List<ArenaRef> neverAssessed() {
        return jdbc.sql("""
                        SELECT a.id, a.name FROM arena_overview a
                        WHERE NOT a.archived AND a.status <> 'ENDED'
                          AND NOT EXISTS (SELECT 1 FROM assessment s WHERE s.arena_id = a.id)
                        ORDER BY lower(a.name)""")
                .query((rs, n) -> new ArenaRef(rs.getLong("id"), rs.getString("name"), null)).list();
    }

    /** The first {@code limit} arenas in use that nobody has ever assessed, by name, and how many there are: one statement. */
    public Listed<ArenaRef> neverAssessed(int limit) {
        int[] total = {0};
        List<ArenaRef> first = jdbc.sql("""
                        SELECT a.id, a.name, count(*) OVER () AS total FROM arena_overview a
                        WHERE NOT a.archived AND a.status <> 'ENDED'
                          AND NOT EXISTS (SELECT 1 FROM assessment s WHERE s.arena_id = a.id)
                        ORDER BY lower(a.name), a.id LIMIT :limit""")
                .param("limit", limit)
                .query((rs, n) -> {
                    total[0] = rs.getInt("total");
                    return new ArenaRef(rs.getLong("id"), rs.getString("name"), null);
                }).list();
        return new Listed<>(first, total[0]);
    }

    /** Arenas where the committee has appointed someone but nobody has reported back since {@code since}. */
    public List<ArenaRef> withoutReportBackSince(LocalDate since, LocalDate today) {
        return jdbc.sql("""
                        SELECT a.id, a.name, (SELECT max(m.meets_on) FROM report_back r JOIN committee_meeting m ON m.id = r.meeting_id
                                              WHERE r.arena_id = a.id) AS last_report
                        FROM arena_overview a
                        WHERE NOT a.archived AND a.status <> 'ENDED'
                          AND EXISTS (SELECT 1 FROM appointment_overview x WHERE x.arena_id = a.id AND x.decision_id IS NOT NULL
                                        AND x.start_date <= :today AND (x.end_date IS NULL OR x.end_date >= :today))
                          AND NOT EXISTS (SELECT 1 FROM report_back r JOIN committee_meeting m ON m.id = r.meeting_id
                                          WHERE r.arena_id = a.id AND m.meets_on >= :since)
                        ORDER BY lower(a.name)""")
                .param("since", since).param("today", today)
                .query((rs, n) -> new ArenaRef(rs.getLong("id"), rs.getString("name"), rs.getObject("last_report", LocalDate.class)))
                .list();
    }

    /** The first {@code limit} of {@link #withoutReportBackSince(LocalDate, LocalDate)} and how many there are: one statement. */
    public Listed<ArenaRef> withoutReportBackSince(LocalDate since, LocalDate today, int limit) {
        int[] total = {0};
        List<ArenaRef> first = jdbc.sql("""
                        SELECT a.id, a.name, count(*) OVER () AS total,
                               (SELECT max(m.meets_on) FROM report_back r JOIN committee_meeting m ON m.id = r.meeting_id
                                WHERE r.arena_id = a.id) AS last_report
                        FROM arena_overview a
                        WHERE NOT a.archived AND a.status <> 'ENDED'
                          AND EXISTS (SELECT 1 FROM appointment_overview x WHERE x.arena_id = a.id AND x.decision_id IS NOT NULL
                                        AND x.start_date <= :today AND (x.end_date IS NULL OR x.end_date >= :today))
                          AND NOT EXISTS (SELECT 1 FROM report_back r JOIN committee_meeting m ON m.id = r.meeting_id
                                          WHERE r.arena_id = a.id AND m.meets_on >= :since)
                        ORDER BY lower(a.name), a.id LIMIT :limit""")
                .param("since", since).param("today", today).param("limit", limit)
                .query((rs, n) -> {
                    total[0] = rs.getInt("total");
                    return new ArenaRef(rs.getLong("id"), rs.getString("name"), rs.getObject("last_report", LocalDate.class));
                })
                .list();
        return new Listed<>(first, total[0]);
    }

    public record ArenaRef(long id, String name, LocalDate lastReport) {
    }

    /** Items sorted overdue first, then by date. */
    static List<AgendaItem> overdueFirst(List<AgendaItem> items) {
        List<AgendaItem> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing((AgendaItem i) -> !i.overdue()).thenComparing(AgendaItem::date));
        return sorted;
    }
}
