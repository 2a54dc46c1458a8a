package se.arenaregister.audit;

import java.util.Map;

/**
 * Event: an entity was created, changed or archived. {@code before} and {@code after} are display
 * snapshots (field name → value as a person reads it); the audit log stores only what differs.
 * Published synchronously inside the changing transaction, so a change is never stored without its
 * audit entry, nor the other way round.
 */
public record Audited(String entityType, long entityId, Action action, Map<String, String> before, Map<String, String> after) {

    public enum Action { CREATED, UPDATED, ARCHIVED, RESTORED, DELETED, EXPORTED, ERASED }

    public static Audited created(String entityType, long id, Map<String, String> after) {
        return new Audited(entityType, id, Action.CREATED, Map.of(), after);
    }

    public static Audited updated(String entityType, long id, Map<String, String> before, Map<String, String> after) {
        return new Audited(entityType, id, Action.UPDATED, before, after);
    }
}
