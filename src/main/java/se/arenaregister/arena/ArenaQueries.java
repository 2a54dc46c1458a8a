package se.arenaregister.arena;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.shared.Listed;

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


    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    ArenaQueries(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every arena matching the filter, in register order (area › sub-area › name). */
    public List<ArenaRow> list(ArenaFilter filter) {
        ArenaWhere where = ArenaWhere.of(filter, today());
        return jdbc.sql(ArenaSelect.picked("SELECT a.id FROM arena a" + where.sql()) + ArenaSelect.ORDER).params(where.params()).query(ArenaSelect::row).list();
    }

    /** The column arenas are grouped by: {@link ArenaGroupCount#key}. */
    private static final String GROUP_KEY = "coalesce(a.sub_area_id, a.area_id)";

    /**
     * Every area and sub-area in register order (an area, then its sub-areas), each with how many arenas matching the
     * filter are placed in it as their group ({@link ArenaGroupCount#key}): one statement, counted on the arena table
     * alone (an index-only scan when unfiltered) before the areas are joined. The filter bar's choices come from it too.
     */
    public List<ArenaAreaCount> areaCounts(ArenaFilter filter) {
        ArenaWhere where = ArenaWhere.of(filter, today());
        return jdbc.sql("SELECT ar.id, ar.parent_id, ar.name, ar.sort_order, coalesce(g.n, 0) AS n FROM area_overview ar"
                        + " LEFT JOIN area_overview p ON p.id = ar.parent_id"
                        + " LEFT JOIN (SELECT " + GROUP_KEY + " AS k, count(*) AS n FROM arena a" + where.sql() + " GROUP BY 1) g ON g.k = ar.id"
                        + " ORDER BY coalesce(p.sort_order, ar.sort_order), coalesce(p.name, ar.name), coalesce(p.id, ar.id),"
                        + " ar.parent_id NULLS FIRST, ar.sort_order, ar.name, ar.id")
                .params(where.params())
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
        List<ArenaRow> rows = span.isEmpty() ? List.of() : jdbc.sql(ArenaSelect.picked("SELECT x.id FROM unnest(ARRAY[:span]::bigint[]) g(id)"
                        + " CROSS JOIN LATERAL (SELECT b.id FROM arena b WHERE coalesce(b.sub_area_id, b.area_id) = g.id AND NOT b.archived"
                        + " ORDER BY lower(b.name), b.id LIMIT :perGroup) x") + ArenaSelect.ORDER)
                .param("span", span).param("perGroup", perGroup).param("today", today()).query(ArenaSelect::row).list();
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
        ArenaWhere where = ArenaWhere.of(filter, today());
        Map<String, Object> params = new HashMap<>(where.params());
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
        List<ArenaRow> rows = new ArrayList<>(jdbc.sql(ArenaSelect.picked("SELECT a.id FROM arena a" + where.sql()
                        + " AND " + GROUP_KEY + " IN (:span)" + after
                        + " ORDER BY array_position(ARRAY[:span]::bigint[], " + GROUP_KEY + "), lower(a.name), a.id LIMIT :limit OFFSET :skip") + ArenaSelect.ORDER)
                .params(params).query(ArenaSelect::row).list());
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
     * The first {@code first} arenas in use still recorded as taking part whose end date has passed or comes within
     * {@code days}, soonest first, and how many there are: the dashboard asks whoever may edit them to confirm the end
     * or extend it. One statement; the row's arrays are computed for the listed arenas only.
     */
    public Listed<ArenaRow> endsToConfirm(int days, int first) {
        return firstOf("SELECT b.id, count(*) OVER () AS total, row_number() OVER (ORDER BY b.end_date, lower(b.name), b.id) AS n FROM arena b"
                        + " WHERE NOT b.archived AND b.status IN ('ACTIVE', 'ENDING') AND b.end_date <= :until"
                        + " ORDER BY b.end_date, lower(b.name), b.id LIMIT :first",
                Map.of("until", today().plusDays(days), "first", first));
    }

    /**
     * The first {@code first} arenas in use under consideration, awaiting a decision (those with a date by which
     * first), and how many there are. One statement.
     */
    public Listed<ArenaRow> awaitingDecision(int first) {
        return firstOf("SELECT b.id, count(*) OVER () AS total,"
                        + " row_number() OVER (ORDER BY b.awaiting_by NULLS LAST, lower(b.name), b.id) AS n FROM arena b"
                        + " WHERE NOT b.archived AND b.status = 'CONSIDERED'"
                        + " ORDER BY b.awaiting_by NULLS LAST, lower(b.name), b.id LIMIT :first",
                Map.of("first", first));
    }

    /** The rows of the arenas {@code hits} picks (columns id, total, n: its order) with their count. */
    private Listed<ArenaRow> firstOf(String hits, Map<String, Object> params) {
        int[] total = {0};
        List<ArenaRow> rows = jdbc.sql(ArenaSelect.picked(hits).replaceFirst("SELECT ", "SELECT pick.total, ") + " ORDER BY pick.n")
                .params(params).param("today", today())
                .query((rs, n) -> {
                    total[0] = rs.getInt("total");
                    return ArenaSelect.row(rs, n);
                }).list();
        return new Listed<>(rows, total[0]);
    }

    public Optional<ArenaRow> find(long id) {
        return jdbc.sql(ArenaSelect.SELECT + " WHERE a.id = :id").param("id", id).param("today", today()).query(ArenaSelect::row).optional();
    }

    /** Today by the application's clock: the day the status is read on. */
    private java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    /** Rows fetched at a time by {@link #forEach}. */
    private static final int STREAM_FETCH_SIZE = 500;

    /**
     * Every arena matching the filter, in register order, handed to {@code each} as it is read: one statement, read through
     * a cursor {@value #STREAM_FETCH_SIZE} rows at a time, so an export of the whole register never holds it in memory.
     */
    public void forEach(ArenaFilter filter, java.util.function.Consumer<ArenaRow> each) {
        ArenaWhere where = ArenaWhere.of(filter, today());
        int[] number = {0};
        jdbc.sql(ArenaSelect.picked("SELECT a.id FROM arena a" + where.sql()) + ArenaSelect.ORDER).params(where.params()).withFetchSize(STREAM_FETCH_SIZE)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> each.accept(ArenaSelect.row(rs, number[0]++)));
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
        return jdbc.sql(ArenaSelect.SELECT + " WHERE NOT a.archived AND lower(a.name) IN (:names)" + ArenaSelect.ORDER)
                .param("today", today()).param("names", lower).query(ArenaSelect::row).list();
    }
}
