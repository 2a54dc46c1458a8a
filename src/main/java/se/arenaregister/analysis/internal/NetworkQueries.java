package se.arenaregister.analysis.internal;

import java.time.LocalDate;
import java.util.ArrayList;
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
    private final NetworkGraph graph;
    private final NetworkClusters clusters;
    /** First views by what was asked, kept until the register changes: at 100,000 arenas the clusters take 0.8 s. */
    private final UntilRegisterChanges.Kept<ViewKey, Network> kept;

    NetworkQueries(JdbcClient jdbc, NetworkGraph graph, NetworkClusters clusters, UntilRegisterChanges changes) {
        this.jdbc = jdbc;
        this.graph = graph;
        this.clusters = clusters;
        this.kept = changes.keep("analysis.network", 256);
    }

    private record ViewKey(Filter filter, boolean clusters, int page, LocalDate on, boolean internal) {
    }

    /**
     * What the map shows first for a filter, never the whole register at once: up to {@link #WHOLE_LIMIT} live arenas
     * the whole network ({@link #network}); above it, or when {@code clusters} are asked for, the clusters ({@link NetworkClusters#clusters}). One statement to count,
     * then a fixed number whatever the rows.
     */
    public Network view(Filter filter, boolean clusters, int page, LocalDate on, boolean internal) {
        return kept.get(new ViewKey(filter, clusters, page, on, internal), k -> firstView(filter, clusters, page, on, internal));
    }

    private Network firstView(Filter filter, boolean clusters, int page, LocalDate on, boolean internal) {
        Map<String, Object> params = new HashMap<>();
        // Counting stops past the limit: at 100,000 arenas the answer is "more", not the number.
        int arenas = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM arena_overview a WHERE " + NetworkGraph.where(filter, params) + " LIMIT "
                        + (WHOLE_LIMIT + 1) + ") x").params(params)
                .query(Integer.class).single();
        return arenas <= WHOLE_LIMIT && !clusters ? network(filter, on, internal) : this.clusters.clusters(filter, page, on, internal);
    }

    /**
     * The network on a date. {@code internal} callers (logged in) see officials too; the public sees
     * elected representatives only, as on the people pages.
     */
    public Network network(Filter filter, LocalDate on, boolean internal) {
        Map<String, Object> params = new HashMap<>();
        String chosen = "SELECT a.id FROM arena_overview a WHERE " + NetworkGraph.where(filter, params);
        return graph.of(chosen, params, on, internal);
    }

    /**
     * The organisations of a kind linked to the filter's arenas, those with most links first, {@link #PAGE} a page,
     * each with its links counted and an edge to each cluster of the filter.
     */
    public Network organisations(Filter filter, String kind, int page, LocalDate on, boolean internal) {
        return clusters.organisations(filter, kind, page, on, internal);
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
}
