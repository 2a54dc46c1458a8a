package se.arenaregister.search.internal;

import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.arenaregister.audit.EntityType;
import se.arenaregister.search.SearchIndexer;

/**
 * Notes from the arenas: by the arena's name and the date held (A), and what was discussed, brought and learned (C), so
 * that what was learned in one arena can be found by the rest of the organisation. Internal unless the note is public;
 * never who attended or who should know (names of officials).
 */
@Component
@Order(6)
class NoteIndexer implements SearchIndexer {

    @Override
    public String kind() {
        return "note";
    }

    @Override
    public String path(long entityId) {
        return "/notes/" + entityId;
    }

    @Override
    public Set<String> watches() {
        return Set.of(EntityType.NOTE.key(), EntityType.ARENA.key());
    }

    @Override
    public String entries() {
        return """
                SELECT n.id AS entity_id, n.public, a.name AS title, to_char(n.held_on, 'YYYY-MM-DD') AS subtitle,
                       NULL::text AS keywords, concat_ws(' ', n.learned, n.discussed, n.brought) AS body
                FROM note_overview n
                JOIN arena_overview a ON a.id = n.arena_id""";
    }

    @Override
    public String touchedBy() {
        return """
                SELECT n.id AS entity_id FROM note_overview n WHERE :type = 'arena' AND n.arena_id = :id
                UNION SELECT CAST(:id AS bigint) WHERE :type = 'note'""";
    }
}
