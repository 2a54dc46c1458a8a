package se.arenaregister.analysis.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.arena.ArenaType;
import se.arenaregister.arena.Level;
import se.arenaregister.shared.UntilRegisterChanges;

/**
 * The network of live arenas, the organisations that convene them or are members, and the people who
 * represent us in them today. One statement per kind of node or link, whatever the size of the register.
 */
@Component
@Transactional(readOnly = true)
public class NetworkQueries {

    /** Which arenas the map shows; {@code area} matches an area or a sub-area. */
    public record Filter(Long area, ArenaType type, Level level) {

        public static Filter none() {
            return new Filter(null, null, null);
        }
    }

    /**
     * A node as cytoscape draws it: {@code id} is unique across kinds ("a12", "o5", "p3", "area:4", "organisations:AGENCY").
     * A cluster ({@code kind} "area" or "organisations") has an {@code expand} key for {@code /api/v1/network?expand=…}
     * and counts: {@code count} arenas (area) or organisations (organisations; for an organisation listed by expanding
     * its kind, the links to arenas); an area's {@code links} to organisations and {@code representatives} (the people
     * appointed today whom the viewer may see, counted, never named). Leaves have no counts and no expand key.
     */
    public record Node(String id, String kind, String label, String url, String area, List<String> types, List<String> levels,
                       Integer count, Integer links, Integer representatives, String expand) {

        Node(String id, String kind, String label, String url, String area, List<String> types, List<String> levels) {
            this(id, kind, label, url, area, types, levels, null, null, null, null);
        }
    }

    /**
     * From organisation or person to arena; {@code role} only for people ("MEMBER", "CHAIR" …). Between clusters an
     * edge stands for {@code count} links: "links" (convenes or member) from an area to a kind of organisation, or
     * relations between arenas of two areas.
     */
    public record Edge(String source, String target, String kind, String role, Integer count) {

        public Edge(String source, String target, String kind, String role) {
            this(source, target, kind, role, null);
        }
    }

    /** An area or sub-area to filter by. */
    public record AreaOption(long id, String name, Long parentId) {
    }

    /** One arena with everything linked to it, for the text alternative of the map. */
    public record ArenaLinks(Node arena, List<Node> conveners, List<Node> members, List<Representative> representatives,
                             List<Related> related) {
    }

    /** Another arena this one is part of, anchored in or linked to; {@code kind} is the edge's ("partOf", …). */
    public record Related(Node arena, String kind) {
    }

    public record Representative(Node person, String role) {
    }

    /**
     * {@code view} "whole": every arena of the filter with its links (a small selection); "clusters": the areas (or
     * the filtered area's sub-areas) and the kinds of organisation as clusters with counts, plus the first
     * {@link #PAGE} arenas placed directly in the filtered area ({@code page}, {@code more} after it). {@code arenas}
     * is how many live arenas the filter selects, {@code direct} how many are placed directly in the filtered area.
     */
    public record Network(String view, List<Node> nodes, List<Edge> edges, int arenas, Integer direct, Integer page, Integer more) {

        public Network(List<Node> nodes, List<Edge> edges) {
            this(WHOLE, nodes, edges, (int) nodes.stream().filter(n -> n.kind().equals(ARENA)).count(), null, null, null);
        }

        public boolean clustered() {
            return CLUSTERS.equals(view);
        }

        /** The cluster nodes of a kind ("area", "organisations"), in the order they came. */
        public List<Node> clusters(String kind) {
            return nodes.stream().filter(n -> n.kind().equals(kind) && n.expand() != null).toList();
        }

        public long count(String kind) {
            return nodes.stream().filter(n -> n.kind().equals(kind)).count();
        }

