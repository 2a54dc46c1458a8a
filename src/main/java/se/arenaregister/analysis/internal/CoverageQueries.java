package se.arenaregister.analysis.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.analysis.CoverageFigures;
import se.arenaregister.arena.Level;
import se.arenaregister.arena.Scope;
import se.arenaregister.shared.UntilRegisterChanges;

/**
 * The topics × levels and the topics × scope matrices, one statement each, and single figures from the latter. Arenas
 * that are archived or have ended cover nothing; an arena is a topic's own forum when it handles no other topic.
 */
@Component
@Transactional(readOnly = true)
public class CoverageQueries implements CoverageFigures {

    /** Live arenas: neither archived nor ended, nor only under consideration (not taken part in). Joined to {@code arena_overview a}. */
    private static final String LIVE = "NOT a.archived AND a.status NOT IN ('ENDED', 'CONSIDERED')";
    /**
     * One statement per matrix, whatever the register's size: every live arena's topics at each column (the column
     * expression and the join that gives it are filled in), counted per cell in SQL, and of each cell only the first
     * {@value Coverage#FIRST_ARENAS} arenas by name; a topic no live arena handles comes once, with no arena. Which arenas
     * are the first is decided in byte order (a cell of thousands sorts in a fraction of the time the Swedish collation
     * takes: 5.1 s against 6.5 s at 100,000 arenas on a loaded machine); the ones listed are shown in Swedish order.
     */
    private static final String MATRIX = """
            WITH topics_of AS (SELECT arena_id, count(*) AS n FROM arena_topic_overview GROUP BY arena_id),
            hits AS (SELECT x.topic_id, a.id, a.name, a.scope, o.n = 1 AS own_forum%s
                     FROM arena_topic_overview x JOIN arena_overview a ON a.id = x.arena_id AND %s
                     JOIN topics_of o ON o.arena_id = a.id
                     %s),
            ranked AS (SELECT h.*, row_number() OVER (PARTITION BY h.topic_id, h.col ORDER BY lower(h.name) COLLATE "C", h.id) AS rank,
                              count(*) OVER cell AS n, count(*) FILTER (WHERE h.scope = 'EU') OVER cell AS eu,
                              count(*) FILTER (WHERE h.own_forum) OVER cell AS own
                       FROM hits h WINDOW cell AS (PARTITION BY h.topic_id, h.col))
            SELECT t.id AS topic_id, t.name AS topic, r.col, r.id AS arena_id, r.name AS arena, r.scope, r.own_forum, r.n, r.eu, r.own
            FROM topic_overview t LEFT JOIN ranked r ON r.topic_id = t.id AND r.rank <= """ + Coverage.FIRST_ARENAS + """

            ORDER BY lower(t.name), t.id, lower(r.name), r.id""";

    private final JdbcClient jdbc;
    /** The matrices, kept until the register changes: at 100,000 arenas each statement takes about a second. */
    private final UntilRegisterChanges.Kept<Boolean, Coverage> levels;
    private final UntilRegisterChanges.Kept<Boolean, ScopeCoverage> scopes;

    CoverageQueries(JdbcClient jdbc, UntilRegisterChanges changes) {
        this.jdbc = jdbc;
        this.levels = changes.keep("analysis.coverage.levels", 1);
        this.scopes = changes.keep("analysis.coverage.scope", 1);
    }

    /** Every topic × every level. An arena covers its topics at each of its levels; one with no level covers nothing. */
    public Coverage coverage() {
        return levels.get(true, all -> levelMatrix());
    }

    /** Every topic × every scope. An arena covers its topics at its scope. */
    public ScopeCoverage scopeCoverage() {
        return scopes.get(true, all -> scopeMatrix());
    }

    private Coverage levelMatrix() {
        List<String> levels = Arrays.stream(Level.values()).map(Enum::name).toList();
        List<Hit> hits = hits(MATRIX.formatted(", l.code AS col", LIVE, "JOIN arena_level_overview l ON l.arena_id = a.id"));
        return new Coverage(levels, rows(hits, levels));
    }

    private ScopeCoverage scopeMatrix() {
        List<String> scopes = Arrays.stream(Scope.values()).map(Enum::name).toList();
        List<Hit> hits = hits(MATRIX.formatted(", a.scope AS col", LIVE, ""));
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

    /**
     * One topic with one arena in one column and the counts over the whole cell; a topic no live arena handles comes once,
     * with no arena.
     */
    private record Hit(long topicId, String topic, String column, Long arenaId, String arena, String scope, boolean ownForum,
                       int count, int euCount, int ownForums) {
    }

    private List<Hit> hits(String sql) {
        return jdbc.sql(sql)
                .query((rs, n) -> {
                    long arena = rs.getLong("arena_id");
                    Long arenaId = rs.wasNull() ? null : arena;
                    return new Hit(rs.getLong("topic_id"), rs.getString("topic"), rs.getString("col"), arenaId, rs.getString("arena"),
                            rs.getString("scope"), rs.getBoolean("own_forum"), rs.getInt("n"), rs.getInt("eu"), rs.getInt("own"));
                })
                .list();
    }

    /** A row per topic in the order of the hits, a cell per column in the columns' order. */
    private static List<Coverage.Row> rows(List<Hit> hits, List<String> columns) {
        Map<Long, String> topics = new LinkedHashMap<>();
        Map<Long, Map<String, List<Coverage.ArenaRef>>> arenas = new LinkedHashMap<>();
        Map<String, Hit> counted = new HashMap<>();
        for (Hit hit : hits) {
            topics.putIfAbsent(hit.topicId(), hit.topic());
            Map<String, List<Coverage.ArenaRef>> byColumn = arenas.computeIfAbsent(hit.topicId(), k -> {
                Map<String, List<Coverage.ArenaRef>> empty = new LinkedHashMap<>();
                columns.forEach(column -> empty.put(column, new ArrayList<>()));
                return empty;
            });
            if (hit.arenaId() != null && hit.column() != null && byColumn.containsKey(hit.column())) {
                byColumn.get(hit.column()).add(new Coverage.ArenaRef(hit.arenaId(), hit.arena(), hit.scope(), hit.ownForum()));
                counted.putIfAbsent(hit.topicId() + "/" + hit.column(), hit);
            }
        }
        List<Coverage.Row> rows = new ArrayList<>();
        topics.forEach((id, name) -> {
            Map<String, Coverage.Cell> cells = new LinkedHashMap<>();
            arenas.get(id).forEach((column, list) -> {
                Hit counts = counted.get(id + "/" + column);
                cells.put(column, counts == null ? Coverage.Cell.of(list, 0, 0, 0)
                        : Coverage.Cell.of(list, counts.count(), counts.euCount(), counts.ownForums()));
            });
            rows.add(new Coverage.Row(id, name, cells));
        });
        return rows;
    }
}
