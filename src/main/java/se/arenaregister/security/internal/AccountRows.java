package se.arenaregister.security.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import se.arenaregister.security.Permissions;

/** An account with its roles in one statement ({@code app_user} and {@code account_role}), and how roles are stored. */
final class AccountRows {

    static final String SELECT = """
            SELECT u.id, u.username, u.display_name, u.enabled, u.created_at, u.version,
                   ARRAY(SELECT r.role FROM account_role r WHERE r.user_id = u.id AND r.area_id IS NULL) AS roles,
                   ARRAY(SELECT r.area_id FROM account_role r WHERE r.user_id = u.id AND r.area_id IS NOT NULL
                         ORDER BY r.area_id) AS areas
            FROM app_user u
            """;

    private AccountRows() {
    }

    static UserAccount account(ResultSet rs) throws SQLException {
        List<Long> areas = new ArrayList<>();
        for (Object area : (Object[]) rs.getArray("areas").getArray()) {
            areas.add(((Number) area).longValue());
        }
        Set<AccountRole> roles = EnumSet.noneOf(AccountRole.class);
        Array stored = rs.getArray("roles");
        for (Object role : (Object[]) stored.getArray()) {
            roles.add(AccountRole.valueOf((String) role));
        }
        if (!areas.isEmpty()) {
            roles.add(AccountRole.AREA_EDITOR);
        }
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), roles, areas,
                rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant(), rs.getLong("version"));
    }

    /** Replaces the account's roles: {@code roles} without {@link AccountRole#AREA_EDITOR}, which {@code areas} give. */
    static void replaceRoles(JdbcClient jdbc, long userId, Collection<AccountRole> roles, Collection<Long> areas) {
        jdbc.sql("DELETE FROM account_role WHERE user_id = :id").param("id", userId).update();
        for (AccountRole role : withoutAreaEditor(roles)) {
            jdbc.sql("INSERT INTO account_role (user_id, role) VALUES (:id, :role)").param("id", userId).param("role", role.name())
                    .update();
        }
        for (Long area : new TreeSet<>(areas)) {
            jdbc.sql("INSERT INTO account_role (user_id, role, area_id) VALUES (:id, 'AREA_EDITOR', :area)").param("id", userId)
                    .param("area", area).update();
        }
    }

    private static Collection<AccountRole> withoutAreaEditor(Collection<AccountRole> roles) {
        EnumSet<AccountRole> ticked = EnumSet.noneOf(AccountRole.class);
        roles.stream().filter(role -> role != AccountRole.AREA_EDITOR).forEach(ticked::add);
        return ticked;
    }

    /**
     * What Spring Security is told the account may do: {@code ROLE_<role>} for each role (the hierarchy adds what a
     * role implies) and {@code AREA_<id>} for each area the account edits.
     */
    static List<GrantedAuthority> authorities(UserAccount account) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        account.orderedRoles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        account.editorAreas().forEach(area -> authorities.add(new SimpleGrantedAuthority(Permissions.AREA_PREFIX + area)));
        return authorities;
    }
}
