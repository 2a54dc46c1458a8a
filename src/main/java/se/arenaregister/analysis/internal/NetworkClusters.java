package se.arenaregister.analysis.internal;

import static se.arenaregister.analysis.internal.NetworkQueries.AREA;
import static se.arenaregister.analysis.internal.NetworkQueries.CLUSTERS;
import static se.arenaregister.analysis.internal.NetworkQueries.LINKS;
import static se.arenaregister.analysis.internal.NetworkQueries.ORGANISATION;
import static se.arenaregister.analysis.internal.NetworkQueries.ORGANISATIONS;
import static se.arenaregister.analysis.internal.NetworkQueries.PAGE;
import static se.arenaregister.analysis.internal.NetworkQueries.RELATION_EDGES;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.arenaregister.analysis.internal.NetworkQueries.Edge;
import se.arenaregister.analysis.internal.NetworkQueries.Filter;
import se.arenaregister.analysis.internal.NetworkQueries.Network;
import se.arenaregister.analysis.internal.NetworkQueries.Node;

/**
 * The network aggregated, for a register too large to draw whole: areas (or an area's sub-areas) and the kinds of
 * organisation as clusters with their links counted in SQL, and the organisations of a kind a page at a time. A fixed
 * number of statements whatever the rows.
 */
@Component
class NetworkClusters {

    private final JdbcClient jdbc;
    private final NetworkGraph graph;

    NetworkClusters(JdbcClient jdbc, NetworkGraph graph) {
        this.jdbc = jdbc;
        this.graph = graph;
    }

    /**
     * The filter's arenas as clusters: without an area the areas, with an area its sub-areas, each with its arenas,
     * links to organisations and representatives counted; the kinds of organisation with how many are linked; the
     * links between them counted. The arenas placed directly in the filtered area (a sub-area: all of its arenas)
     * are listed with their links, {@link NetworkQueries#PAGE} a page, in register order.
     */
    Network clusters(Filter filter, int page, LocalDate on, boolean internal) {
        Map<String, Object> params = new HashMap<>();
        String where = NetworkGraph.where(filter, params);
        params.put("on", on);
        // The cluster an arena counts in; NULL for those placed directly in the filtered area.
        String group = filter.area() == null ? "a.area_id" : "CASE WHEN a.sub_area_id = :area THEN NULL ELSE a.sub_area_id END";
        String chosen = "SELECT a.id, a.convener_id, " + group + " AS grp FROM arena_overview a WHERE " + where;
        String visible = NetworkGraph.visiblePeople(internal);
        Map<Long, int[]> figures = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        int[] direct = {0};
        int[] arenas = {0};
        jdbc.sql("""
                        WITH chosen AS MATERIALIZED (%s)
                        SELECT n.grp, g.name, n.arenas, coalesce(p.people, 0) AS people
                        FROM (SELECT grp, count(*) AS arenas FROM chosen GROUP BY grp) n
                        LEFT JOIN area_overview g ON g.id = n.grp
                        LEFT JOIN (SELECT c.grp, count(*) AS people FROM chosen c
                                   JOIN appointment_overview x ON x.arena_id = c.id JOIN person_overview p ON p.id = x.person_id
                                   WHERE NOT p.erased %s AND x.start_date <= :on AND (x.end_date IS NULL OR x.end_date >= :on)
                                   GROUP BY c.grp) p ON p.grp IS NOT DISTINCT FROM n.grp
                        ORDER BY g.sort_order NULLS FIRST, g.name""".formatted(chosen, visible))
                .params(params)
                .query(rs -> {
                    long id = rs.getLong("grp");
                    // wasNull() speaks of the last column read: ask it right after the group.
                    boolean directly = rs.wasNull();
                    arenas[0] += rs.getInt("arenas");
                    if (directly) {
                        direct[0] = rs.getInt("arenas");
                        return;
                    }
                    names.put(id, rs.getString("name"));
                    figures.put(id, new int[] {rs.getInt("arenas"), 0, rs.getInt("people")});
                });
        List<Edge> edges = new ArrayList<>();
        Map<String, int[]> kinds = new LinkedHashMap<>();
        jdbc.sql("""
                        WITH chosen AS MATERIALIZED (%s),
                        per AS (SELECT x.grp, x.organisation_id, count(*) AS links
                                FROM (SELECT c.grp, c.convener_id AS organisation_id FROM chosen c WHERE c.convener_id IS NOT NULL
                                      UNION ALL
                                      SELECT c.grp, m.organisation_id FROM chosen c JOIN arena_member_overview m ON m.arena_id = c.id) x
                                GROUP BY x.grp, x.organisation_id)
                        SELECT false AS total, p.grp, o.kind, sum(p.links)::int AS links, count(*) AS organisations
                        FROM per p JOIN organisation_overview o ON o.id = p.organisation_id
                        GROUP BY p.grp, o.kind
                        UNION ALL
                        SELECT true, NULL, o.kind, sum(t.links)::int, count(*)
                        FROM (SELECT organisation_id, sum(links) AS links FROM per GROUP BY organisation_id) t
                        JOIN organisation_overview o ON o.id = t.organisation_id
                        GROUP BY o.kind
                        ORDER BY 1 DESC, 3, 2""".formatted(chosen))
                .params(params)
                .query(rs -> {
                    String kind = rs.getString("kind");
                    long grp = rs.getLong("grp");
                    if (rs.getBoolean("total")) {
                        kinds.put(kind, new int[] {rs.getInt("organisations"), rs.getInt("links")});
                    } else if (figures.containsKey(grp)) {
                        figures.get(grp)[1] += rs.getInt("links");
                        edges.add(new Edge(AREA + ":" + grp, ORGANISATIONS + ":" + kind, LINKS, null, rs.getInt("links")));
                    }
                });
        jdbc.sql("""
                        WITH chosen AS MATERIALIZED (%s)
                        SELECT f.grp AS from_grp, t.grp AS to_grp, r.kind, count(*) AS relations
                        FROM arena_relation_overview r JOIN chosen f ON f.id = r.from_arena_id JOIN chosen t ON t.id = r.to_arena_id
                        WHERE f.grp <> t.grp
                        GROUP BY f.grp, t.grp, r.kind
                        ORDER BY f.grp, r.kind, t.grp""".formatted(chosen))
                .params(params)
                .query(rs -> {
                    edges.add(new Edge(AREA + ":" + rs.getLong("from_grp"), AREA + ":" + rs.getLong("to_grp"),
                            RELATION_EDGES.get(rs.getString("kind")), null, rs.getInt("relations")));
                });
        List<Node> nodes = new ArrayList<>();
        figures.forEach((id, f) -> nodes.add(new Node(AREA + ":" + id, AREA, names.get(id), null, null, List.of(), List.of(),
                f[0], f[1], f[2], AREA + ":" + id)));
        kinds.forEach((kind, k) -> nodes.add(new Node(ORGANISATIONS + ":" + kind, ORGANISATIONS, kind, null, null, List.of(), List.of(),
                k[0], k[1], null, ORGANISATIONS + ":" + kind)));
        Integer more = null;
        if (filter.area() != null && direct[0] > 0) {
            // The arenas placed directly in the filtered area, one page of them in register order, with their links.
            String directly = """
                    SELECT a.id FROM arena_overview a JOIN area_overview ar ON ar.id = a.area_id
                    LEFT JOIN area_overview sa ON sa.id = a.sub_area_id
                    WHERE %s AND (a.sub_area_id = :area OR a.sub_area_id IS NULL)
                    ORDER BY ar.sort_order, ar.name, sa.sort_order NULLS FIRST, sa.name NULLS FIRST, lower(a.name), a.id
                    LIMIT %d OFFSET :offset""".formatted(where, PAGE);
            params.put("offset", (long) page * PAGE);
            Network listed = graph.of(directly, params, on, internal);
            nodes.addAll(listed.nodes());
            edges.addAll(listed.edges());
            more = (int) Math.max(0, direct[0] - (page + 1L) * PAGE);
        }
        return new Network(CLUSTERS, List.copyOf(nodes), List.copyOf(edges), arenas[0], filter.area() == null ? null : direct[0],
                filter.area() == null ? null : page, more);
    }