        /** Every arena in register order with its conveners, members and representatives: all nodes and links as a table. */
        public List<ArenaLinks> byArena() {
            Map<String, Node> byId = new HashMap<>();
            nodes.forEach(n -> byId.put(n.id(), n));
            Map<String, ArenaLinks> rows = new LinkedHashMap<>();
            nodes.stream().filter(n -> n.kind().equals(ARENA))
                    .forEach(n -> rows.put(n.id(), new ArenaLinks(n, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                            new ArrayList<>())));
            for (Edge e : edges) {
                if (e.count() != null) {
                    // Between clusters: counted in the cluster tables, not an arena's link.
                    continue;
                }
                ArenaLinks row = rows.get(e.target());
                Node from = byId.get(e.source());
                if (RELATIONS.contains(e.kind())) {
                    // From the arena that is part of (anchored in, linked to) the other: listed on the former's row.
                    rows.get(e.source()).related().add(new Related(byId.get(e.target()), e.kind()));
                    continue;
                }
                switch (e.kind()) {
                    case CONVENES -> row.conveners().add(from);
                    case MEMBER -> row.members().add(from);
                    default -> row.representatives().add(new Representative(from, e.role()));
                }
            }
            return List.copyOf(rows.values());
        }
    }

    /** Up to this many live arenas the map is drawn whole, as before; above it the map starts from clusters. */
    public static final int WHOLE_LIMIT = 250;
    /** Arenas (or organisations) per expansion. */
    public static final int PAGE = 100;
    public static final String WHOLE = "whole";
    public static final String CLUSTERS = "clusters";
    static final String AREA = "area";
    static final String ORGANISATIONS = "organisations";
    static final String LINKS = "links";
    static final String ARENA = "arena";
    static final String ORGANISATION = "organisation";
    static final String PERSON = "person";
    static final String CONVENES = "convenes";
    static final String MEMBER = "member";
    static final String REPRESENTS = "represents";
    /** Edges between arenas, by {@code arena_relation_overview.kind}: PART_OF, ANCHORED_IN, LINKED. */
    static final Map<String, String> RELATION_EDGES = Map.of("PART_OF", "partOf", "ANCHORED_IN", "anchoredIn", "LINKED", "linked");
    static final java.util.Set<String> RELATIONS = java.util.Set.copyOf(RELATION_EDGES.values());

    private final JdbcClient jdbc;
    /** First views by what was asked, kept until the register changes: at 100,000 arenas the clusters take 0.8 s. */
    private final UntilRegisterChanges.Kept<ViewKey, Network> kept;

    NetworkQueries(JdbcClient jdbc, UntilRegisterChanges changes) {
        this.jdbc = jdbc;
        this.kept = changes.keep("analysis.network", 256);
    }

    private record ViewKey(Filter filter, boolean clusters, int page, LocalDate on, boolean internal) {
    }

    /**
     * What the map shows first for a filter, never the whole register at once: up to {@link #WHOLE_LIMIT} live arenas
     * the whole network ({@link #network}); above it, or when {@code clusters} are asked for, the clusters ({@link #clusters}). One statement to count,
     * then a fixed number whatever the rows.
     */
    public Network view(Filter filter, boolean clusters, int page, LocalDate on, boolean internal) {
        return kept.get(new ViewKey(filter, clusters, page, on, internal), k -> firstView(filter, clusters, page, on, internal));
    }

