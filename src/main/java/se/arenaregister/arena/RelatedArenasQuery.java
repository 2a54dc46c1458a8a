package se.arenaregister.arena;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.catalog.RelatedArenas;

/** Answers the catalog's pages: which live arenas an organisation convenes or joins, which handle a topic. */
@Component
@Transactional(readOnly = true)
class RelatedArenasQuery implements RelatedArenas {

    private static final String SELECT = """
            SELECT a.id, a.name, ar.name AS area_name, sa.name AS sub_area_name, a.led_by_home,
                   (SELECT array_agg(l.code) FROM arena_level l WHERE l.arena_id = a.id) AS levels
            FROM arena a JOIN area_overview ar ON ar.id = a.area_id LEFT JOIN area_overview sa ON sa.id = a.sub_area_id
            WHERE NOT a.archived AND\s""";
    private static final String ORDER = " ORDER BY ar.sort_order, sa.sort_order NULLS FIRST, lower(a.name)";

    private final JdbcClient jdbc;

    RelatedArenasQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ArenaLink> convenedBy(long organisationId) {
        return links("a.convener_id = :id", organisationId);
    }

    @Override
    public List<ArenaLink> withMember(long organisationId) {
        return links("EXISTS (SELECT 1 FROM arena_member m WHERE m.arena_id = a.id AND m.organisation_id = :id)", organisationId);
    }

    @Override
    public List<ArenaLink> handlingTopic(long topicId) {
        return links("EXISTS (SELECT 1 FROM arena_topic t WHERE t.arena_id = a.id AND t.topic_id = :id)", topicId);
    }

    @Override
    public Map<Long, Integer> countsByArea() {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("""
                SELECT area_id AS id, count(*) AS n FROM arena WHERE NOT archived GROUP BY area_id
                UNION ALL
                SELECT sub_area_id, count(*) FROM arena WHERE NOT archived AND sub_area_id IS NOT NULL GROUP BY sub_area_id""")
                .query(rs -> {
                    counts.merge(rs.getLong("id"), rs.getInt("n"), Integer::sum);
                });
        return counts;
    }

    private List<ArenaLink> links(String condition, long id) {
        return jdbc.sql(SELECT + condition + ORDER).param("id", id).query((rs, n) -> {
            java.sql.Array levels = rs.getArray("levels");
            List<String> codes = levels == null ? List.of()
                    : Arrays.stream((Object[]) levels.getArray()).map(String.class::cast)
                    .sorted((x, y) -> Integer.compare(Level.valueOf(x).ordinal(), Level.valueOf(y).ordinal())).toList();
            return new ArenaLink(rs.getLong("id"), rs.getString("name"), rs.getString("area_name"), rs.getString("sub_area_name"),
                    codes, rs.getBoolean("led_by_home"));
        }).list();
    }
}
