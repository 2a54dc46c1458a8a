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

    /** A node as cytoscape draws it: {@code id} is unique across kinds ("a12", "o5", "p3"). */
    public record Node(String id, String kind, String label, String url, String area, List<String> types, List<String> levels) {
    }

    /** From organisation_overview or person to arena; {@code role} only for people ("MEMBER", "CHAIR" …). */
    public record Edge(String source, String target, String kind, String role) {
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

    public record Network(List<Node> nodes, List<Edge> edges) {

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

    NetworkQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The network on a date. {@code internal} callers (logged in) see officials too; the public sees
     * elected representatives only, as on the people pages.
     */
    public Network network(Filter filter, LocalDate on, boolean internal) {
        Map<String, Object> params = new HashMap<>();
        String chosen = "SELECT a.id FROM arena_overview a WHERE " + where(filter, params);
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
                        ORDER BY lower(p.name), p.id, x.arena_id, x.role""".formatted(chosen, internal ? "" : "AND p.kind = 'ELECTED'"))
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