    private Network firstView(Filter filter, boolean clusters, int page, LocalDate on, boolean internal) {
        Map<String, Object> params = new HashMap<>();
        // Counting stops past the limit: at 100,000 arenas the answer is "more", not the number.
        int arenas = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM arena_overview a WHERE " + where(filter, params) + " LIMIT "
                        + (WHOLE_LIMIT + 1) + ") x").params(params)
                .query(Integer.class).single();
        return arenas <= WHOLE_LIMIT && !clusters ? network(filter, on, internal) : clusters(filter, page, on, internal);
    }

    /**
     * The network on a date. {@code internal} callers (logged in) see officials too; the public sees
     * elected representatives only, as on the people pages.
     */
    public Network network(Filter filter, LocalDate on, boolean internal) {
        Map<String, Object> params = new HashMap<>();
        String chosen = "SELECT a.id FROM arena_overview a WHERE " + where(filter, params);
        return graph(chosen, params, on, internal);
    }

    /**
     * The filter's arenas as clusters: without an area the areas, with an area its sub-areas, each with its arenas,
     * links to organisations and representatives counted; the kinds of organisation with how many are linked; the
     * links between them counted. The arenas placed directly in the filtered area (a sub-area: all of its arenas)
     * are listed with their links, {@link #PAGE} a page, in register order.
     */
    Network clusters(Filter filter, int page, LocalDate on, boolean internal) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        params.put("on", on);
        // The cluster an arena counts in; NULL for those placed directly in the filtered area.
        String group = filter.area() == null ? "a.area_id" : "CASE WHEN a.sub_area_id = :area THEN NULL ELSE a.sub_area_id END";
        String chosen = "SELECT a.id, a.convener_id, " + group + " AS grp FROM arena_overview a WHERE " + where;
        String visible = visiblePeople(internal);
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
            Network listed = graph(directly, params, on, internal);
            nodes.addAll(listed.nodes());
            edges.addAll(listed.edges());
            more = (int) Math.max(0, direct[0] - (page + 1L) * PAGE);
        }
        return new Network(CLUSTERS, List.copyOf(nodes), List.copyOf(edges), arenas[0], filter.area() == null ? null : direct[0],
                filter.area() == null ? null : page, more);
    }

    /**
     * The organisations of a kind linked to the filter's arenas, those with most links first, {@link #PAGE} a page,
     * each with its links counted ({@code count}) and an edge to each cluster of the filter (as {@link #clusters}
     * groups them) with the number of links there.
     */
    public Network organisations(Filter filter, String kind, int page, LocalDate on, boolean internal) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
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

    /** Arenas (the ids {@code chosen} selects), their organisations and people and the relations among them: four statements. */
    private Network graph(String chosen, Map<String, Object> params, LocalDate on, boolean internal) {
        List<Node> nodes = new ArrayList<>(jdbc.sql("""
                        SELECT a.id, a.name, coalesce(sa.name, ar.name) AS area_name,
                               (SELECT array_agg(t.code) FROM arena_type_overview t WHERE t.arena_id = a.id) AS types,
                               (SELECT array_agg(l.code) FROM arena_level_overview l WHERE l.arena_id = a.id) AS levels
                        FROM arena_overview a JOIN area_overview ar ON ar.id = a.area_id LEFT JOIN area_overview sa ON sa.id = a.sub_area_id
                        WHERE a.id IN (%s)
                        ORDER BY ar.sort_order, ar.name, sa.sort_order NULLS FIRST, sa.name NULLS FIRST, lower(a.name), a.id""".formatted(chosen))
                .params(params)
                .query((rs, n) -> new Node("a" + rs.getLong("id"), ARENA, rs.getString("name"), "/arenas/" + rs.getLong("id"),
                        rs.getString("area_name"), codes(rs.getArray("types"), ArenaType::valueOf), codes(rs.getArray("levels"), Level::valueOf)))
                .list());
        List<Edge> edges = new ArrayList<>();
        Map<String, Node> others = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT o.id, o.name, x.arena_id, x.kind
                        FROM (SELECT a.id AS arena_id, a.convener_id AS organisation_id, 'convenes' AS kind FROM arena_overview a
                               WHERE a.convener_id IS NOT NULL AND a.id IN (%1$s)
                              UNION ALL
                              SELECT m.arena_id, m.organisation_id, 'member' FROM arena_member_overview m WHERE m.arena_id IN (%1$s)) x
                        JOIN organisation_overview o ON o.id = x.organisation_id
                        ORDER BY lower(o.name), o.id, x.arena_id, x.kind""".formatted(chosen))
                .params(params)
                .query(rs -> {
                    String id = "o" + rs.getLong("id");
                    String name = rs.getString("name");
                    others.computeIfAbsent(id, k -> node(id, ORGANISATION, name, "/organisations/"));
                    edges.add(new Edge(id, "a" + rs.getLong("arena_id"), rs.getString("kind"), null));
                });
        params.put("on", on);
        jdbc.sql("""
                        SELECT p.id, p.name, x.arena_id, x.role
                        FROM appointment_overview x JOIN person_overview p ON p.id = x.person_id
                        WHERE x.arena_id IN (%s) AND NOT p.erased %s
                          AND x.start_date <= :on AND (x.end_date IS NULL OR x.end_date >= :on)
                        ORDER BY lower(p.name), p.id, x.arena_id, x.role""".formatted(chosen, visiblePeople(internal)))
                .params(params)
                .query(rs -> {
                    String id = "p" + rs.getLong("id");
                    String name = rs.getString("name");
                    others.computeIfAbsent(id, k -> node(id, PERSON, name, "/people/"));
                    edges.add(new Edge(id, "a" + rs.getLong("arena_id"), REPRESENTS, rs.getString("role")));
                });
        jdbc.sql("""
                        SELECT r.from_arena_id, r.to_arena_id, r.kind FROM arena_relation_overview r
                        WHERE r.from_arena_id IN (%1$s) AND r.to_arena_id IN (%1$s)
                        ORDER BY r.from_arena_id, r.kind, r.to_arena_id""".formatted(chosen))
                .params(params)
                .query(rs -> {
                    edges.add(new Edge("a" + rs.getLong("from_arena_id"), "a" + rs.getLong("to_arena_id"),
                            RELATION_EDGES.get(rs.getString("kind")), null));
                });
        nodes.addAll(others.values());
        return new Network(List.copyOf(nodes), List.copyOf(edges));
    }

    /** Areas and sub-areas in register order, for the filter. */
    public List<AreaOption> areas() {
        return jdbc.sql("""
                        SELECT s.id, s.name, s.parent_id FROM area_overview s LEFT JOIN area_overview p ON p.id = s.parent_id
                        ORDER BY coalesce(p.sort_order, s.sort_order), coalesce(p.name, s.name), s.parent_id NULLS FIRST, s.sort_order, s.name""")
                .query((rs, n) -> {
                    // wasNull() speaks of the last column read: ask it right after the parent.
                    long parent = rs.getLong("parent_id");
                    Long parentId = rs.wasNull() ? null : parent;
                    return new AreaOption(rs.getLong("id"), rs.getString("name"), parentId);
                })
                .list();
    }

    /** The public sees elected representatives only; officials are neither named nor counted for it. */
    private static String visiblePeople(boolean internal) {
        return internal ? "" : "AND p.kind = 'ELECTED'";
    }

    private static String where(Filter f, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("NOT a.archived");
        if (f.area() != null) {
            conditions.add("(a.area_id = :area OR a.sub_area_id = :area)");
            params.put("area", f.area());
        }
        if (f.type() != null) {
            conditions.add("EXISTS (SELECT 1 FROM arena_type_overview t WHERE t.arena_id = a.id AND t.code = :type)");
            params.put("type", f.type().name());
        }
        if (f.level() != null) {
            conditions.add("EXISTS (SELECT 1 FROM arena_level_overview l WHERE l.arena_id = a.id AND l.code = :level)");
            params.put("level", f.level().name());
        }
        return String.join(" AND ", conditions);
    }

    private static Node node(String id, String kind, String label, String path) {
        return new Node(id, kind, label, path + id.substring(1), null, List.of(), List.of());
    }

    /** Codes in the enum's order (Påverkan before Samverkan, P before ÖT before T), as the register lists them. */
    private static <E extends Enum<E>> List<String> codes(Array array, java.util.function.Function<String, E> parse) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(o -> parse.apply((String) o))
                .sorted(java.util.Comparator.comparing(Enum::ordinal)).map(Enum::name).toList();
    }
}
