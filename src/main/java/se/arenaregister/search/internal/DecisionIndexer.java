package se.arenaregister.search.internal;

import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.arenaregister.audit.EntityType;
import se.arenaregister.search.SearchIndexer;

/** Committees' decisions, by reference (A, e.g. "RUN/78/2022"), committee and date (B) and title (C); public. */
@Component
@Order(4)
class DecisionIndexer implements SearchIndexer {

    @Override
    public String kind() {
        return "decision";
    }

    @Override
    public String path(long entityId) {
        return "/decisions/" + entityId;
    }

    @Override
    public Set<String> watches() {
        return Set.of(EntityType.DECISION.key(), EntityType.COMMITTEE.key());
    }

    @Override
    public String entries() {
        return """
                SELECT d.id AS entity_id, TRUE AS public, d.reference AS title,
                       concat_ws(' ', c.short_name, to_char(d.decided_on, 'YYYY-MM-DD')) AS subtitle,
                       c.name AS keywords, d.title AS body
                FROM decision_overview d
                LEFT JOIN committee_overview c ON c.id = d.committee_id""";
    }

    @Override
    public String touchedBy() {
        return """
                SELECT d.id AS entity_id FROM decision_overview d WHERE :type = 'committee' AND d.committee_id = :id
                UNION SELECT CAST(:id AS bigint) WHERE :type = 'decision'""";
    }
}
