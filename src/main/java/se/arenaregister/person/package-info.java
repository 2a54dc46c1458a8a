/**
 * Who represents the organisation where: people (elected representatives and officials),
 * appointments to arenas by committee decisions, composition on any date, term change, time cost
 * and workload, companies' nominees, and GDPR export and erasure. Uses arena, catalog, governance,
 * audit and shared; implements {@link se.arenaregister.arena.ArenaSeats} and
 * {@link se.arenaregister.governance.DecisionEffects}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package se.arenaregister.person;
