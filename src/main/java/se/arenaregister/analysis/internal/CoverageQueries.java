package se.arenaregister.analysis.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.analysis.CoverageFigures;
import se.arenaregister.arena.Level;
import se.arenaregister.arena.Scope;

/**
 * The topics × levels and the topics × scope matrices, one statement each, and single figures from the latter. Arenas
 * that are archived or have ended cover nothing; an arena is a topic's own forum when it handles no other topic.
 */
@Component
@Transactional(readOnly = true)
public class CoverageQueries implements CoverageFigures {

    /** Live arenas: neither archived nor ended, nor only under consideration (not taken part in). Joined to {@code arena_overview a}. */
    private static final String LIVE = "NOT a.archived AND a.status NOT IN ('ENDED', 'CONSIDERED')";
    private static final String OWN_FORUM = "(SELECT count(*) FROM arena_topic_overview y WHERE y.arena_id = a.id) = 1 AS own_forum";

    private final JdbcClient jdbc;

    CoverageQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every topic × every level. An arena covers its topics at each of its levels; one with no level covers nothing. */
    public Coverage coverage() {
        List<String> levels = Arrays.stream(Level.values()).map(Enum::name).toList();
        List<Hit> hits = hits("""
                SELECT t.id AS topic_id, t.name AS topic, l.code AS col, a.id AS arena_id, a.name AS arena, a.scope, %s
                FROM topic_overview t
                LEFT JOIN arena_topic_overview x ON x.topic_id = t.id
                LEFT JOIN arena_overview a ON a.id = x.arena_id AND %s
                LEFT JOIN arena_level_overview l ON l.arena_id = a.id
                ORDER BY lower(t.name), t.id, lower(a.name), a.id""".formatted(OWN_FORUM, LIVE));
        return new Coverage(levels, rows(hits, levels));
    }

    /** Every topic × every scope. An arena covers its topics at its scope. */
    public ScopeCoverage scopeCoverage() {
        List<String> scopes = Arrays.stream(Scope.values()).map(Enum::name).toList();
        List<Hit> hits = hits("""
                SELECT t.id AS topic_id, t.name AS topic, a.scope AS col, a.id AS arena_id, a.name AS arena, a.scope, %s
                FROM topic_overview t
                LEFT JOIN arena_topic_overview x ON x.topic_id = t.id
                LEFT JOIN arena_overview a ON a.id = x.arena_id AND %s
                ORDER BY lower(t.name), t.id, lower(a.name), a.id""".formatted(OWN_FORUM, LIVE));
        return new ScopeCoverage(scopes, rows(hits, scopes));
    }

    @Override
    public int liveArenas(long topicId, Scope scope, Long areaId) {
        // An area is an area or a sub-area: a sub-area's arenas name it in sub_area_id and its area in area_id.
        String inArea = areaId == null ? "" : " AND (a.area_id = :area OR a.sub_area_id = :area)";
        JdbcClient.StatementSpec statement = jdbc.sql("""
                        SELECT count(*) FROM arena_overview a
                        WHERE %s AND a.scope = :scope
                          AND EXISTS (SELECT 1 FROM arena_topic_overview x WHERE x.arena_id = a.id AND x.topic_id = :topic)""".formatted(LIVE)
                        + inArea)
                .param("scope", scope.name()).param("topic", topicId);
        if (areaId != null) {
            statement = statement.param("area", areaId);
        }
        return statement.query(Integer.class).single();
    }

    /** One topic with one arena in one column; a topic no live arena handles comes once, with no arena. */
    private record Hit(long topicId, String topic, String column, Long arenaId, String arena, String scope, boolean ownForum) {
    }

    private List<Hit> hits(String sql) {
        return jdbc.sql(sql)
                .query((rs, n) -> {
                    long arena = rs.getLong("arena_id");
                    Long arenaId = rs.wasNull() ? null : arena;
                    return new Hit(rs.getLong("topic_id"), rs.getString("topic"), rs.getString("col"), arenaId, rs.getString("arena"),
                            rs.getString("scope"), rs.getBoolean("own_forum"));
                })
                .list();
    }

    /** A row per topic in the order of the hits, a cell per column in the columns' order. */
    private static List<Coverage.Row> rows(List<Hit> hits, List<String> columns) {
        Map<Long, String> topics = new LinkedHashMap<>();
        Map<Long, Map<String, List<Coverage.ArenaRef>>> arenas = new LinkedHashMap<>();
        for (Hit hit : hits) {
            topics.putIfAbsent(hit.topicId(), hit.topic());
            Map<String, List<Coverage.ArenaRef>> byColumn = arenas.computeIfAbsent(hit.topicId(), k -> {
                Map<String, List<Coverage.ArenaRef>> empty = new LinkedHashMap<>();
                columns.forEach(column -> empty.put(column, new ArrayList<>()));
                return empty;
            });
            if (hit.arenaId() != null && hit.column() != null && byColumn.containsKey(hit.column())) {
                byColumn.get(hit.column()).add(new Coverage.ArenaRef(hit.arenaId(), hit.arena(), hit.scope(), hit.ownForum()));
            }
        }
        List<Coverage.Row> rows = new ArrayList<>();
        topics.forEach((id, name) -> {
            Map<String, Coverage.Cell> cells = new LinkedHashMap<>();
            arenas.get(id).forEach((column, list) -> cells.put(column, Coverage.Cell.of(list)));
            rows.add(new Coverage.Row(id, name, cells));
        });
        return rows;
    }
}
