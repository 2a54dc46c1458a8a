package se.arenaregister.security.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new password, typed twice. {@code currentPassword} is asked for when users change their own (so that an
 * unattended session cannot), not when an administrator sets one.
 */
public record PasswordForm(
        String currentPassword,
        @NotBlank @Size(max = Passwords.MAX_LENGTH) String password,
        String passwordRepeat) {

    public static PasswordForm empty() {
        return new PasswordForm("", "", "");
    }
}
