package se.arenaregister.audit;

import java.time.OffsetDateTime;
import java.util.List;

/** One line of an entity's history. */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, String entityType, long entityId,
                         Audited.Action action, List<Change> changes) {

    public record Change(String field, String before, String after) {
    }
}
