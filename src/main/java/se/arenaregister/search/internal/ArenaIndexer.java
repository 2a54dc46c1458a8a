package se.arenaregister.search.internal;

import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.arenaregister.audit.EntityType;
import se.arenaregister.search.SearchIndexer;

/**
 * Arenas not archived, found by name (A), by the names around them (B: short name, area and sub-area, topics, convener
 * and members) and by purpose and other information (C). All public: officials' names are not among these fields.
 */
@Component
@Order(1)
class ArenaIndexer implements SearchIndexer {

    @Override
    public String kind() {
        return "arena";
    }

    @Override
    public String path(long entityId) {
        return "/arenas/" + entityId;
    }

    @Override
    public Set<String> watches() {
        return Set.of(EntityType.ARENA.key(), EntityType.AREA.key(), EntityType.TOPIC.key(), EntityType.ORGANISATION.key());
    }

    @Override
    public String entries() {
        return """
                SELECT a.id AS entity_id, TRUE AS public, a.name AS title,
                       concat_ws(' › ', ar.name, sa.name) AS subtitle,
                       concat_ws(' ', a.short_name, ar.name, sa.name,
                           (SELECT string_agg(t.name, ' ') FROM arena_topic_overview x JOIN topic_overview t ON t.id = x.topic_id
                            WHERE x.arena_id = a.id),
                           c.name, c.short_name,
                           (SELECT string_agg(concat_ws(' ', o.name, o.short_name), ' ')
                            FROM arena_member_overview m JOIN organisation_overview o ON o.id = m.organisation_id
                            WHERE m.arena_id = a.id)) AS keywords,
                       concat_ws(' ', p.purpose, a.other_info) AS body
                FROM arena_overview a
                JOIN arena_purpose_overview p ON p.id = a.id
                LEFT JOIN area_overview ar ON ar.id = a.area_id
                LEFT JOIN area_overview sa ON sa.id = a.sub_area_id
                LEFT JOIN organisation_overview c ON c.id = a.convener_id
                WHERE NOT a.archived""";
    }

    @Override
    public String touchedBy() {
        return """
                SELECT a.id AS entity_id FROM arena_overview a
                WHERE (:type = 'arena' AND a.id = :id)
                   OR (:type = 'area' AND (a.area_id = :id OR a.sub_area_id = :id))
                   OR (:type = 'organisation' AND a.convener_id = :id)
                UNION SELECT m.arena_id FROM arena_member_overview m WHERE :type = 'organisation' AND m.organisation_id = :id
                UNION SELECT x.arena_id FROM arena_topic_overview x WHERE :type = 'topic' AND x.topic_id = :id""";
    }
}
