package se.arenaregister.security.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An existing account: name, role and whether it may log in. */
public record UserForm(@NotBlank @Size(max = 200) String displayName, @NotNull AccountRole role, boolean enabled, Long version) {

    public static UserForm of(UserAccount account) {
        return new UserForm(account.displayName(), account.role(), account.enabled(), account.version());
    }

    public UserForm withVersion(Long newVersion) {
        return new UserForm(displayName, role, enabled, newVersion);
    }
}
