package se.arenaregister.audit;

import java.util.Map;

/**
 * Event: an entity was created, changed or archived. {@code before} and {@code after} are display
 * snapshots (field name → value as a person reads it); the audit log stores only what differs.
 * Published synchronously inside the changing transaction, so a change is never stored without its
 * audit entry, nor the other way round. Modules do not build it: {@link Traceability} does, from the aggregate.
 * {@code actor} is null for a change by the logged-in user; it is given only where nobody is logged in yet (a login).
 */
public record Audited(String entityType, long entityId, Action action, Map<String, String> before, Map<String, String> after,
                      String actor) {

    /** {@link #LOGIN}: an attempt to log in, whatever its outcome (the entry's changes say which, and from where). */
    public enum Action { CREATED, UPDATED, ARCHIVED, RESTORED, DELETED, EXPORTED, ERASED, LOGIN }

    /** A change by whoever is logged in (the log reads the actor from the security context). */
    public Audited(String entityType, long entityId, Action action, Map<String, String> before, Map<String, String> after) {
        this(entityType, entityId, action, before, after, null);
    }
}
