package se.arenaregister.search.internal;

import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.arenaregister.audit.EntityType;
import se.arenaregister.search.SearchIndexer;

/** Organisations (actors), by name and short name; public. */
@Component
@Order(2)
class OrganisationIndexer implements SearchIndexer {

    @Override
    public String kind() {
        return "organisation";
    }

    @Override
    public String path(long entityId) {
        return "/organisations/" + entityId;
    }

    @Override
    public Set<String> watches() {
        return Set.of(EntityType.ORGANISATION.key());
    }

    @Override
    public String entries() {
        return """
                SELECT o.id AS entity_id, TRUE AS public, o.name AS title, o.short_name AS subtitle,
                       NULL::text AS keywords, NULL::text AS body
                FROM organisation_overview o""";
    }

    @Override
    public String touchedBy() {
        return "SELECT CAST(:id AS bigint) AS entity_id WHERE :type = 'organisation'";
    }
}
