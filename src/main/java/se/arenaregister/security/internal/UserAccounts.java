package se.arenaregister.security.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.audit.Labels;
import se.arenaregister.audit.Traceability;

/** The register's user accounts ({@code app_user}). */
@Service
class UserAccounts implements UserDetailsService, UserDetailsPasswordService {

    private final JdbcClient jdbc;
    private final Traceability trail;

    UserAccounts(JdbcClient jdbc, Traceability trail) {
        this.jdbc = jdbc;
        this.trail = trail;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE lower(username) = lower(:username)")
                .param("username", username).query(String.class).optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
        UserAccount account = jdbc.sql(AccountRows.SELECT + " WHERE lower(u.username) = lower(:username)")
                .param("username", username).query((rs, n) -> AccountRows.account(rs)).single();
        return User.withUsername(account.username()).password(hash).authorities(AccountRows.authorities(account))
                .disabled(!account.enabled()).build();
    }

    /** At login, a hash of an older kind (bcrypt) is replaced by one of the current kind; the account is otherwise unchanged. */
    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = :p WHERE lower(username) = lower(:u)")
                .param("p", newPasswordHash).param("u", user.getUsername()).update();
        return User.withUserDetails(user).password(newPasswordHash).build();
    }

    /**
     * Audits an attempt to log in as {@code username} (as typed): under the account's id, or 0 when no account has
     * that name.
     */
    @Transactional
    void recordLogin(String username, String address, String outcome) {
        long id = jdbc.sql("SELECT id FROM app_user WHERE lower(username) = lower(:username)").param("username", username)
                .query(Long.class).optional().orElse(0L);
        trail.loginAttempt(username, id, address, outcome);
    }

    @Transactional(readOnly = true)
    boolean anyExists() {
        return jdbc.sql("SELECT count(*) > 0 FROM app_user").query(Boolean.class).single();
    }

    /** An account made at start (the first administrator), with its roles. */
    @Transactional
    void create(String username, String passwordHash, String displayName, java.util.Set<AccountRole> roles) {
        long id = jdbc.sql("INSERT INTO app_user (username, password_hash, display_name) VALUES (:u, :p, :d) RETURNING id")
                .param("u", username).param("p", passwordHash).param("d", displayName).query(Long.class).single();
        AccountRows.replaceRoles(jdbc, id, roles, List.of());
        UserAccount created = jdbc.sql(AccountRows.SELECT + " WHERE u.id = :id").param("id", id)
                .query((rs, n) -> AccountRows.account(rs)).single();
        trail.createdWithSecrets(created, Labels.NONE, "password");
    }
}
