package se.arenaregister.arena;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read queries of the register. One SQL statement answers a whole list, whatever its length:
 * types, levels, members, topics and secondary areas come as arrays from correlated sub-selects.
 */
@Component
@Transactional(readOnly = true)
public class ArenaQueries {

    /** Areas and sub-areas whose name matches the text: their arenas are found by it. */
    private static final String NAMED_AREAS = "SELECT ar.id FROM area_overview ar WHERE to_tsvector('swedish', ar.name) @@ websearch_to_tsquery('swedish', :q)"
            + " OR ar.name ILIKE :like ESCAPE '\\'";

    private static final String SELECT = """
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
                   (SELECT array_agg(o.id ORDER BY lower(o.name)) FROM arena_member m JOIN organisation_overview o ON o.id = m.organisation_id
                     WHERE m.arena_id = a.id) AS member_ids,
                   (SELECT array_agg(o.name ORDER BY lower(o.name)) FROM arena_member m JOIN organisation_overview o ON o.id = m.organisation_id
                     WHERE m.arena_id = a.id) AS member_names,
                   (SELECT array_agg(tp.id ORDER BY lower(tp.name)) FROM arena_topic x JOIN topic_overview tp ON tp.id = x.topic_id
                     WHERE x.arena_id = a.id) AS topic_ids,
                   (SELECT array_agg(tp.name ORDER BY lower(tp.name)) FROM arena_topic x JOIN topic_overview tp ON tp.id = x.topic_id
                     WHERE x.arena_id = a.id) AS topic_names,
                   (SELECT array_agg(s.id ORDER BY s.sort_order, s.name) FROM arena_secondary_area x JOIN area_overview s ON s.id = x.area_id
                     WHERE x.arena_id = a.id) AS secondary_ids,
                   (SELECT array_agg(s.name ORDER BY s.sort_order, s.name) FROM arena_secondary_area x JOIN area_overview s ON s.id = x.area_id
                     WHERE x.arena_id = a.id) AS secondary_names
            FROM arena a
            JOIN area_overview ar ON ar.id = a.area_id
            LEFT JOIN area_overview sa ON sa.id = a.sub_area_id
            LEFT JOIN organisation_overview c ON c.id = a.convener_id
            LEFT JOIN organisation_overview co ON co.id = a.company_id
            LEFT JOIN arena_relation pr ON pr.from_arena_id = a.id AND pr.kind = 'PART_OF'
            LEFT JOIN arena pa ON pa.id = pr.to_arena_id
            """;

    private static final String ORDER = " ORDER BY ar.sort_order, ar.name, sa.sort_order NULLS FIRST, sa.name NULLS FIRST, lower(a.name), a.id";

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    ArenaQueries(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every arena matching the filter, in register order (area › sub-area › name). */
    public List<ArenaRow> list(ArenaFilter filter) {
        Where where = where(filter);
        return jdbc.sql(SELECT + where.sql + ORDER).params(where.params).query(ArenaQueries::row).list();
    }

    /** One page of matching arenas, with the total, in one statement. */
    public ArenaPage page(ArenaFilter filter, int page, int size) {
        Where where = where(filter);
        Map<String, Object> params = new HashMap<>(where.params);
        params.put("limit", size);
        params.put("offset", (long) page * size);
        long[] total = {0};
        String counted = SELECT.replaceFirst("SELECT ", "SELECT count(*) OVER () AS total, ");
        List<ArenaRow> rows = jdbc.sql(counted + where.sql + ORDER + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return row(rs, n);
                }).list();
        if (rows.isEmpty() && page > 0) {
            total[0] = jdbc.sql("SELECT count(*) FROM arena a LEFT JOIN area_overview sa ON sa.id = a.sub_area_id JOIN area_overview ar ON ar.id = a.area_id"
                    + " LEFT JOIN organisation_overview c ON c.id = a.convener_id" + where.sql).params(where.params).query(Long.class).single();
        }
        return new ArenaPage(rows, total[0], page, size);
    }

    /**
     * The area an arena belongs to for who may edit it: its sub-area, or its area when it has none. Empty when there
     * is no such arena.
     */
    public Optional<Long> owningArea(long id) {
        return jdbc.sql("SELECT coalesce(sub_area_id, area_id) FROM arena WHERE id = :id").param("id", id).query(Long.class)
                .optional();
    }

    /** The arenas that belong to these areas (by {@link #owningArea}), archived ones too. */
    public java.util.Set<Long> arenasIn(java.util.Collection<Long> areaIds) {
        if (areaIds.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(jdbc.sql("SELECT id FROM arena WHERE coalesce(sub_area_id, area_id) IN (:areas)")
                .param("areas", areaIds).query(Long.class).list());
    }

    /**
     * Arenas in use still recorded as taking part whose end date has passed or comes within {@code days}: the dashboard
     * asks whoever may edit them to confirm the end or extend it. Soonest first, one statement.
     */
    public List<ArenaRow> endsToConfirm(int days) {
        return jdbc.sql(SELECT + " WHERE NOT a.archived AND a.status IN ('ACTIVE', 'ENDING') AND a.end_date <= :until"
                        + " ORDER BY a.end_date, lower(a.name), a.id")
                .param("today", today()).param("until", today().plusDays(days)).query(ArenaQueries::row).list();
    }

    /** Arenas in use under consideration, awaiting a decision: those with a date by which first. One statement. */
    public List<ArenaRow> awaitingDecision() {
        return jdbc.sql(SELECT + " WHERE NOT a.archived AND a.status = 'CONSIDERED' ORDER BY a.awaiting_by NULLS LAST, lower(a.name), a.id")
                .param("today", today()).query(ArenaQueries::row).list();
    }

    public Optional<ArenaRow> find(long id) {
        return jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id).param("today", today()).query(ArenaQueries::row).optional();
    }

