package se.arenaregister.search.internal;

import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.arenaregister.audit.EntityType;
import se.arenaregister.search.SearchIndexer;

/** Topics (sakfrågor) by name, leading to the topic's page with its arenas; public. */
@Component
@Order(5)
class TopicIndexer implements SearchIndexer {

    @Override
    public String kind() {
        return "topic";
    }

    @Override
    public String path(long entityId) {
        return "/topics/" + entityId;
    }

    @Override
    public Set<String> watches() {
        return Set.of(EntityType.TOPIC.key());
    }

    @Override
    public String entries() {
        return """
                SELECT t.id AS entity_id, TRUE AS public, t.name AS title, NULL::text AS subtitle,
                       NULL::text AS keywords, NULL::text AS body
                FROM topic_overview t""";
    }

    @Override
    public String touchedBy() {
        return "SELECT CAST(:id AS bigint) AS entity_id WHERE :type = 'topic'";
    }
}
