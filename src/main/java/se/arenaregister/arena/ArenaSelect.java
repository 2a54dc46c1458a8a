package se.arenaregister.arena;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The register's row: the one select list every list of arenas is read with (types, levels, members, topics and
 * secondary areas as arrays, computed for the rows returned only), its order, and its mapping to {@link ArenaRow}.
 * Statements using it bind {@code :today}, the day the status is read on.
 */
final class ArenaSelect {

    static final String SELECT = """
            SELECT a.id, a.name, a.short_name, a.scope, a.led_by_home, a.purpose, a.other_info,
                   arena_status_on(a.status, a.end_date, :today) AS status, a.status AS recorded_status, a.awaiting, a.awaiting_by,
                   pr.to_arena_id AS part_of_id, pa.name AS part_of_name,
                   (SELECT count(*) FROM arena_relation r JOIN arena c ON c.id = r.from_arena_id
                     WHERE r.to_arena_id = a.id AND r.kind = 'PART_OF' AND NOT c.archived) AS parts,
                   a.start_date, a.end_date, a.website, a.meetings_per_year, a.hours_per_meeting,
                   a.responsible_official, a.archived, a.version, a.kind, a.preparation_factor, a.requires_elected,
                   a.next_meeting_on, co.id AS company_id, co.name AS company_name,
                   ar.id AS area_id, ar.name AS area_name, sa.id AS sub_area_id, sa.name AS sub_area_name,
                   c.id AS convener_id, c.name AS convener_name,
                   (SELECT array_agg(t.code) FROM arena_type t WHERE t.arena_id = a.id) AS types,
                   (SELECT array_agg(l.code) FROM arena_level l WHERE l.arena_id = a.id) AS levels,
                   mem.ids AS member_ids, mem.names AS member_names, tp.ids AS topic_ids, tp.names AS topic_names,
                   sec.ids AS secondary_ids, sec.names AS secondary_names
            FROM arena a
            JOIN area_overview ar ON ar.id = a.area_id
            LEFT JOIN area_overview sa ON sa.id = a.sub_area_id
            LEFT JOIN organisation_overview c ON c.id = a.convener_id
            LEFT JOIN organisation_overview co ON co.id = a.company_id
            LEFT JOIN arena_relation pr ON pr.from_arena_id = a.id AND pr.kind = 'PART_OF'
            LEFT JOIN arena pa ON pa.id = pr.to_arena_id
            CROSS JOIN LATERAL (SELECT array_agg(o.id ORDER BY lower(o.name)) AS ids, array_agg(o.name ORDER BY lower(o.name)) AS names
                FROM arena_member m JOIN organisation_overview o ON o.id = m.organisation_id WHERE m.arena_id = a.id) mem
            CROSS JOIN LATERAL (SELECT array_agg(t.id ORDER BY lower(t.name)) AS ids, array_agg(t.name ORDER BY lower(t.name)) AS names
                FROM arena_topic x JOIN topic_overview t ON t.id = x.topic_id WHERE x.arena_id = a.id) tp
            CROSS JOIN LATERAL (SELECT array_agg(s.id ORDER BY s.sort_order, s.name, s.id) AS ids,
                       array_agg(s.name ORDER BY s.sort_order, s.name, s.id) AS names
                FROM arena_secondary_area x JOIN area_overview s ON s.id = x.area_id WHERE x.arena_id = a.id) sec
            """;

    /**
     * The same row for the arenas a sub-query picks ({@code picks}: a statement with an {@code id} column, and any other
     * column the caller orders by as {@code pick.<column>}), read from the picked ids first. The select joins more
     * relations than PostgreSQL reorders ({@code join_collapse_limit}, 8): written as {@code WHERE a.id IN (…)}, the
     * condition joined last, after the members', topics' and secondary areas' aggregates had been computed for every
     * arena up to the highest picked id (at 10,000 arenas 5,804 of them for a page of 120: 119 of the page's 168 ms).
     * Named first, the picked ids lead the join and the aggregates are computed for the picked arenas only.
     */
    static String picked(String picks) {
        return SELECT.replace("FROM arena a\n", "FROM (" + picks + ") pick JOIN arena a ON a.id = pick.id\n");
    }

