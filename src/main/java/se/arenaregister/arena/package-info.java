/**
 * The register itself: arenas with their type, level, scope, convener, members, topics and
 * purpose; the grouped list, filters and free-text search; create, edit and archive; the JSON API.
 * Its API is this package: the arena's value types, {@link se.arenaregister.arena.ArenaQueries} (read, with
 * {@link se.arenaregister.arena.ArenaRow}, {@link se.arenaregister.arena.ArenaFilter} and the page it returns) and
 * {@link se.arenaregister.arena.ArenaService} with {@link se.arenaregister.arena.ArenaForm}, the audited way to
 * change arenas (used by the import and the demo data). The repository is package-private; the grouping for the
 * list page is in {@code internal}. Uses catalog (areas, topics, organisations), audit and shared; governance for
 * the agreements about an arena and document for its documents (it implements the document module's
 * {@link se.arenaregister.document.AttachmentOwner} for arenas), both shown on the arena's page. Implements
 * {@link se.arenaregister.catalog.RelatedArenas} for the catalog's pages. Publishes {@code arena_overview} and
 * the views of its types, levels, members and topics; in SQL it reads catalog's views and, for the verdict
 * filters of its one-statement list, followup's {@code assessment_overview} (followup depends on arena in Java,
 * so that is the one read against the direction of the modules).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Arenas",
        allowedDependencies = {"audit", "catalog", "document", "governance", "shared"})
package se.arenaregister.arena;
