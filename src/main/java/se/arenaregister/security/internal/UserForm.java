package se.arenaregister.security.internal;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An existing account: name, roles (several may be ticked), the areas it edits, and whether it may log in. At least
 * one role or area: an account without one could sign in and do nothing, not even read.
 */
public record UserForm(@NotBlank @Size(max = 200) String displayName, Set<AccountRole> roles, List<Long> editorAreas,
                       boolean enabled, Long version) {

    public UserForm {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        editorAreas = editorAreas == null ? List.of() : editorAreas.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** An account with one role and no areas. */
    public UserForm(String displayName, AccountRole role, boolean enabled, Long version) {
        this(displayName, role == null ? Set.of() : Set.of(role), List.of(), enabled, version);
    }

    public static UserForm of(UserAccount account) {
        return new UserForm(account.displayName(), account.roles(), account.editorAreas(), account.enabled(), account.version());
    }

    public UserForm withVersion(Long newVersion) {
        return new UserForm(displayName, roles, editorAreas, enabled, newVersion);
    }
}
