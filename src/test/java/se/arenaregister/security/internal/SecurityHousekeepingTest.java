package se.arenaregister.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.support.IntegrationTest;

/**
 * The housekeeping job (every minute in production; off on a schedule in tests) deletes expired sessions and keeps the
 * live ones. It once failed on every run outside the tests: it looked the session store up by a type the store's bean
 * definition does not declare.
 */
@IntegrationTest
class SecurityHousekeepingTest {

    @Autowired
    SecurityHousekeeping housekeeping;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theJobDeletesExpiredSessionsAndKeepsLiveOnes() {
        String expired = session(System.currentTimeMillis() - 60_000);
        String live = session(System.currentTimeMillis() + 600_000);
        try {
            housekeeping.cleanUp();

            assertThat(exists(expired)).as("expired a minute ago").isFalse();
            assertThat(exists(live)).as("expires in ten minutes").isTrue();
        } finally {
            jdbc.sql("DELETE FROM security_session WHERE primary_id IN (:ids)").param("ids", java.util.List.of(expired, live)).update();
        }
    }

    private String session(long expiry) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                        INSERT INTO security_session (primary_id, session_id, creation_time, last_access_time, max_inactive_interval, expiry_time)
                        VALUES (:id, :session, :now, :now, 1800, :expiry)""")
                .param("id", id).param("session", UUID.randomUUID().toString()).param("now", System.currentTimeMillis())
                .param("expiry", expiry).update();
        return id;
    }

    private boolean exists(String id) {
        return jdbc.sql("SELECT count(*) FROM security_session WHERE primary_id = :id").param("id", id).query(Integer.class).single() > 0;
    }
}
