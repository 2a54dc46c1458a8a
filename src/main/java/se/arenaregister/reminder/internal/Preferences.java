package se.arenaregister.reminder.internal;

import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.audit.Labels;
import se.arenaregister.audit.Traceability;
import se.arenaregister.reminder.ReminderKind;

/**
 * Recipients' reminder choices: read, made on first need (with a fresh unsubscribe token), changed by the person on
 * {@code /me/reminders} or through the unsubscribe link. Every change is one audit entry.
 */
@Service
@Transactional
public class Preferences {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String COLUMNS = "SELECT person_id, language, opted_out, unsubscribe_token, version FROM reminder_preference";

    private final JdbcClient jdbc;
    private final Traceability trail;

    Preferences(JdbcClient jdbc, Traceability trail) {
        this.jdbc = jdbc;
        this.trail = trail;
    }

    /** The person's choices, made with the defaults (Swedish, every kind) and a new token if they have none yet. */
    public ReminderPreference of(long personId) {
        Optional<ReminderPreference> made = jdbc.sql("""
                        INSERT INTO reminder_preference (person_id, unsubscribe_token) VALUES (:person, :token)
                        ON CONFLICT (person_id) DO NOTHING
                        RETURNING person_id, language, opted_out, unsubscribe_token, version""")
                .param("person", personId).param("token", newToken())
                .query(Preferences::preference).optional();
        made.ifPresent(created -> trail.createdWithSecrets(created, Labels.NONE, "unsubscribeToken"));
        return made.orElseGet(() -> jdbc.sql(COLUMNS + " WHERE person_id = :person").param("person", personId)
                .query(Preferences::preference).single());
    }

    /** The person's choices if they have any stored (none until a mail or a change makes them). */
    @Transactional(readOnly = true)
    public Optional<ReminderPreference> find(long personId) {
        return jdbc.sql(COLUMNS + " WHERE person_id = :person").param("person", personId).query(Preferences::preference).optional();
    }

    @Transactional(readOnly = true)
    public Optional<ReminderPreference> byToken(String token) {
        if (token == null || token.length() < 40 || token.length() > 64) {
            return Optional.empty();
        }
        return jdbc.sql(COLUMNS + " WHERE unsubscribe_token = :token").param("token", token).query(Preferences::preference).optional();
    }

    /** The signed-in person's new choices, refused (edit conflict) if based on another version than the stored one. */
    public ReminderPreference update(long personId, String language, Set<ReminderKind> optedOut, Long version) {
        ReminderPreference before = of(personId);
        trail.requireVersion(before, version, Labels.NONE);
        return store(before, language, optedOut);
    }

    /** Opts the token's holder out of {@code kind} (every kind when null); the link needs no login. */
    public ReminderPreference unsubscribe(ReminderPreference before, ReminderKind kind) {
        Set<ReminderKind> out = kinds(before.optedOut());
        if (kind == null) {
            out.addAll(EnumSet.allOf(ReminderKind.class));
        } else {
            out.add(kind);
        }
        return store(before, before.language(), out);
    }

    /** Takes back an unsubscription made through the link: {@code kind} (every kind when null) is wanted again. */
    public ReminderPreference resubscribe(ReminderPreference before, ReminderKind kind) {
        Set<ReminderKind> out = kinds(before.optedOut());
        if (kind == null) {
            out.clear();
        } else {
            out.remove(kind);
        }
        return store(before, before.language(), out);
    }

    private ReminderPreference store(ReminderPreference before, String language, Set<ReminderKind> optedOut) {
        ReminderPreference after = jdbc.sql("""
                        UPDATE reminder_preference SET language = :language, opted_out = CAST(:out AS varchar[]), version = version + 1
                        WHERE person_id = :person AND version = :version
                        RETURNING person_id, language, opted_out, unsubscribe_token, version""")
                .param("language", language).param("out", optedOut.stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("person", before.id()).param("version", before.version())
                .query(Preferences::preference).optional()
                .orElseThrow(() -> trail.conflict(jdbc.sql(COLUMNS + " WHERE person_id = :person").param("person", before.id())
                        .query(Preferences::preference).single(), Labels.NONE));
        if (!after.language().equals(before.language()) || !after.optedOut().equals(before.optedOut())) {
            trail.updated(before, after);
        }
        return after;
    }

    private static Set<ReminderKind> kinds(Set<ReminderKind> kinds) {
        return kinds.isEmpty() ? EnumSet.noneOf(ReminderKind.class) : EnumSet.copyOf(kinds);
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static ReminderPreference preference(ResultSet rs, int n) throws SQLException {
        return new ReminderPreference(rs.getLong("person_id"), rs.getString("language"), optedOut(rs.getArray("opted_out")),
                rs.getString("unsubscribe_token"), rs.getLong("version"));
    }

    static Set<ReminderKind> optedOut(Array array) throws SQLException {
        Set<ReminderKind> kinds = EnumSet.noneOf(ReminderKind.class);
        if (array != null) {
            for (Object name : (Object[]) array.getArray()) {
                kinds.add(ReminderKind.valueOf((String) name));
            }
        }
        return kinds;
    }
}
