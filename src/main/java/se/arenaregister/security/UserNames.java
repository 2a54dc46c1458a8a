package se.arenaregister.security;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The name on a user's account, for modules that match people by name (follow-up's "mine": responsible fields hold names). */
@Service
public class UserNames {

    private final JdbcClient jdbc;

    UserNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The display name on the account of {@code username}, whatever its case, if there is such an account. */
    @Transactional(readOnly = true)
    public Optional<String> displayNameOf(String username) {
        return jdbc.sql("SELECT display_name FROM app_user WHERE lower(username) = lower(:u)").param("u", username)
                .query(String.class).optional();
    }
}
