/**
 * Committees (nämnder), their decisions (beslut with diarienummer such as RUN/78/2022) and the terms
 * of office (mandatperioder). Uses audit and shared. Pages that list what a decision did ask
 * {@link se.arenaregister.governance.DecisionEffects}, implemented by the person module. Publishes
 * {@code committee_overview}, {@code decision_overview} and {@code term_overview}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Governance",
        allowedDependencies = {"audit", "shared"})
package se.arenaregister.governance;
