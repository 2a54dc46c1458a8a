package se.arenaregister.shared.web;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The one-time form tokens ({@code form_submission}): claimed by the first POST, answered for every later one. */
@Component
class FormSubmissions {

    /** How long a used token is remembered: longer than anyone keeps a form open before pressing back and resending. */
    static final Duration KEPT = Duration.ofDays(2);

    private final JdbcClient jdbc;

    FormSubmissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True for the first submission with this token; false when someone already brought it. */
    boolean claim(UUID token, String username) {
        jdbc.sql("DELETE FROM form_submission WHERE submitted_at < now() - make_interval(secs => :kept)")
                .param("kept", KEPT.toSeconds()).update();
        return jdbc.sql("INSERT INTO form_submission (token, username) VALUES (:token, :username) ON CONFLICT (token) DO NOTHING")
                .param("token", token).param("username", username).update() == 1;
    }

    /** Where the first submission sent the browser, once it is done; empty while it is still being handled. */
    Optional<String> outcome(UUID token, String username) {
        return jdbc.sql("SELECT outcome FROM form_submission WHERE token = :token AND username = :username AND outcome IS NOT NULL")
                .param("token", token).param("username", username).query(String.class).optional();
    }

    void completed(UUID token, String location) {
        jdbc.sql("UPDATE form_submission SET outcome = :outcome WHERE token = :token")
                .param("outcome", location).param("token", token).update();
    }

    /** A refused submission stored nothing, so the token may be used again. */
    void release(UUID token) {
        jdbc.sql("DELETE FROM form_submission WHERE token = :token").param("token", token).update();
    }
}
