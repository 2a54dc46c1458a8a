/**
 * Analysis: the figures the memo counts by hand, computed from the register and phrased as the memo
 * phrases them; the coverage of topics by level and by geographic scope; hand-written analysis texts
 * ({@code memo_text}) with flags where a stated number contradicts the data; the network of arenas, organisations and people; and the register
 * compared at two dates. Its API is this package: {@link se.arenaregister.analysis.AreaAnalysis} with
 * {@link se.arenaregister.analysis.AreaFigures} and {@link se.arenaregister.analysis.RegisterChanges}, which the
 * report reads, {@link se.arenaregister.analysis.CoverageFigures} (a coverage cell as one figure, for a text to
 * state), and {@link se.arenaregister.analysis.MemoTexts} with its form, the audited way to write the texts
 * (the demo data loads through it). The queries behind the pages (coverage, network, stated numbers) are in
 * {@code internal}. Uses arena, audit, catalog, followup and shared; in SQL it reads only its own table and
 * the views arena, catalog, person, followup and audit publish ({@code *_overview}, {@code audit_field_change}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Analysis",
        allowedDependencies = {"arena", "audit", "catalog", "followup", "security", "shared"})
package se.arenaregister.analysis;
