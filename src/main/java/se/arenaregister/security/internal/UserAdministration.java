package se.arenaregister.security.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.audit.Labels;
import se.arenaregister.audit.Traceability;
import se.arenaregister.security.AreaDirectory;
import se.arenaregister.security.Permissions;
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
    private final Permissions permissions;
    private final PasswordEncoder encoder;
    private final FormValidator validator;
    private final Traceability trail;
    private final AccountSessions sessions;

    private final ObjectProvider<AreaDirectory> areas;

    UserAdministration(JdbcClient jdbc, PasswordEncoder encoder, FormValidator validator, Traceability trail,
                       AccountSessions sessions, ObjectProvider<AreaDirectory> areas, Permissions permissions) {
        this.permissions = permissions;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.validator = validator;
        this.trail = trail;
        this.sessions = sessions;
        this.areas = areas;
    }

    /** The areas an account can be made editor of; empty when no module offers areas. */
    public List<AreaDirectory.Choice> areaChoices() {
        AreaDirectory directory = areas.getIfAvailable();
        return directory == null ? List.of() : directory.choices();
    }

    /** How the log names the areas an account edits: by their names, as the administrator chose them. */
    private Labels labels() {
        Map<Long, String> names = new HashMap<>();
        areaChoices().forEach(choice -> names.put(choice.id(), choice.label()));
        return Labels.<List<Long>>of("editorAreas", ids -> ids.isEmpty() ? null
                : String.join(", ", ids.stream().map(id -> names.getOrDefault(id, String.valueOf(id))).sorted().toList()));
    }

    private List<Rejection> roleRules(Set<AccountRole> roles, List<Long> editorAreas) {
        List<Rejection> rules = new ArrayList<>();
        if (roles.stream().noneMatch(AccountRole.TICKED::contains) && editorAreas.isEmpty()) {
            rules.add(new Rejection("roles", "user.roles.none"));
        }
        Set<Long> known = new HashSet<>();
        areaChoices().forEach(choice -> known.add(choice.id()));
        if (!known.containsAll(editorAreas)) {
            rules.add(new Rejection("editorAreas", "user.areas.unknown"));
        }
        return rules;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> all() {
        return jdbc.sql(AccountRows.SELECT + " ORDER BY NOT u.enabled, lower(u.display_name), lower(u.username)")
                .query((rs, n) -> AccountRows.account(rs)).list();
    }

    @Transactional(readOnly = true)
    public UserAccount get(long id) {
        return jdbc.sql(AccountRows.SELECT + " WHERE u.id = :id").param("id", id).query((rs, n) -> AccountRows.account(rs)).optional()
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Transactional(readOnly = true)
    public UserAccount byUsername(String username) {
        return find(username).orElseThrow(() -> new NotFoundException(ENTITY, username));
    }

    private java.util.Optional<UserAccount> find(String username) {
        return jdbc.sql(AccountRows.SELECT + " WHERE lower(u.username) = lower(:u)").param("u", username)
                .query((rs, n) -> AccountRows.account(rs)).optional();
    }

    @Transactional
    public UserAccount create(NewUserForm form) {
        permissions.requireAdministrator();
        List<Rejection> rules = new ArrayList<>(passwordRules(form.password(), form.passwordRepeat(), form.username()));
        if (form.username() != null && !form.username().isBlank() && find(form.username().strip()).isPresent()) {
            rules.add(new Rejection("username", "user.username.taken"));
        }
        rules.addAll(roleRules(form.roles(), form.editorAreas()));
        validator.check(form, rules);
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                            INSERT INTO app_user (username, password_hash, display_name, enabled)
                            VALUES (:u, :p, :d, TRUE)""")
                    .param("u", form.username().strip()).param("p", encoder.encode(form.password()))
                    .param("d", form.displayName().strip())
                    .update(keys, "id");
        } catch (DuplicateKeyException e) {
            // Two administrators making the same name at once: the unique index decides.
            throw InvalidInputException.of("username", "user.username.taken");
        }
        AccountRows.replaceRoles(jdbc, keys.getKeyAs(Long.class), form.roles(), form.editorAreas());
        UserAccount saved = get(keys.getKeyAs(Long.class));
        trail.createdWithSecrets(saved, labels(), "password");
        return saved;
    }

    @Transactional
    public UserAccount update(long id, UserForm form, String actingUser) {
        permissions.requireAdministrator();
        // The enabled administrators are locked for the check below: two of them demoting each other at the same
        // moment must not leave none.
        jdbc.sql("""
                SELECT u.id FROM app_user u JOIN account_role r ON r.user_id = u.id AND r.role = 'ADMIN'
                WHERE u.enabled FOR UPDATE OF u""").query(Long.class).list();
        UserAccount current = get(id);
        trail.requireVersion(current, form.version(), labels());
        List<Rejection> rules = new ArrayList<>();
        if (!form.enabled() && current.username().equalsIgnoreCase(actingUser)) {
            rules.add(new Rejection("enabled", "user.disableSelf"));
        }
        boolean staysEnabledAdmin = form.enabled() && form.roles().contains(AccountRole.ADMIN);
        if (current.enabled() && current.has(AccountRole.ADMIN) && !staysEnabledAdmin && otherEnabledAdmins(id) == 0) {
            rules.add(new Rejection(!form.roles().contains(AccountRole.ADMIN) ? "roles" : "enabled", "user.lastAdmin"));
        }
        rules.addAll(roleRules(form.roles(), form.editorAreas()));
        validator.check(form, rules);
        int updated = jdbc.sql("""
                        UPDATE app_user SET display_name = :d, enabled = :e, version = version + 1
                        WHERE id = :id AND version = :v""")
                .param("d", form.displayName().strip()).param("e", form.enabled())
                .param("id", id).param("v", form.version())
                .update();
        if (updated == 0) {
            throw trail.conflict(get(id), labels());
        }
        AccountRows.replaceRoles(jdbc, id, form.roles(), form.editorAreas());
        UserAccount saved = get(id);
        trail.updated(current, saved, labels());
        if (!saved.enabled() || !saved.roles().equals(current.roles()) || !saved.editorAreas().equals(current.editorAreas())) {
            // A disabled account is logged out now, not when its session times out; a new role takes effect at the next login.
            endSessions(saved.username());
        }
        return saved;
    }

    /** An administrator sets a new password (the user has forgotten it, or it may be known to others): the account's sessions end. */
    @Transactional
    public void setPassword(long id, PasswordForm form) {
        permissions.requireAdministrator();
        UserAccount current = get(id);
        validator.check(form, passwordRules(form.password(), form.passwordRepeat(), current.username()));
        storePassword(current, form.password());
        endSessions(current.username());
    }

    /** Ends every session of {@code username}, on every node: its next request goes to the login page. */
    private void endSessions(String username) {
        sessions.endFor(username);
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
        return jdbc.sql("""
                        SELECT count(*) FROM app_user u JOIN account_role r ON r.user_id = u.id AND r.role = 'ADMIN'
                        WHERE u.enabled AND u.id <> :id""").param("id", id)
                .query(Integer.class).single();
    }
}
