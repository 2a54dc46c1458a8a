package se.arenaregister.followup.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.security.UserCalendarTokens;
import se.arenaregister.shared.NotFoundException;

/**
 * The unguessable token in a user's personal calendar feed address, kept with the user's account by the
 * security module ({@link UserCalendarTokens}).
 * Calendar applications cannot log in, so whoever holds the address can read the feed; renewing the
 * token makes the old address stop working.
 */
@Component
@Transactional
public class CalendarTokens {

    /** 32 random bytes, URL-safe Base64 without padding: 43 characters. */
    static final int TOKEN_BYTES = 32;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserCalendarTokens accounts;

    CalendarTokens(UserCalendarTokens accounts) {
        this.accounts = accounts;
    }

    /** The enabled user whose feed this token opens, if any. */
    @Transactional(readOnly = true)
    public Optional<String> owner(String token) {
        if (token == null || !SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        return accounts.enabledUserWith(token);
    }

    /** The user's current token, if one has been created. */
    @Transactional(readOnly = true)
    public Optional<String> tokenOf(String username) {
        return accounts.tokenOf(username);
    }

    /** Creates or replaces the user's token and returns the new one. */
    public String renew(String username) {
        String token = newToken();
        if (!accounts.replace(username, token)) {
            throw new NotFoundException("user", username);
        }
        return token;
    }

    static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
