package se.arenaregister.security.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import se.arenaregister.audit.EntityType;
import se.arenaregister.audit.Traced;

/**
 * An account as the administrator sees it; never the password hash. {@code roles} holds {@link AccountRole#AREA_EDITOR}
 * exactly when {@code editorAreas} names areas.
 */
@Traced(value = EntityType.USER, tables = {"app_user", "account_role"})
public record UserAccount(long id, String username, String displayName, Set<AccountRole> roles, List<Long> editorAreas,
                          boolean enabled, @Traced.Omitted Instant createdAt, long version) {

    public UserAccount {
        roles = Set.copyOf(roles);
        editorAreas = List.copyOf(editorAreas);
    }

    public boolean has(AccountRole role) {
        return roles.contains(role);
    }

    /** The roles in the order the administrator reads them. */
    public List<AccountRole> orderedRoles() {
        return java.util.Arrays.stream(AccountRole.values()).filter(roles::contains).toList();
    }
}
