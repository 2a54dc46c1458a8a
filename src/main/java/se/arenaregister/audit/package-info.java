/**
 * The one audit mechanism: modules publish {@link se.arenaregister.audit.Audited} inside the
 * transaction that makes a change; this module writes who, when and what (field by field, before
 * and after) in that same transaction, and answers the history of any entity.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package se.arenaregister.audit;
