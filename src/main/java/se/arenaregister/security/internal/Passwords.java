package se.arenaregister.security.internal;

import java.util.Map;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed. Argon2 (Spring Security's, on Bouncy Castle) reads the whole password, where bcrypt reads
 * only the first 72 bytes and refuses longer ones; hashes made earlier with bcrypt still match and are re-hashed with
 * Argon2 at the next login. A password is at most {@link #MAX_LENGTH} characters: the forms say so, and a longer one
 * never matches, so no input can make hashing fail.
 */
final class Passwords {

    static final int MAX_LENGTH = 128;

    private static final String ARGON2 = "argon2@SpringSecurity_v5_8";

    private Passwords() {
    }

    static PasswordEncoder encoder() {
        PasswordEncoder delegating = new DelegatingPasswordEncoder(ARGON2, Map.of(
                ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
        return new Bounded(delegating);
    }

    static boolean tooLong(CharSequence password) {
        return password != null && password.length() > MAX_LENGTH;
    }

    private record Bounded(PasswordEncoder delegate) implements PasswordEncoder {

        @Override
        public String encode(CharSequence rawPassword) {
            if (tooLong(rawPassword)) {
                throw new IllegalArgumentException("Passwords are at most " + MAX_LENGTH + " characters");
            }
            return delegate.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            if (rawPassword == null || tooLong(rawPassword)) {
                return false;
            }
            try {
                return delegate.matches(rawPassword, encodedPassword);
            } catch (IllegalArgumentException unreadableHashOrTooLongForBcrypt) {
                return false;
            }
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return delegate.upgradeEncoding(encodedPassword);
        }
    }
}
