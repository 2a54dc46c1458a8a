package se.arenaregister.security.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new account: its user name is fixed once made; the password is set by the administrator and told to the user. */
public record NewUserForm(
        @NotBlank @Pattern(regexp = "^$|^[A-Za-z0-9._@-]{2,100}$") String username,
        @NotBlank @Size(max = 200) String displayName,
        @NotNull AccountRole role,
        @NotBlank @Size(max = Passwords.MAX_LENGTH) String password,
        String passwordRepeat) {

    public static NewUserForm empty() {
        return new NewUserForm("", "", AccountRole.EDITOR, "", "");
    }
}
