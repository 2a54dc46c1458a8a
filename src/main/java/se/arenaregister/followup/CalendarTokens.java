package se.arenaregister.followup;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.audit.EntityType;
import se.arenaregister.audit.Traceability;
import se.arenaregister.shared.NotFoundException;

/**
 * The unguessable token in a user's personal calendar feed address ({@code app_user.calendar_token}).
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

    private final JdbcClient jdbc;
    private final Traceability trail;

    CalendarTokens(JdbcClient jdbc, Traceability trail) {
        this.jdbc = jdbc;
        this.trail = trail;
    }

    /** The enabled user whose feed this token opens, if any. */
    @Transactional(readOnly = true)
    public Optional<String> owner(String token) {
        if (token == null || !SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT username FROM app_user WHERE calendar_token = :token AND enabled")
                .param("token", token)
                .query(String.class)
                .optional();
    }

    /** The user's current token, if one has been created. */
    @Transactional(readOnly = true)
    public Optional<String> tokenOf(String username) {
        return jdbc.sql("SELECT calendar_token FROM app_user WHERE lower(username) = lower(:username) AND calendar_token IS NOT NULL")
                .param("username", username)
                .query(String.class)
                .optional();
    }

    /** Creates or replaces the user's token and returns the new one. */
    public String renew(String username) {
        String token = newToken();
        long user = jdbc.sql("UPDATE app_user SET calendar_token = :token WHERE lower(username) = lower(:username) RETURNING id")
                .param("token", token)
                .param("username", username)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("user", username));
        // The account's history says the feed address changed (an old one stops working), never the token.
        trail.secretChanged(EntityType.USER, user, "calendarToken");
        return token;
    }

    static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