    /**
     * The organisations of a kind linked to the filter's arenas, those with most links first, {@link NetworkQueries#PAGE} a page,
     * each with its links counted ({@code count}) and an edge to each cluster of the filter (as {@link #clusters}
     * groups them) with the number of links there.
     */
    Network organisations(Filter filter, String kind, int page, LocalDate on, boolean internal) {
        Map<String, Object> params = new HashMap<>();
        String where = NetworkGraph.where(filter, params);
        params.put("kind", kind);
        params.put("offset", (long) page * PAGE);
        String group = filter.area() == null ? "a.area_id" : "CASE WHEN a.sub_area_id = :area THEN NULL ELSE a.sub_area_id END";
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<Edge> edges = new ArrayList<>();
        int[] total = {0};
        jdbc.sql("""
                        WITH chosen AS MATERIALIZED (SELECT a.id, a.convener_id, %s AS grp FROM arena_overview a WHERE %s),
                        per AS (SELECT o.id, o.name, x.grp, count(*) AS links
                                FROM (SELECT c.grp, c.convener_id AS organisation_id FROM chosen c WHERE c.convener_id IS NOT NULL
                                      UNION ALL
                                      SELECT c.grp, m.organisation_id FROM chosen c JOIN arena_member_overview m ON m.arena_id = c.id) x
                                JOIN organisation_overview o ON o.id = x.organisation_id
                                WHERE o.kind = :kind
                                GROUP BY o.id, o.name, x.grp),
                        top AS (SELECT id, name, sum(links)::int AS links, count(*) OVER () AS organisations FROM per GROUP BY id, name
                                ORDER BY sum(links) DESC, lower(name), id LIMIT %d OFFSET :offset)
                        SELECT top.id, top.name, top.links AS total, top.organisations, per.grp, per.links
                        FROM top JOIN per ON per.id = top.id
                        ORDER BY top.links DESC, lower(top.name), top.id, per.grp NULLS FIRST""".formatted(group, where, PAGE))
                .params(params)
                .query(rs -> {
                    String id = "o" + rs.getLong("id");
                    total[0] = rs.getInt("organisations");
                    int links = rs.getInt("total");
                    String name = rs.getString("name");
                    nodes.computeIfAbsent(id, k -> new Node(id, ORGANISATION, name, "/organisations/" + id.substring(1), null,
                            List.of(), List.of(), links, null, null, null));
                    long grp = rs.getLong("grp");
                    if (!rs.wasNull()) {
                        edges.add(new Edge(id, AREA + ":" + grp, LINKS, null, rs.getInt("links")));
                    }
                });
        return new Network(CLUSTERS, List.copyOf(nodes.values()), List.copyOf(edges), 0, null, page,
                (int) Math.max(0, total[0] - (page + 1L) * PAGE));
    }
}
