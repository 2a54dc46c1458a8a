/**
 * Reference data the register is organised by and that users edit: areas (verksamhetsområde ›
 * sakområde), topics (sakfrågor) and organisations (aktörer). Its API is this package: the records
 * {@link se.arenaregister.catalog.Area}, {@link se.arenaregister.catalog.Topic} and
 * {@link se.arenaregister.catalog.Organisation}; {@link se.arenaregister.catalog.Catalog}, which reads them; and
 * {@link se.arenaregister.catalog.CatalogService} with its forms, the one audited way to change them (the demo data
 * loads through it). The repositories are in {@code internal}, so no other module can save around the audit.
 * Uses audit and shared. Pages that list an organisation's or a topic's arenas ask
 * {@link se.arenaregister.catalog.RelatedArenas}, which the arena module implements, so this module never depends
 * on arenas. Publishes {@code area_overview}, {@code topic_overview} and {@code organisation_overview}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Catalog",
        allowedDependencies = {"audit", "security", "shared"})
package se.arenaregister.catalog;
