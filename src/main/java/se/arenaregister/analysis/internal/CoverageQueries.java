package se.arenaregister.analysis.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.arena.Level;

/**
 * The topics × levels matrix in one statement. Arenas that are archived or have ended cover nothing; an arena is a
 * topic's own forum when it handles no other topic.
 */
@Component
@Transactional(readOnly = true)
public class CoverageQueries {

    private final JdbcClient jdbc;

    CoverageQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Coverage coverage() {
        record Hit(long topicId, String topic, String level, Long arenaId, String arena, String scope, boolean ownForum) {
        }
        List<Hit> hits = jdbc.sql("""
                        SELECT t.id AS topic_id, t.name AS topic, l.code AS level, a.id AS arena_id, a.name AS arena, a.scope,
                               (SELECT count(*) FROM arena_topic_overview y WHERE y.arena_id = a.id) = 1 AS own_forum
                        FROM topic_overview t
                        LEFT JOIN arena_topic_overview x ON x.topic_id = t.id
                        LEFT JOIN arena_overview a ON a.id = x.arena_id AND NOT a.archived AND a.status <> 'ENDED'
                        LEFT JOIN arena_level_overview l ON l.arena_id = a.id
                        ORDER BY lower(t.name), t.id, lower(a.name), a.id""")
                .query((rs, n) -> {
                    long arena = rs.getLong("arena_id");
                    Long arenaId = rs.wasNull() ? null : arena;
                    return new Hit(rs.getLong("topic_id"), rs.getString("topic"), rs.getString("level"), arenaId, rs.getString("arena"),
                            rs.getString("scope"), rs.getBoolean("own_forum"));
                })
                .list();
        List<String> levels = Arrays.stream(Level.values()).map(Enum::name).toList();
        Map<Long, String> topics = new LinkedHashMap<>();
        Map<Long, Map<String, List<Coverage.ArenaRef>>> arenas = new LinkedHashMap<>();
        for (Hit hit : hits) {
            topics.putIfAbsent(hit.topicId(), hit.topic());
            Map<String, List<Coverage.ArenaRef>> byLevel = arenas.computeIfAbsent(hit.topicId(), k -> {
                Map<String, List<Coverage.ArenaRef>> empty = new LinkedHashMap<>();
                levels.forEach(level -> empty.put(level, new ArrayList<>()));
                return empty;
            });
            if (hit.arenaId() != null && hit.level() != null && byLevel.containsKey(hit.level())) {
                byLevel.get(hit.level()).add(new Coverage.ArenaRef(hit.arenaId(), hit.arena(), hit.scope(), hit.ownForum()));
            }
        }
        List<Coverage.Row> rows = new ArrayList<>();
        topics.forEach((id, name) -> {
            Map<String, Coverage.Cell> cells = new LinkedHashMap<>();
            arenas.get(id).forEach((level, list) -> cells.put(level, Coverage.Cell.of(list)));
            rows.add(new Coverage.Row(id, name, cells));
        });
        return new Coverage(levels, rows);
    }
}
