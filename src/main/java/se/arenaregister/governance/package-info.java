/**
 * Committees (nämnder), their decisions (beslut with diarienummer such as RUN/78/2022) and the terms
 * of office (mandatperioder). Uses shared and audit. Pages that list what a decision did ask
 * {@link se.arenaregister.governance.DecisionEffects}, implemented by the person module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Governance")
package se.arenaregister.governance;
