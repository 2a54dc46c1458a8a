package se.arenaregister.security.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be, wherever one is set (a new account, an administrator setting one, users changing their
 * own, {@code ADMIN_PASSWORD} at first start): {@value #MIN_LENGTH} to {@value Passwords#MAX_LENGTH} characters, not
 * one of the common passwords in {@code security/common-passwords.txt} (compared case-insensitively), and not
 * containing the account's user name (case-insensitively; only for user names of {@value #MIN_USERNAME_IN_PASSWORD}
 * characters or more, since a two-letter name is found inside most passphrases without making them weaker). Each
 * rule has its own message, so the form says which one a password breaks.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MIN_USERNAME_IN_PASSWORD = 3;
    static final String COMMON_PASSWORDS = "security/common-passwords.txt";

    /** A rule a password breaks, with the code of its message (the minimum length is the message's argument). */
    enum Breach {
        TOO_SHORT("user.password.tooShort"),
        TOO_LONG("user.password.tooLong"),
        COMMON("user.password.common"),
        CONTAINS_USERNAME("user.password.containsUsername");

        private final String code;

        Breach(String code) {
            this.code = code;
        }

        String code() {
            return code;
        }
    }

    private PasswordPolicy() {
    }

    /** The first rule {@code password} breaks for the account {@code username} (may be null: not known yet), if any. */
    static Optional<Breach> check(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of(Breach.TOO_SHORT);
        }
        if (Passwords.tooLong(password)) {
            return Optional.of(Breach.TOO_LONG);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (Common.PASSWORDS.contains(lower)) {
            return Optional.of(Breach.COMMON);
        }
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (name.length() >= MIN_USERNAME_IN_PASSWORD && lower.contains(name)) {
            return Optional.of(Breach.CONTAINS_USERNAME);
        }
        return Optional.empty();
    }

    /** How many common passwords are known (for tests and the start log). */
    static int commonPasswords() {
        return Common.PASSWORDS.size();
    }

    /** Read once, at first use. */
    private static final class Common {

        static final Set<String> PASSWORDS = read();

        private static Set<String> read() {
            InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS);
            if (in == null) {
                throw new IllegalStateException("The list of common passwords is missing from the application: " + COMMON_PASSWORDS);
            }
            Set<String> passwords = new HashSet<>(65_536);
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (!line.isEmpty() && !line.equals("#") && !line.startsWith("# ")) {
                        passwords.add(line.toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + COMMON_PASSWORDS, e);
            }
            return Set.copyOf(passwords);
        }
    }
}
