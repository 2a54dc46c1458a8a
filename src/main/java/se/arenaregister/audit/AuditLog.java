package se.arenaregister.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads the audit log. */
@Service
public class AuditLog {

    static final String SYSTEM_ACTOR = "system";
    private static final TypeReference<List<AuditEntry.Change>> CHANGES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void record(Audited event) {
        List<AuditEntry.Change> changes = diff(event.before(), event.after());
        if (changes.isEmpty() && (event.action() == Audited.Action.UPDATED || event.action() == Audited.Action.RESTORED)) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO audit_entry (actor, entity_type, entity_id, action, changes)
                        VALUES (:actor, :type, :id, :action, CAST(:changes AS jsonb))""")
                .param("actor", event.actor() != null ? event.actor() : currentActor())
                .param("type", event.entityType())
                .param("id", event.entityId())
                .param("action", event.action().name())
                .param("changes", json.writeValueAsString(changes))
                .update();
    }

    /** The entity's history, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> historyOf(String entityType, long entityId) {
        return jdbc.sql("""
                        SELECT id, occurred_at, actor, entity_type, entity_id, action, changes::text AS changes
                        FROM audit_entry WHERE entity_type = :type AND entity_id = :id
                        ORDER BY occurred_at DESC, id DESC""")
                .param("type", entityType)
                .param("id", entityId)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", java.time.OffsetDateTime.class),
                        rs.getString("actor"), rs.getString("entity_type"), rs.getLong("entity_id"),
                        Audited.Action.valueOf(rs.getString("action")), json.readValue(rs.getString("changes"), CHANGES)))
                .list();
    }

    /**
     * Replaces every recorded value of the entity's history with a marker, keeping who changed which
     * field and when: for erasing a person's data while the history stays consistent.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void redactValues(String entityType, long entityId, String marker) {
        jdbc.sql("""
                        UPDATE audit_entry SET changes = coalesce((
                            SELECT jsonb_agg(jsonb_build_object(
                                'field', c->>'field',
                                'before', CASE WHEN c->>'before' IS NULL THEN NULL ELSE :marker END,
                                'after', CASE WHEN c->>'after' IS NULL THEN NULL ELSE :marker END))
                            FROM jsonb_array_elements(changes) c), '[]'::jsonb)
                        WHERE entity_type = :type AND entity_id = :id""")
                .param("marker", marker).param("type", entityType).param("id", entityId)
                .update();
    }

    /** Who made the latest change to the entity, if anyone. */
    @Transactional(readOnly = true)
    public String lastActor(String entityType, long entityId) {
        return jdbc.sql("""
                        SELECT actor FROM audit_entry WHERE entity_type = :type AND entity_id = :id
                        ORDER BY occurred_at DESC, id DESC LIMIT 1""")
                .param("type", entityType)
                .param("id", entityId)
                .query(String.class)
                .optional()
                .orElse(SYSTEM_ACTOR);
    }

    static List<AuditEntry.Change> diff(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(after.keySet());
        fields.addAll(before.keySet());
        List<AuditEntry.Change> changes = new ArrayList<>();
        for (String field : fields) {
            String old = blankToNull(before.get(field));
            String now = blankToNull(after.get(field));
            if (!Objects.equals(old, now)) {
                changes.add(new AuditEntry.Change(field, old, now));
            }
        }
        return changes;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
            return SYSTEM_ACTOR;
        }
        return authentication.getName();
    }
}
