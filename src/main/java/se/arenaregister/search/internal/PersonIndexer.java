package se.arenaregister.search.internal;

import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.arenaregister.audit.EntityType;
import se.arenaregister.search.SearchIndexer;

/**
 * People by name, party and title. Elected representatives are public; officials are found only by the signed-in
 * (the public sees their role, never their name). Erased people are not found at all.
 */
@Component
@Order(3)
class PersonIndexer implements SearchIndexer {

    @Override
    public String kind() {
        return "person";
    }

    @Override
    public String path(long entityId) {
        return "/people/" + entityId;
    }

    @Override
    public Set<String> watches() {
        return Set.of(EntityType.PERSON.key());
    }

    @Override
    public String entries() {
        return """
                SELECT p.id AS entity_id, p.kind = 'ELECTED' AS public, p.name AS title,
                       CASE WHEN p.kind = 'ELECTED' THEN concat_ws(', ', p.party, p.title) ELSE p.title END AS subtitle,
                       NULL::text AS keywords, NULL::text AS body
                FROM person_overview p
                WHERE NOT p.erased""";
    }

    @Override
    public String touchedBy() {
        return "SELECT CAST(:id AS bigint) AS entity_id WHERE :type = 'person'";
    }
}
