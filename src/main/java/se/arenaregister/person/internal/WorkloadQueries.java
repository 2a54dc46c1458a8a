package se.arenaregister.person.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.arena.TimeCost;

/**
 * What the workload is computed from: the appointments active on a date, with the hours per year each costs,
 * computed in SQL as everywhere else (meetings per year × hours per meeting × preparation factor).
 */
@Component
@Transactional(readOnly = true)
public class WorkloadQueries {

    private final JdbcClient jdbc;

    WorkloadQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every appointment active on the date in a live arena, with its hours, for the workload. */
    public List<Workload.Participation> participations(LocalDate date) {
        return jdbc.sql("""
                        SELECT x.person_id, p.name, p.kind, x.arena_id, a.name AS arena_name, ar.name AS area_name, x.role,
                               (SELECT array_agg(l.code) FROM arena_level_overview l WHERE l.arena_id = a.id) AS levels, %s AS hours
                        FROM appointment x JOIN person p ON p.id = x.person_id JOIN arena_overview a ON a.id = x.arena_id
                        JOIN area_overview ar ON ar.id = a.area_id
                        WHERE NOT a.archived AND x.start_date <= :date AND (x.end_date IS NULL OR x.end_date >= :date)
                        ORDER BY lower(p.name), lower(a.name)""".formatted(TimeCost.HOURS_PER_PARTICIPANT))
                .param("date", date)
                .query((rs, n) -> new Workload.Participation(rs.getLong("person_id"), rs.getString("name"),
                        "ELECTED".equals(rs.getString("kind")), rs.getLong("arena_id"), rs.getString("arena_name"),
                        rs.getString("area_name"), strings(rs.getArray("levels")), rs.getString("role"), rs.getBigDecimal("hours")))
                .list();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
