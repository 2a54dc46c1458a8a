package se.arenaregister.security.internal;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new account: its user name is fixed once made; the password is set by the administrator and told to the user.
 * Roles as in {@link UserForm}.
 */
public record NewUserForm(
        @NotBlank @Pattern(regexp = "^$|^[A-Za-z0-9._@-]{2,100}$") String username,
        @NotBlank @Size(max = 200) String displayName,
        Set<AccountRole> roles,
        List<Long> editorAreas,
        @NotBlank @Size(max = Passwords.MAX_LENGTH) String password,
        String passwordRepeat) {

    public NewUserForm {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        editorAreas = editorAreas == null ? List.of() : editorAreas.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** An account with one role and no areas. */
    public NewUserForm(String username, String displayName, AccountRole role, String password, String passwordRepeat) {
        this(username, displayName, role == null ? Set.of() : Set.of(role), List.of(), password, passwordRepeat);
    }

    public static NewUserForm empty() {
        return new NewUserForm("", "", Set.of(AccountRole.READER), List.of(), "", "");
    }
}
