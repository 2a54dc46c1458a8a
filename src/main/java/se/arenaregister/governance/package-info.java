/**
 * Committees (nämnder), their decisions (beslut with diarienummer such as RUN/78/2022) and the terms
 * of office (mandatperioder). Its API is this package: the records {@link se.arenaregister.governance.Committee},
 * {@link se.arenaregister.governance.Decision} and {@link se.arenaregister.governance.Term};
 * {@link se.arenaregister.governance.Governance}, which reads them; and
 * {@link se.arenaregister.governance.Decisions} and {@link se.arenaregister.governance.Terms}, the audited way to
 * record them (the demo data loads through them). The repositories are in {@code internal}, so no other module can
 * save around the audit. Agreements (överenskommelser, avtal) with their validity period:
 * {@link se.arenaregister.governance.Agreements} records and reads them. Uses audit, security and shared, and document:
 * decisions and agreements carry documents (it implements the document module's
 * {@link se.arenaregister.document.AttachmentOwner} for them). Pages that list what a decision did ask
 * {@link se.arenaregister.governance.DecisionEffects}, implemented by the person module. Publishes
 * {@code committee_overview}, {@code decision_overview}, {@code term_overview} and {@code agreement_overview}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Governance",
        allowedDependencies = {"audit", "document", "security", "shared"})
package se.arenaregister.governance;
