/**
 * The one audit mechanism: modules publish {@link se.arenaregister.audit.Audited} inside the
 * transaction that makes a change; this module writes who, when and what (field by field, before
 * and after) in that same transaction, and answers the history of any entity. Depends on no other module.
 * Publishes {@code audit_entry_overview} and {@code audit_field_change} (one row per changed field) so that
 * readers need not parse the log's JSON.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {})
package se.arenaregister.audit;
