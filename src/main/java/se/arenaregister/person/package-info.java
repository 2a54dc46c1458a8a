/**
 * Who represents the organisation where: people (elected representatives and officials),
 * appointments to arenas by committee decisions, composition on any date, term change, time cost
 * and workload, companies' nominees, and GDPR export and erasure. Uses arena, audit, catalog, governance
 * and shared (in SQL, their published views); implements {@link se.arenaregister.arena.ArenaSeats} and
 * {@link se.arenaregister.governance.DecisionEffects}. Publishes {@code person_overview} (no contact details)
 * and {@code appointment_overview}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "People",
        allowedDependencies = {"arena", "audit", "catalog", "governance", "shared"})
package se.arenaregister.person;
