/**
 * Reference data the register is organised by and that users edit: areas (verksamhetsområde ›
 * sakområde), topics (sakfrågor) and organisations (aktörer). Uses shared and audit. Pages that list
 * an organisation's or a topic's arenas ask {@link se.arenaregister.catalog.RelatedArenas}, which the
 * arena module implements, so this module never depends on arenas.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package se.arenaregister.catalog;
