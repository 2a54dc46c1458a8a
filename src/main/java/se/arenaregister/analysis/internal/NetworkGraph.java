package se.arenaregister.analysis.internal;

import static se.arenaregister.analysis.internal.NetworkQueries.ARENA;
import static se.arenaregister.analysis.internal.NetworkQueries.ORGANISATION;
import static se.arenaregister.analysis.internal.NetworkQueries.PERSON;
import static se.arenaregister.analysis.internal.NetworkQueries.RELATION_EDGES;
import static se.arenaregister.analysis.internal.NetworkQueries.REPRESENTS;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.arenaregister.analysis.internal.NetworkQueries.Edge;
import se.arenaregister.analysis.internal.NetworkQueries.Filter;
import se.arenaregister.analysis.internal.NetworkQueries.Network;
import se.arenaregister.analysis.internal.NetworkQueries.Node;
import se.arenaregister.arena.ArenaType;
import se.arenaregister.arena.Level;

/**
 * The whole graph of a set of arenas: the arenas, the organisations that convene them or are members, the people who
 * represent us in them on a date, and the relations among them; and the filter as SQL. Four statements for any set.
 */
@Component
class NetworkGraph {

    private final JdbcClient jdbc;

    NetworkGraph(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Arenas (the ids {@code chosen} selects), their organisations and people and the relations among them: four statements. */
    Network of(String chosen, Map<String, Object> params, LocalDate on, boolean internal) {
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

    /** The public sees elected representatives only; officials are neither named nor counted for it. */
    static String visiblePeople(boolean internal) {
        return internal ? "" : "AND p.kind = 'ELECTED'";
    }

    static String where(Filter f, Map<String, Object> params) {
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
    private static <E extends Enum<E>> List<String> codes(Array array, Function<String, E> parse) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(o -> parse.apply((String) o))
                .sorted(Comparator.comparing(Enum::ordinal)).map(Enum::name).toList();
    }
}
