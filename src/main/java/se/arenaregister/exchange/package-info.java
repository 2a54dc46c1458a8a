/**
 * The register in and out of spreadsheets: the arena list as XLSX (one sheet per area) and CSV, the
 * public data as open-data JSON, and import of XLSX/CSV files with the memo's appendix columns,
 * previewed before anything is written and then applied in one transaction through the arena
 * module's service (so validation and audit apply). Arenas carry their representatives: exports list today's
 * appointments (officials by role for the public), and an import's representatives column makes the appointments it
 * names through the person module's service. It offers no API to other modules: this package holds only
 * this description, the work is in {@code internal} and the pages and endpoints in {@code web}. Uses arena,
 * catalog, person and shared; no SQL of its own.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Exchange",
        allowedDependencies = {"arena", "catalog", "person", "shared"})
package se.arenaregister.exchange;
