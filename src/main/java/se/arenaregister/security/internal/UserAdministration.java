package se.arenaregister.security.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.audit.Labels;
import se.arenaregister.audit.Traceability;
import se.arenaregister.shared.FormValidator;
import se.arenaregister.shared.InvalidInputException.Rejection;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.NotFoundException;

/**
 * Accounts as the administrator manages them, and a user's own password. Rules: user names are unique whatever
 * their case; passwords follow {@link PasswordPolicy} (at least {@value #MIN_PASSWORD} characters, not a common one, not
 * containing the user name) and are typed twice; there is always an
 * enabled administrator (the last one can be neither demoted nor disabled), and nobody disables their own account.
 * Every change is audited without the password hash ("password" is recorded as changed, nothing more).
 */
@Service
public class UserAdministration {

    public static final int MIN_PASSWORD = PasswordPolicy.MIN_LENGTH;
    static final String ENTITY = "user";

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final FormValidator validator;
    private final Traceability trail;
    private final SessionRegistry sessions;

    UserAdministration(JdbcClient jdbc, PasswordEncoder encoder, FormValidator validator, Traceability trail,
                       SessionRegistry sessions) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.validator = validator;
        this.trail = trail;
        this.sessions = sessions;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> all() {
        return jdbc.sql("SELECT * FROM app_user ORDER BY NOT enabled, lower(display_name), lower(username)")
                .query((rs, n) -> account(rs)).list();
    }

    @Transactional(readOnly = true)
    public UserAccount get(long id) {
        return jdbc.sql("SELECT * FROM app_user WHERE id = :id").param("id", id).query((rs, n) -> account(rs)).optional()
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Transactional(readOnly = true)
    public UserAccount byUsername(String username) {
        return find(username).orElseThrow(() -> new NotFoundException(ENTITY, username));
    }

    private java.util.Optional<UserAccount> find(String username) {
        return jdbc.sql("SELECT * FROM app_user WHERE lower(username) = lower(:u)").param("u", username)
                .query((rs, n) -> account(rs)).optional();
    }

    @Transactional
    public UserAccount create(NewUserForm form) {
        List<Rejection> rules = new ArrayList<>(passwordRules(form.password(), form.passwordRepeat(), form.username()));
        if (form.username() != null && !form.username().isBlank() && find(form.username().strip()).isPresent()) {
            rules.add(new Rejection("username", "user.username.taken"));
        }
        validator.check(form, rules);
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                            INSERT INTO app_user (username, password_hash, display_name, role, enabled)
                            VALUES (:u, :p, :d, :r, TRUE)""")
                    .param("u", form.username().strip()).param("p", encoder.encode(form.password()))
                    .param("d", form.displayName().strip()).param("r", form.role().name())
                    .update(keys, "id");
        } catch (DuplicateKeyException e) {
            // Two administrators making the same name at once: the unique index decides.
            throw InvalidInputException.of("username", "user.username.taken");
        }
        UserAccount saved = get(keys.getKeyAs(Long.class));
        trail.createdWithSecrets(saved, Labels.NONE, "password");
        return saved;
    }

    @Transactional
    public UserAccount update(long id, UserForm form, String actingUser) {
        // The enabled administrators are locked for the check below: two of them demoting each other at the same
        // moment must not leave none.
        jdbc.sql("SELECT id FROM app_user WHERE role = 'ADMIN' AND enabled FOR UPDATE").query(Long.class).list();
        UserAccount current = get(id);
        trail.requireVersion(current, form.version(), Labels.NONE);
        List<Rejection> rules = new ArrayList<>();
        if (!form.enabled() && current.username().equalsIgnoreCase(actingUser)) {
            rules.add(new Rejection("enabled", "user.disableSelf"));
        }
        boolean staysEnabledAdmin = form.enabled() && form.role() == AccountRole.ADMIN;
        if (current.enabled() && current.role() == AccountRole.ADMIN && !staysEnabledAdmin && otherEnabledAdmins(id) == 0) {
            rules.add(new Rejection(form.role() != AccountRole.ADMIN ? "role" : "enabled", "user.lastAdmin"));
        }
        validator.check(form, rules);
        int updated = jdbc.sql("""
                        UPDATE app_user SET display_name = :d, role = :r, enabled = :e, version = version + 1
                        WHERE id = :id AND version = :v""")
                .param("d", form.displayName().strip()).param("r", form.role().name()).param("e", form.enabled())
                .param("id", id).param("v", form.version())
                .update();
        if (updated == 0) {
            throw trail.conflict(get(id), Labels.NONE);
        }
        UserAccount saved = get(id);
        trail.updated(current, saved);
        if (!saved.enabled() || saved.role() != current.role()) {
            // A disabled account is logged out now, not when its session times out; a new role takes effect at the next login.
            endSessions(saved.username());
        }
        return saved;
    }

    /** An administrator sets a new password (the user has forgotten it, or it may be known to others): the account's sessions end. */
    @Transactional
    public void setPassword(long id, PasswordForm form) {
        UserAccount current = get(id);
        validator.check(form, passwordRules(form.password(), form.passwordRepeat(), current.username()));
        storePassword(current, form.password());
        endSessions(current.username());
    }

    /** Ends every session of {@code username}: its next request goes to the login page. */
    private void endSessions(String username) {
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof org.springframework.security.core.userdetails.UserDetails details
                    && details.getUsername().equalsIgnoreCase(username)) {
                sessions.getAllSessions(principal, false).forEach(org.springframework.security.core.session.SessionInformation::expireNow);
            }
        }
    }

    /** Users change their own password, giving the current one. */
    @Transactional
    public void changeOwnPassword(String username, PasswordForm form) {
        UserAccount current = byUsername(username);
        List<Rejection> rules = new ArrayList<>(passwordRules(form.password(), form.passwordRepeat(), current.username()));
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE id = :id").param("id", current.id())
                .query(String.class).single();
        if (form.currentPassword() == null || !encoder.matches(form.currentPassword(), hash)) {
            rules.add(new Rejection("currentPassword", "user.password.wrong"));
        }
        validator.check(form, rules);
        storePassword(current, form.password());
    }

    private void storePassword(UserAccount current, String password) {
        jdbc.sql("UPDATE app_user SET password_hash = :p, version = version + 1 WHERE id = :id")
                .param("p", encoder.encode(password)).param("id", current.id()).update();
        trail.secretChanged(current, "password");
    }

    /**
     * The password policy's rule that the password breaks, if any, and the repeat. A blank password and one over the
     * maximum are left to the form's own constraints ({@code NotBlank}, {@code Size}), so that a field says one thing.
     */
    private static List<Rejection> passwordRules(String password, String repeat, String username) {
        List<Rejection> rules = new ArrayList<>();
        if (password != null && !password.isBlank() && !Passwords.tooLong(password)) {
            PasswordPolicy.check(password, username)
                    .ifPresent(breach -> rules.add(breach == PasswordPolicy.Breach.TOO_SHORT
                            ? new Rejection("password", breach.code(), MIN_PASSWORD) : new Rejection("password", breach.code())));
        }
        if (password != null && !password.isBlank() && !Objects.equals(password, repeat)) {
            rules.add(new Rejection("passwordRepeat", "user.password.mismatch"));
        }
        return rules;
    }

    private int otherEnabledAdmins(long id) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE role = 'ADMIN' AND enabled AND id <> :id").param("id", id)
                .query(Integer.class).single();
    }

    private static UserAccount account(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                AccountRole.valueOf(rs.getString("role")), rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant(),
                rs.getLong("version"));
    }
}
