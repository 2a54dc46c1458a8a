package se.arenaregister.security;

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

/** The register's user accounts ({@code app_user}). */
@Service
class UserAccounts implements UserDetailsService, UserDetailsPasswordService {

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    @Transactional(readOnly = true)
    boolean anyExists() {
        return jdbc.sql("SELECT count(*) > 0 FROM app_user").query(Boolean.class).single();
    }

    @Transactional
    void create(String username, String passwordHash, String displayName, String role) {
        jdbc.sql("INSERT INTO app_user (username, password_hash, display_name, role) VALUES (:u, :p, :d, :r)")
                .param("u", username).param("p", passwordHash).param("d", displayName).param("r", role)
                .update();
    }
}
