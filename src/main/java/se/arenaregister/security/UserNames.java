package se.arenaregister.security;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts as other modules may know them: the name on an account (follow-up's "mine" matches free-text responsible
 * fields by it), and the accounts by id and user name, for the person module, which links an account to a person.
 * Never a password hash or a role.
 */
@Service
public class UserNames {

    /** An account as another module sees it. */
    public record Account(long id, String username, String displayName, boolean enabled) {
    }

    private static final String ACCOUNTS = "SELECT id, username, display_name, enabled FROM app_user";

    private final JdbcClient jdbc;

    UserNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The display name on the account of {@code username}, whatever its case, if there is such an account. */
    @Transactional(readOnly = true)
    public Optional<String> displayNameOf(String username) {
        return jdbc.sql("SELECT display_name FROM app_user WHERE lower(username) = lower(:u)").param("u", username)
                .query(String.class).optional();
    }

    /** The account of {@code username}, whatever its case. */
    @Transactional(readOnly = true)
    public Optional<Account> account(String username) {
        return jdbc.sql(ACCOUNTS + " WHERE lower(username) = lower(:u)").param("u", username).query(UserNames::account).optional();
    }

    /** The account with this id. */
    @Transactional(readOnly = true)
    public Optional<Account> account(long id) {
        return jdbc.sql(ACCOUNTS + " WHERE id = :id").param("id", id).query(UserNames::account).optional();
    }

    /** Every account, enabled ones first, by display name. */
    @Transactional(readOnly = true)
    public List<Account> accounts() {
        return jdbc.sql(ACCOUNTS + " ORDER BY NOT enabled, lower(display_name), lower(username)").query(UserNames::account).list();
    }

    /**
     * The e-mail addresses of the enabled accounts among {@code ids} that have one, by account id: for the reminders
     * module, which mails a person at their account's address when the register holds none. One statement.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> emailsOf(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, String> emails = new java.util.HashMap<>();
        jdbc.sql("SELECT id, email FROM app_user WHERE id = ANY(:ids) AND enabled AND email IS NOT NULL")
                .param("ids", ids.toArray(Long[]::new))
                .query((java.sql.ResultSet rs) -> {
                    emails.put(rs.getLong("id"), rs.getString("email"));
                });
        return emails;
    }

    /**
     * The enabled accounts that edit one of {@code areaIds} (role AREA_EDITOR for exactly that area): for the reminders
     * module, which tells "everyone of an area" named on a note. One statement.
     */
    @Transactional(readOnly = true)
    public java.util.Set<Long> editorsOf(java.util.Collection<Long> areaIds) {
        if (areaIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("""
                        SELECT DISTINCT u.id FROM app_user u JOIN account_role r ON r.user_id = u.id
                        WHERE u.enabled AND r.role = 'AREA_EDITOR' AND r.area_id = ANY(:areas)""")
                .param("areas", areaIds.toArray(Long[]::new)).query(Long.class).list());
    }

    private static Account account(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), rs.getBoolean("enabled"));
    }
}
