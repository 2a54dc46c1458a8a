package se.arenaregister.security;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.audit.EntityType;
import se.arenaregister.audit.Traceability;

/**
 * Where a user's calendar feed token is kept ({@code app_user.calendar_token}), for the follow-up module's feeds:
 * the account table stays this module's. Making and checking tokens is the caller's business.
 */
@Component
@Transactional
public class UserCalendarTokens {

    private final JdbcClient jdbc;
    private final Traceability trail;

    UserCalendarTokens(JdbcClient jdbc, Traceability trail) {
        this.jdbc = jdbc;
        this.trail = trail;
    }

    /** The enabled user holding this token, if any. */
    @Transactional(readOnly = true)
    public Optional<String> enabledUserWith(String token) {
        return jdbc.sql("SELECT username FROM app_user WHERE calendar_token = :token AND enabled")
                .param("token", token)
                .query(String.class)
                .optional();
    }

    /** The user's token, if one has been stored. */
    @Transactional(readOnly = true)
    public Optional<String> tokenOf(String username) {
        return jdbc.sql("SELECT calendar_token FROM app_user WHERE lower(username) = lower(:username) AND calendar_token IS NOT NULL")
                .param("username", username)
                .query(String.class)
                .optional();
    }

    /** Stores the user's new token in place of the old one; false if there is no such user. */
    public boolean replace(String username, String token) {
        Optional<Long> user = jdbc.sql("UPDATE app_user SET calendar_token = :token WHERE lower(username) = lower(:username) RETURNING id")
                .param("token", token)
                .param("username", username)
                .query(Long.class)
                .optional();
        // The account's history says the feed address changed (an old one stops working), never the token.
        user.ifPresent(id -> trail.secretChanged(EntityType.USER, id, "calendarToken"));
        return user.isPresent();
    }
}
