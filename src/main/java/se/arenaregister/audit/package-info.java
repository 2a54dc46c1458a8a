/**
 * The one audit mechanism: modules hand every change to {@link se.arenaregister.audit.Traceability} inside the
 * transaction that makes it; this module writes who, when and what (field by field, before and after) in that same
 * transaction, refuses stale edits in one place, and answers the history of any entity. Uses only shared (the
 * edit-conflict exception).
 * Publishes {@code audit_entry_overview} and {@code audit_field_change} (one row per changed field) so that
 * readers need not parse the log's JSON.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {"shared"})
package se.arenaregister.audit;
