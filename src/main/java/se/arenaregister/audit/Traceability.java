package se.arenaregister.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import se.arenaregister.shared.EditConflictException;

/**
 * The one way a change reaches the audit log: a module hands over the aggregate before and after, and this
 * writes who, when and what changed, field by field, in the changing transaction (the entry is an
 * {@link Audited} event, recorded synchronously by {@link AuditLog}). The entity type comes from the
 * aggregate's {@link Traced} annotation, the snapshot from its components. It is also where a stale edit is
 * refused: the stored version against the submitted one, with the stored values and who stored them.
 */
@Service
public class Traceability {

    /** Written for a secret that changed (a password, a calendar token); the secret itself never is. */
    public static final String SECRET_CHANGED = "••••••";

    /** A user name typed at login is kept to this length as the actor (account names are at most 100 characters). */
    static final int LOGIN_ACTOR_LENGTH = 100;

    private final ApplicationEventPublisher events;
    private final AuditLog auditLog;

    Traceability(ApplicationEventPublisher events, AuditLog auditLog) {
        this.events = events;
        this.auditLog = auditLog;
    }

    public void created(Object aggregate) {
        created(aggregate, Labels.NONE);
    }

    public void created(Object aggregate, Labels labels) {
        publish(aggregate, Audited.Action.CREATED, Map.of(), Snapshots.of(aggregate, labels));
    }

    /** A creation that also set secrets: each is logged as set, never with its value. */
    public void createdWithSecrets(Object aggregate, Labels labels, String... secrets) {
        Map<String, String> after = Snapshots.of(aggregate, labels);
        for (String secret : secrets) {
            after.put(secret, SECRET_CHANGED);
        }
        publish(aggregate, Audited.Action.CREATED, Map.of(), after);
    }

    public void updated(Object before, Object after) {
        updated(before, after, Labels.NONE);
    }

    public void updated(Object before, Object after, Labels labels) {
        changed(Audited.Action.UPDATED, before, after, labels);
    }

    public void archived(Object before, Object after, Labels labels) {
        changed(Audited.Action.ARCHIVED, before, after, labels);
    }

    public void restored(Object before, Object after, Labels labels) {
        changed(Audited.Action.RESTORED, before, after, labels);
    }

    public void deleted(Object aggregate, Labels labels) {
        publish(aggregate, Audited.Action.DELETED, Snapshots.of(aggregate, labels), Map.of());
    }

    /** A secret of the aggregate was replaced (the rest of it unchanged). */
    public void secretChanged(Object aggregate, String secret) {
        secretChanged(Snapshots.type(aggregate), Snapshots.id(aggregate), secret);
    }

    /** A secret another module keeps on the aggregate was replaced (a user's calendar token, kept by follow-up). */
    public void secretChanged(EntityType type, long id, String secret) {
        Map<String, String> before = new LinkedHashMap<>();
        before.put(secret, null);
        events.publishEvent(new Audited(type.key(), id, Audited.Action.UPDATED, before, Map.of(secret, SECRET_CHANGED)));
    }

    /** Someone read out the aggregate's data (who and when; nothing else). */
    public void exported(Object aggregate) {
        publish(aggregate, Audited.Action.EXPORTED, Map.of(), Map.of());
    }

    /**
     * The aggregate's personal data was erased: every value in its history becomes {@code marker} (who changed
     * which field when stays), and the erasure is logged without values.
     */
    public void erased(Object aggregate, String marker) {
        auditLog.redactValues(Snapshots.type(aggregate).key(), Snapshots.id(aggregate), marker);
        publish(aggregate, Audited.Action.ERASED, Map.of(), Map.of());
    }

    /**
     * Something that happened to another module's aggregate, logged in that aggregate's history as one field
     * set (an arena's new verdict, recorded by the follow-up module).
     */
    public void noted(EntityType type, long id, String field, String value) {
        events.publishEvent(new Audited(type.key(), id, Audited.Action.UPDATED, Map.of(), Map.of(field, value)));
    }

    /**
     * An attempt to log in as {@code username} from {@code address}, with its outcome: logged as {@link EntityType#LOGIN}
     * entity {@code accountId} (0: no such account), with the name as typed as the actor. Needs a transaction, like
     * every entry.
     */
    public void loginAttempt(String username, long accountId, String address, String outcome) {
        Map<String, String> after = new LinkedHashMap<>();
        after.put("outcome", outcome);
        after.put("address", address);
        events.publishEvent(new Audited(EntityType.LOGIN.key(), accountId, Audited.Action.LOGIN, Map.of(), after,
                LOGIN_ACTOR_LENGTH < username.length() ? username.substring(0, LOGIN_ACTOR_LENGTH) : username));
    }

    /** Refuses a change based on another version than the stored one. */
    public void requireVersion(Object stored, Long submitted, Labels labels) {
        if (submitted == null || submitted != Snapshots.version(stored)) {
            throw conflict(stored, labels);
        }
    }

    /** The stored aggregate's version and values, and who last changed it: for a change that came too late. */
    public EditConflictException conflict(Object stored, Labels labels) {
        return new EditConflictException(Snapshots.version(stored), Snapshots.of(stored, labels),
                auditLog.lastActor(Snapshots.type(stored).key(), Snapshots.id(stored)));
    }

    /** The values as the log and the conflict view show them, for an aggregate not (yet) stored. */
    public Map<String, String> snapshotOf(Object aggregate, Labels labels) {
        return Snapshots.of(aggregate, labels);
    }

    private void changed(Audited.Action action, Object before, Object after, Labels labels) {
        if (!Objects.equals(Snapshots.type(before), Snapshots.type(after)) || Snapshots.id(before) != Snapshots.id(after)) {
            throw new IllegalArgumentException("Before and after are not the same " + Snapshots.type(after).key());
        }
        publish(after, action, Snapshots.of(before, labels), Snapshots.of(after, labels));
    }

    private void publish(Object aggregate, Audited.Action action, Map<String, String> before, Map<String, String> after) {
        events.publishEvent(new Audited(Snapshots.type(aggregate).key(), Snapshots.id(aggregate), action, before, after));
    }
}
