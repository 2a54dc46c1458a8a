package se.arenaregister.search.internal;

import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.arenaregister.audit.EntityType;
import se.arenaregister.search.SearchIndexer;

/**
 * Attached documents (agreements, arbetsordningar, minutes, position papers) by their title (A) and file name (B),
 * linking to the download. Public when the document is and its owner is: a document of an internal note is internal
 * whatever its own flag, as the document module shows it.
 */
@Component
@Order(7)
class DocumentIndexer implements SearchIndexer {

    @Override
    public String kind() {
        return "document";
    }

    @Override
    public String path(long entityId) {
        return "/documents/" + entityId + "/content";
    }

    @Override
    public Set<String> watches() {
        return Set.of(EntityType.DOCUMENT.key(), EntityType.NOTE.key());
    }

    @Override
    public String entries() {
        return """
                SELECT d.id AS entity_id,
                       d.public AND (d.owner_kind <> 'NOTE' OR coalesce(n.public, FALSE)) AS public,
                       d.title AS title, d.file_name AS subtitle, NULL::text AS keywords, NULL::text AS body
                FROM document_overview d
                LEFT JOIN note_overview n ON d.owner_kind = 'NOTE' AND n.id = d.owner_id""";
    }

    @Override
    public String touchedBy() {
        return """
                SELECT d.id AS entity_id FROM document_overview d WHERE :type = 'note' AND d.owner_kind = 'NOTE' AND d.owner_id = :id
                UNION SELECT CAST(:id AS bigint) WHERE :type = 'document'""";
    }
}
