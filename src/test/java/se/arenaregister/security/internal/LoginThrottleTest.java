package se.arenaregister.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.support.QuerySlice;

/**
 * The throttle's rules on a clock the test moves: counts, locks that double up to the cap, resets. Against its table in
 * PostgreSQL (each test in a transaction that is rolled back, starting from an empty table).
 */
@QuerySlice
class LoginThrottleTest {

    static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-03-10T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Stockholm");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();
    @Autowired
    JdbcClient jdbc;
    private LoginThrottle throttle;

    @BeforeEach
    void emptyTable() {
        jdbc.sql("DELETE FROM security_login_throttle").update();
        throttle = new LoginThrottle(jdbc, LoginThrottle.Settings.DEFAULTS, clock);
    }

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }

    @Test
    void fiveFailuresLockTheUserNameWhateverItsCaseForAMinute() {
        fail("Anna", "192.0.2.1", 4);
        assertThat(throttle.lockedFor("anna", "192.0.2.2")).isEmpty();
        throttle.failed("ANNA", "192.0.2.3");
        assertThat(throttle.lockedFor("anna", "192.0.2.4")).contains(Duration.ofMinutes(1));
        assertThat(throttle.lockedFor("bertil", "192.0.2.4")).as("another name from another address").isEmpty();
        clock.advance(Duration.ofSeconds(59));
        assertThat(throttle.lockedFor("Anna", null)).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.lockedFor("Anna", null)).as("the lock has run out").isEmpty();
    }

    @Test
    void eachNextLockLastsTwiceAsLongUpToTheCapAndIsForgottenAfterAQuietSpell() {
        Duration[] expected = {Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8),
                Duration.ofMinutes(15), Duration.ofMinutes(15)};
        for (Duration lock : expected) {
            fail("cecilia", null, 5);
            assertThat(throttle.lockedFor("cecilia", null)).contains(lock);
            clock.advance(lock);
        }
        clock.advance(Duration.ofMinutes(15));
        fail("cecilia", null, 5);
        assertThat(throttle.lockedFor("cecilia", null)).as("after 15 quiet minutes").contains(Duration.ofMinutes(1));
    }

    @Test
    void failuresOutsideTheWindowDoNotAddUp() {
        fail("david", null, 4);
        clock.advance(Duration.ofMinutes(15));
        fail("david", null, 4);
        assertThat(throttle.lockedFor("david", null)).isEmpty();
        throttle.failed("david", null);
        assertThat(throttle.lockedFor("david", null)).isPresent();
    }

    @Test
    void aSuccessClearsTheAccountsCountButNotTheAddresss() {
        fail("erik", "192.0.2.9", 4);
        throttle.succeeded("ERIK");
        fail("erik", "192.0.2.9", 4);
        assertThat(throttle.lockedFor("erik", null)).isEmpty();
        // The address has seen 8; twelve more (of any names) make 20.
        for (int i = 0; i < 12; i++) {
            throttle.failed("namn" + i, "192.0.2.9");
        }
        assertThat(throttle.lockedFor("erik", "192.0.2.9")).contains(Duration.ofMinutes(1));
        assertThat(throttle.lockedFor("erik", "192.0.2.10")).isEmpty();
    }

    @Test
    void failuresWhileLockedNeitherCountNorLengthenTheLock() {
        fail("frida", null, 5);
        fail("frida", null, 50);
        assertThat(throttle.lockedFor("frida", null)).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.lockedFor("frida", null)).isEmpty();
    }

    @Test
    void theTableIsPrunedOfWhatNoLongerMatters() {
        for (int i = 0; i <= 30; i++) {
            throttle.failed("spray" + i, null);
        }
        fail("kvar", null, 5);
        clock.advance(Duration.ofMinutes(16));
        throttle.failed("ny", null);
        assertThat(throttle.tracked()).isEqualTo(1);
        assertThat(throttle.lockedFor("kvar", null)).isEmpty();
        // A very long name costs no more than 200 characters, and is still counted.
        fail("x".repeat(100_000), null, 5);
        assertThat(throttle.lockedFor("x".repeat(100_000), null)).isPresent();
    }
}
