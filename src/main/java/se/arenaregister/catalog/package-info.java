/**
 * Reference data the register is organised by and that users edit: areas (verksamhetsområde ›
 * sakområde), topics (sakfrågor) and organisations (aktörer). Uses audit and shared. Pages that list
 * an organisation's or a topic's arenas ask {@link se.arenaregister.catalog.RelatedArenas}, which the
 * arena module implements, so this module never depends on arenas. Publishes {@code area_overview},
 * {@code topic_overview} and {@code organisation_overview}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Catalog",
        allowedDependencies = {"audit", "shared"})
package se.arenaregister.catalog;
