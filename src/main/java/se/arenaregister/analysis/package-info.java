/**
 * Analysis: the figures the memo counts by hand, computed from the register and phrased as the memo
 * phrases them; the topics × levels coverage; hand-written analysis texts ({@code memo_text}) with flags where a
 * stated number contradicts the data; the network of arenas, organisations and people; and the register
 * compared at two dates. Uses arena, audit, catalog, followup and shared; in SQL it reads only its own table and
 * the views arena, catalog, person, followup and audit publish ({@code *_overview}, {@code audit_field_change}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Analysis",
        allowedDependencies = {"arena", "audit", "catalog", "followup", "shared"})
package se.arenaregister.analysis;
