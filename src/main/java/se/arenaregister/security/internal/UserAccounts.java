package se.arenaregister.security.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
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
        return jdbc.sql("SELECT username, password_hash, role, enabled FROM app_user WHERE lower(username) = lower(:username)")
                .param("username", username)
                .query((rs, n) -> User.withUsername(rs.getString("username"))
                        .password(rs.getString("password_hash"))
                        .authorities(List.of(new SimpleGrantedAuthority("ROLE_" + rs.getString("role"))))
                        .disabled(!rs.getBoolean("enabled"))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
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

    @Transactional
    void create(String username, String passwordHash, String displayName, String role) {
        UserAccount created = jdbc.sql("""
                        INSERT INTO app_user (username, password_hash, display_name, role) VALUES (:u, :p, :d, :r)
                        RETURNING id, username, display_name, role, enabled, created_at, version""")
                .param("u", username).param("p", passwordHash).param("d", displayName).param("r", role)
                .query((rs, n) -> new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                        AccountRole.valueOf(rs.getString("role")), rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant(),
                        rs.getLong("version")))
                .single();
        trail.createdWithSecrets(created, Labels.NONE, "password");
    }
}
