/**
 * Search ("Sök") across the register: arenas (with the names of their areas, topics and organisations),
 * organisations, people, decisions, topics, notes from the arenas (internal unless public) and attached documents' names,
 * in one index the module keeps itself ({@code search_entry}, with its word list
 * {@code search_word} for typos and spelling variants). {@link se.arenaregister.search.Search} answers a query, ranked
 * and grouped by kind with the matched words marked; each kind is one {@link se.arenaregister.search.SearchIndexer}
 * (one SQL over other modules' published views), so a new kind is one class. The index follows every change through the
 * audit log's {@link se.arenaregister.audit.Audited} events, inside the changing transaction, and is rebuilt on start
 * when it is empty or old and after a backup is restored. Uses audit and shared only: in SQL it reads its own tables and
 * the views arena, catalog, person, governance, notes and document publish ({@code *_overview}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Search",
        allowedDependencies = {"audit", "shared"})
package se.arenaregister.search;