    /** Register order: area › sub-area › name. */
    static final String ORDER = " ORDER BY ar.sort_order, ar.name, sa.sort_order NULLS FIRST, sa.name NULLS FIRST, lower(a.name), a.id";

    private ArenaSelect() {
    }

    static ArenaRow row(ResultSet rs, int rowNum) throws SQLException {
        long convenerId = rs.getLong("convener_id");
        ArenaRow.Ref convener = rs.wasNull() ? null : new ArenaRow.Ref(convenerId, rs.getString("convener_name"));
        long subAreaId = rs.getLong("sub_area_id");
        ArenaRow.Ref subArea = rs.wasNull() ? null : new ArenaRow.Ref(subAreaId, rs.getString("sub_area_name"));
        long companyId = rs.getLong("company_id");
        ArenaRow.Ref company = rs.wasNull() ? null : new ArenaRow.Ref(companyId, rs.getString("company_name"));
        int meetings = rs.getInt("meetings_per_year");
        Integer meetingsPerYear = rs.wasNull() ? null : meetings;
        BigDecimal hours = rs.getBigDecimal("hours_per_meeting");
        return new ArenaRow(
                rs.getLong("id"), rs.getString("name"), rs.getString("short_name"),
                new ArenaRow.Ref(rs.getLong("area_id"), rs.getString("area_name")), subArea,
                refs(rs, "secondary_ids", "secondary_names"),
                codes(rs.getArray("types"), ArenaType::valueOf),
                codes(rs.getArray("levels"), Level::valueOf),
                Scope.valueOf(rs.getString("scope")), convener, rs.getBoolean("led_by_home"),
                refs(rs, "member_ids", "member_names"),
                rs.getString("purpose"), rs.getString("other_info"),
                refs(rs, "topic_ids", "topic_names"),
                ArenaStatus.valueOf(rs.getString("status")),
                rs.getObject("start_date", java.time.LocalDate.class), rs.getObject("end_date", java.time.LocalDate.class),
                rs.getString("website"), meetingsPerYear, hours == null ? null : hours.stripTrailingZeros(),
                rs.getString("responsible_official"), ArenaKind.valueOf(rs.getString("kind")), company,
                rs.getBigDecimal("preparation_factor").stripTrailingZeros(), rs.getBoolean("requires_elected"),
                rs.getObject("next_meeting_on", java.time.LocalDate.class), rs.getBoolean("archived"), rs.getLong("version"),
                ArenaStatus.valueOf(rs.getString("recorded_status")), rs.getString("awaiting"),
                rs.getObject("awaiting_by", java.time.LocalDate.class), partOf(rs), rs.getInt("parts"));
    }

    private static ArenaRow.Ref partOf(ResultSet rs) throws SQLException {
        long id = rs.getLong("part_of_id");
        return rs.wasNull() ? null : new ArenaRow.Ref(id, rs.getString("part_of_name"));
    }

    private static <E extends Enum<E>> List<E> codes(Array array, Function<String, E> parse) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(o -> parse.apply((String) o)).sorted(Comparator.comparing(Enum::ordinal)).toList();
    }

    private static List<ArenaRow.Ref> refs(ResultSet rs, String idColumn, String nameColumn) throws SQLException {
        Array ids = rs.getArray(idColumn);
        if (ids == null) {
            return List.of();
        }
        Object[] idValues = (Object[]) ids.getArray();
        Object[] names = (Object[]) rs.getArray(nameColumn).getArray();
        List<ArenaRow.Ref> refs = new ArrayList<>(idValues.length);
        for (int i = 0; i < idValues.length; i++) {
            refs.add(new ArenaRow.Ref(((Number) idValues[i]).longValue(), (String) names[i]));
        }
        return refs;
    }

}
