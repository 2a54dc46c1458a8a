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
 * types, levels, members, topics and secondary areas come as arrays, computed for the rows returned only. Pages of the
 * register are cut by group ({@link ArenaGroupCount}): one GROUP BY statement counts the matching arenas of each group,
 * and the rows of a page are then read from the few groups it spans, by keyset ({@link ArenaCursor}) or, for the API's
 * page numbers, with the whole groups before it skipped by their counts; so neither costs more with the register's size.
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

    /** The column arenas are grouped by: {@link ArenaGroupCount#key}. */
    private static final String GROUP_KEY = "coalesce(a.sub_area_id, a.area_id)";

    /**
     * Every area and sub-area in register order (an area, then its sub-areas), each with how many arenas matching the
     * filter are placed in it as their group ({@link ArenaGroupCount#key}): one statement, counted on the arena table
     * alone (an index-only scan when unfiltered) before the areas are joined. The filter bar's choices come from it too.
     */
    public List<ArenaAreaCount> areaCounts(ArenaFilter filter) {
        Where where = where(filter);
        return jdbc.sql("SELECT ar.id, ar.parent_id, ar.name, ar.sort_order, coalesce(g.n, 0) AS n FROM area_overview ar"
                        + " LEFT JOIN area_overview p ON p.id = ar.parent_id"
                        + " LEFT JOIN (SELECT " + GROUP_KEY + " AS k, count(*) AS n FROM arena a" + where.sql + " GROUP BY 1) g ON g.k = ar.id"
                        + " ORDER BY coalesce(p.sort_order, ar.sort_order), coalesce(p.name, ar.name), coalesce(p.id, ar.id),"
                        + " ar.parent_id NULLS FIRST, ar.sort_order, ar.name, ar.id")
                .params(where.params)
                .query((rs, n) -> {
                    long parent = rs.getLong("parent_id");
                    Long parentId = rs.wasNull() ? null : parent;
                    return new ArenaAreaCount(rs.getLong("id"), parentId, rs.getString("name"), rs.getInt("sort_order"), rs.getLong("n"));
                }).list();
    }

    /** The groups holding arenas that match the filter, in register order, with their counts (from {@link #areaCounts}). */
    public List<ArenaGroupCount> groups(ArenaFilter filter) {
        return groups(areaCounts(filter));
    }

    private static List<ArenaGroupCount> groups(List<ArenaAreaCount> areas) {
        Map<Long, ArenaRow.Ref> tops = new HashMap<>();
        List<ArenaGroupCount> groups = new ArrayList<>();
        for (ArenaAreaCount a : areas) {
            ArenaRow.Ref ref = new ArenaRow.Ref(a.id(), a.name());
            if (a.parentId() == null) {
                tops.put(a.id(), ref);
            }
            if (a.count() > 0) {
                groups.add(a.parentId() == null ? new ArenaGroupCount(ref, null, a.count()) : new ArenaGroupCount(tops.get(a.parentId()), ref, a.count()));
            }
        }
        return groups;
    }

    /**
     * Page {@code page} (from 0) of the matching arenas, {@code size} to a page, with the total. The groups wholly
     * before the page are skipped by their counts, so only the rows of the groups the page spans are read and sorted.
     */
    public ArenaPage page(ArenaFilter filter, int page, int size) {
        List<ArenaAreaCount> areas = areaCounts(filter);
        List<ArenaGroupCount> groups = groups(areas);
        long skip = (long) page * size;
        int first = 0;
        while (first < groups.size() && skip >= groups.get(first).count()) {
            skip -= groups.get(first).count();
            first++;
        }
        return slice(filter, areas, groups, first, null, skip, page, size);
    }

    /**
     * The {@code size} matching arenas after the cursor, with the total. A cursor whose group holds no matching arena
     * (any more) gives an empty page: the client starts again.
     */
    public ArenaPage after(ArenaFilter filter, ArenaCursor cursor, int size) {
        List<ArenaAreaCount> areas = areaCounts(filter);
        List<ArenaGroupCount> groups = groups(areas);
        int first = indexOf(groups, cursor.group());
        return first < 0 ? new ArenaPage(List.of(), total(groups), 0, size, areas, groups, null)
                : slice(filter, areas, groups, first, cursor, 0, 0, size);
    }

    /**
     * The register as the memo's appendix shows it, a part at a time: from the cursor's group (or the first), whole
     * groups, at most {@code perGroup} arenas of each, until about {@code budget} arenas are shown. {@code groups} has
     * every group with its count; {@code next} starts at the first group not shown. Two statements.
     */
    public ArenaPage overview(ArenaCursor from, int perGroup, int budget) {
        List<ArenaAreaCount> areas = areaCounts(ArenaFilter.none());
        List<ArenaGroupCount> groups = groups(areas);
        int first = from == null ? 0 : Math.max(0, indexOf(groups, from.group()));
        int end = first;
        long shown = 0;
        while (end < groups.size() && (shown == 0 || shown + Math.min(perGroup, groups.get(end).count()) <= budget)) {
            shown += Math.min(perGroup, groups.get(end).count());
            end++;
        }
        List<Long> span = groups.subList(first, end).stream().map(ArenaGroupCount::key).toList();
        List<ArenaRow> rows = span.isEmpty() ? List.of() : jdbc.sql(SELECT + " WHERE a.id IN (SELECT x.id FROM unnest(ARRAY[:span]::bigint[]) g(id)"
                        + " CROSS JOIN LATERAL (SELECT b.id FROM arena b WHERE coalesce(b.sub_area_id, b.area_id) = g.id AND NOT b.archived"
                        + " ORDER BY lower(b.name), b.id LIMIT :perGroup) x)" + ORDER)
                .param("span", span).param("perGroup", perGroup).param("today", today()).query(ArenaQueries::row).list();
        ArenaCursor next = end < groups.size() ? ArenaCursor.startOf(groups.get(end).key()) : null;
        return new ArenaPage(rows, total(groups), 0, budget, areas, groups, next);
    }

    /**
     * {@code size} rows from group {@code first} on: after the cursor in that group, or after skipping {@code skip} of
     * its rows. The groups read are that one and as many following as hold {@code size} rows by their counts; one more
     * row than asked tells whether a next page exists.
     */
    private ArenaPage slice(ArenaFilter filter, List<ArenaAreaCount> areas, List<ArenaGroupCount> groups, int first, ArenaCursor cursor,
                            long skip, int page, int size) {
        if (first >= groups.size()) {
            return new ArenaPage(List.of(), total(groups), page, size, areas, groups, null);
        }
        int end = first + 1;
        long following = 0;
        while (end < groups.size() && following < size + 1) {
            following += groups.get(end).count();
            end++;
        }
        List<Long> span = groups.subList(first, end).stream().map(ArenaGroupCount::key).toList();
        Where where = where(filter);
        Map<String, Object> params = new HashMap<>(where.params);
        params.put("span", span);
        params.put("limit", size + 1);
        params.put("skip", skip);
        String after = "";
        if (cursor != null) {
            after = " AND (" + GROUP_KEY + " <> :cursorGroup OR (lower(a.name), a.id) > (lower(CAST(:cursorName AS varchar) COLLATE \"sv-x-icu\"), :cursorId))";
            params.put("cursorGroup", cursor.group());
            params.put("cursorName", cursor.name());
            params.put("cursorId", cursor.id());
        }
        List<ArenaRow> rows = new ArrayList<>(jdbc.sql(SELECT + " WHERE a.id IN (SELECT a.id FROM arena a" + where.sql
                        + " AND " + GROUP_KEY + " IN (:span)" + after
                        + " ORDER BY array_position(ARRAY[:span]::bigint[], " + GROUP_KEY + "), lower(a.name), a.id LIMIT :limit OFFSET :skip)" + ORDER)
                .params(params).query(ArenaQueries::row).list());
        ArenaCursor next = null;
        if (rows.size() > size) {
            rows.remove(size);
            next = ArenaCursor.after(rows.get(size - 1));
        } else if (end < groups.size()) {
            // The counts promised more rows than the span held (arenas changed in between): go on after the span.
            next = rows.isEmpty() ? ArenaCursor.startOf(groups.get(end).key()) : ArenaCursor.after(rows.get(rows.size() - 1));
        }
        return new ArenaPage(rows, total(groups), page, size, areas, groups, next);
    }

    private static int indexOf(List<ArenaGroupCount> groups, long key) {
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).key() == key) {
                return i;
            }
        }
        return -1;
    }

    private static long total(List<ArenaGroupCount> groups) {
        return groups.stream().mapToLong(ArenaGroupCount::count).sum();
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
            // of the arena's convener, area and sub-area, topics and member organisations. A union of id sets, each
            // answered from an index (the search column's, the names' trigrams, the groups'), not a scan of every arena.
            String live = " AND t.archived = :archivedFlag";
            conditions.add("a.id IN (SELECT t.id FROM arena t WHERE (t.search @@ websearch_to_tsquery('swedish', :q)"
                    + " OR t.name ILIKE :like ESCAPE '\\' OR t.short_name ILIKE :like ESCAPE '\\')" + live
                    + " UNION ALL SELECT t.id FROM arena t WHERE t.convener_id IN (SELECT o.id FROM organisation_overview o WHERE o.name ILIKE :like ESCAPE '\\')" + live
                    + " UNION ALL SELECT t.id FROM arena t WHERE (t.area_id IN (" + NAMED_AREAS + ") OR coalesce(t.sub_area_id, t.area_id) IN (" + NAMED_AREAS + "))" + live
                    + " UNION ALL SELECT x.arena_id FROM arena_topic x JOIN topic_overview tp ON tp.id = x.topic_id"
                    + " WHERE to_tsvector('swedish', tp.name) @@ websearch_to_tsquery('swedish', :q) OR tp.name ILIKE :like ESCAPE '\\'"
                    + " UNION ALL SELECT m.arena_id FROM arena_member m JOIN organisation_overview o ON o.id = m.organisation_id"
                    + " WHERE to_tsvector('swedish', o.name) @@ websearch_to_tsquery('swedish', :q) OR o.name ILIKE :like ESCAPE '\\'"
                    + " OR o.short_name ILIKE :like ESCAPE '\\')");
            params.put("archivedFlag", f.showArchived());
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
