/**
 * Analysis: the figures the memo counts by hand, computed from the register and phrased as the memo
 * phrases them; the topics × levels coverage; hand-written analysis texts with flags where a stated
 * number contradicts the data; the network of arenas, organisations and people; and the register
 * compared at two dates. Uses arena, catalog, person, followup, audit and shared.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analysis")
package se.arenaregister.analysis;