    /** Today by the application's clock: the day the status is read on. */
    private java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private Where where(ArenaFilter f) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        params.put("today", today());
        conditions.add(f.showArchived() ? "a.archived" : "NOT a.archived");
        if (f.area() != null) {
            // Area and sub-area filters match where an arena is placed, as the memo's appendix counts them;
            // secondary areas are shown on the arena's page.
            conditions.add("a.area_id = :area");
            params.put("area", f.area());
        }
        if (f.subArea() != null) {
            conditions.add("a.sub_area_id = :subArea");
            params.put("subArea", f.subArea());
        }
        if (f.type() != null) {
            conditions.add("EXISTS (SELECT 1 FROM arena_type t WHERE t.arena_id = a.id AND t.code = :type)");
            params.put("type", f.type().name());
        }
        if (f.level() != null) {
            conditions.add("EXISTS (SELECT 1 FROM arena_level l WHERE l.arena_id = a.id AND l.code = :level)");
            params.put("level", f.level().name());
        }
        if (f.scope() != null) {
            conditions.add("a.scope = :scope");
            params.put("scope", f.scope().name());
        }
        if (f.status() != null) {
            conditions.add("arena_status_on(a.status, a.end_date, :today) = :status");
            params.put("status", f.status().name());
        }
        if (f.convener() != null) {
            conditions.add("a.convener_id = :convener");
            params.put("convener", f.convener());
        }
        if (f.kind() != null) {
            conditions.add("a.kind = :kind");
            params.put("kind", f.kind().name());
        }
        if (f.verdict() != null && !f.verdict().isBlank()) {
            // The latest assessment's verdict (assessments are written by the follow-up module).
            conditions.add("(SELECT s.verdict FROM assessment_overview s WHERE s.arena_id = a.id ORDER BY s.assessed_on DESC, s.id DESC LIMIT 1) = :verdict");
            params.put("verdict", f.verdict());
        }
        if (f.notAssessedMonths() != null) {
            conditions.add("NOT EXISTS (SELECT 1 FROM assessment_overview s WHERE s.arena_id = a.id AND s.assessed_on > :assessedSince)");
            params.put("assessedSince", java.time.LocalDate.now(clock).minusMonths(f.notAssessedMonths()));
        }
        if (f.lead() != null) {
            conditions.add("a.led_by_home = :lead");
            params.put("lead", f.lead());
        }
        if (f.topic() != null) {
            conditions.add("EXISTS (SELECT 1 FROM arena_topic x WHERE x.arena_id = a.id AND x.topic_id = :topic)");
            params.put("topic", f.topic());
        }
        if (f.organisation() != null) {
            conditions.add("(a.convener_id = :organisation OR EXISTS (SELECT 1 FROM arena_member m WHERE m.arena_id = a.id AND m.organisation_id = :organisation))");
            params.put("organisation", f.organisation());
        }
        if (f.text() != null) {
            // Full-text search with Swedish stemming, plus a substring match so partial words find too; also by the names
            // of the arena's area and sub-area, topics and member organisations (each a set the planner hashes once).
            conditions.add("(a.search @@ websearch_to_tsquery('swedish', :q) OR a.name ILIKE :like ESCAPE '\\' OR a.short_name ILIKE :like ESCAPE '\\'"
                    + " OR c.name ILIKE :like ESCAPE '\\'"
                    + " OR a.area_id IN (" + NAMED_AREAS + ") OR a.sub_area_id IN (" + NAMED_AREAS + ")"
                    + " OR a.id IN (SELECT x.arena_id FROM arena_topic x JOIN topic_overview t ON t.id = x.topic_id"
                    + " WHERE to_tsvector('swedish', t.name) @@ websearch_to_tsquery('swedish', :q) OR t.name ILIKE :like ESCAPE '\\')"
                    + " OR a.id IN (SELECT m.arena_id FROM arena_member m JOIN organisation_overview o ON o.id = m.organisation_id"
                    + " WHERE to_tsvector('swedish', o.name) @@ websearch_to_tsquery('swedish', :q) OR o.name ILIKE :like ESCAPE '\\'"
                    + " OR o.short_name ILIKE :like ESCAPE '\\'))");
            params.put("q", f.text());
            params.put("like", "%" + f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return new Where(" WHERE " + String.join(" AND ", conditions), params);
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

    /** Rows fetched at a time by {@link #forEach}. */
    private static final int STREAM_FETCH_SIZE = 500;

    /**
     * Every arena matching the filter, in register order, handed to {@code each} as it is read: one statement, read through
     * a cursor {@value #STREAM_FETCH_SIZE} rows at a time, so an export of the whole register never holds it in memory.
     */
    public void forEach(ArenaFilter filter, java.util.function.Consumer<ArenaRow> each) {
        Where where = where(filter);
        int[] number = {0};
        jdbc.sql(SELECT + where.sql + ORDER).params(where.params).withFetchSize(STREAM_FETCH_SIZE)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> each.accept(row(rs, number[0]++)));
    }

    /**
     * The live (not archived) arenas with one of these names, compared in lower case, in register order: one statement
     * for the whole collection (an import looks up the names its file holds, in batches, instead of the register).
     */
    public List<ArenaRow> liveNamed(java.util.Collection<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        List<String> lower = names.stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)).distinct().toList();
        return jdbc.sql(SELECT + " WHERE NOT a.archived AND lower(a.name) IN (:names)" + ORDER)
                .param("today", today()).param("names", lower).query(ArenaQueries::row).list();
    }
}
