/**
 * Who represents the organisation where: people (elected representatives and officials),
 * appointments to arenas by committee decisions, composition on any date, term change, time cost
 * and workload, companies' nominees, and GDPR export and erasure. Its API is this package:
 * {@link se.arenaregister.person.PersonQueries} (read by follow-up), the person's value types
 * ({@link se.arenaregister.person.Role}, {@link se.arenaregister.person.PersonKind}) and the services
 * {@link se.arenaregister.person.People} and {@link se.arenaregister.person.Appointments} with their forms, the
 * audited way to change people and appointments (the demo data loads through them). The repositories are
 * package-private; workload and company queries are in {@code internal}. A person may be linked to one user account
 * ({@code person.account_id}, set by {@link se.arenaregister.person.People#linkAccount}, read by
 * {@link se.arenaregister.person.PersonQueries#personOfAccount}). Uses arena, audit, catalog, governance, security (the
 * accounts, through {@link se.arenaregister.security.UserNames}) and shared (in SQL, their published views);
 * implements {@link se.arenaregister.arena.ArenaSeats} and {@link se.arenaregister.governance.DecisionEffects}. Publishes {@code person_overview} (no contact details)
 * and {@code appointment_overview}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "People",
        allowedDependencies = {"arena", "audit", "catalog", "governance", "security", "shared"})
package se.arenaregister.person;
