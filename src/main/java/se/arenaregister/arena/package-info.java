/**
 * The register itself: arenas with their type, level, scope, convener, members, topics and
 * purpose; the grouped list, filters and free-text search; create, edit and archive; the JSON API.
 * Uses catalog (areas, topics, organisations), audit and shared. Implements
 * {@link se.arenaregister.catalog.RelatedArenas} for the catalog's pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Arenas")
package se.arenaregister.arena;
