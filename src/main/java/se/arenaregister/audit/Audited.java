package se.arenaregister.audit;

import java.util.Map;

/**
 * Event: an entity was created, changed or archived. {@code before} and {@code after} are display
 * snapshots (field name → value as a person reads it); the audit log stores only what differs.
 * Published synchronously inside the changing transaction, so a change is never stored without its
 * audit entry, nor the other way round. Modules do not build it: {@link Traceability} does, from the aggregate.
 */
public record Audited(String entityType, long entityId, Action action, Map<String, String> before, Map<String, String> after) {

    public enum Action { CREATED, UPDATED, ARCHIVED, RESTORED, DELETED, EXPORTED, ERASED }
}
