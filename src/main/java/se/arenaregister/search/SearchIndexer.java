package se.arenaregister.search;

import java.util.Set;

/**
 * One kind of thing the search finds: where its entries come from and which changes touch them. An implementation
 * is a Spring bean in this module; its {@link org.springframework.core.annotation.Order} is the order of the result
 * groups. Its SQL names only the views other modules publish.
 */
public interface SearchIndexer {

    /** The kind's name in the index, the API and the message key {@code search.kind.<kind>}: never rename one. */
    String kind();

    /** Where an entry of this kind opens. */
    String path(long entityId);

    /** The audit log's entity types ({@code EntityType.key()}) whose changes may change this kind's entries. */
    Set<String> watches();

    /**
     * A SELECT of every entry of this kind, with the columns {@code entity_id, public, title, subtitle, keywords, body}
     * ({@code public} false for what only the signed-in may find). Written so that a condition on {@code entity_id}
     * reaches the underlying tables' keys: one entry is reindexed with the same SQL as all of them.
     */
    String entries();

    /**
     * A SELECT of the {@code entity_id}s whose entries a change of the audited entity {@code :type}, {@code :id}
     * touches (an area's rename: the arenas in it), including ids that no longer have an entry.
     */
    String touchedBy();
}
