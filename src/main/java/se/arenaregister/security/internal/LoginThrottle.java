package se.arenaregister.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Slows guessing: failed logins are counted per account (the user name as typed, case-insensitively, whether or not
 * such an account exists, so that a lock says nothing about existence) and per source address. When one of them
 * reaches its limit within the window, it is locked: first for {@code firstLock}, each next lock twice as long, at
 * most {@code maxLock}. While locked every login of that account or from that address is refused, the right password
 * too, without the password being checked. After a lock the count starts again; a lock's doubling is forgotten
 * once {@code maxLock} has passed since it ended without a new one. A successful login clears the account's count and
 * doubling, not the address's (else one account of one's own would let an address guess on at others).
 *
 * <p>A small state machine rather than Bucket4j: a token bucket limits a rate, whereas this needs a count that a
 * success resets and locks that grow with each repetition; written out it is a page, with nothing to configure
 * beyond the five numbers in {@link Settings}. The state is in PostgreSQL ({@code security_login_throttle}, V24), shared
 * by every application node, so that tries spread over the nodes add up, and kept across restarts. A failure is one
 * upsert of both rows (the account's and the address's) whose update runs the state machine
 * ({@code security_login_failure}) on the row as it is then, so that concurrent failures on any node all count; the
 * same statement prunes the rows that no longer matter ({@code forget_at} passed, found by its index), so the table
 * holds only what the window and the locks still need. Times are this class's clock's,
 * never the database's, so that a test can move them.
 */
final class LoginThrottle {

    /** A key is at most this long: user names are at most 100 characters, and a longer one must not cost a large row. */
    static final int MAX_KEY = 200;

    private static final String FAILURE = """
            security_login_failure(%s, :now, %s, :window * INTERVAL '1 millisecond',
                                   :firstLock * INTERVAL '1 millisecond', :maxLock * INTERVAL '1 millisecond')""";

    /**
     * Both rows counted in one statement; an irrelevant row is as good as none, so pruning other ones (skipping rows
     * another node's statement holds) changes no answer.
     */
    private static final String FAILED = """
            WITH pruned AS (
                DELETE FROM security_login_throttle
                WHERE (kind, key) IN (SELECT p.kind, p.key FROM security_login_throttle p
                                      WHERE p.forget_at <= :now
                                        AND NOT (p.kind = 'account' AND p.key = :account)
                                        AND NOT (p.kind = 'address' AND p.key = coalesce(CAST(:address AS text), ''))
                                      FOR UPDATE SKIP LOCKED))
            INSERT INTO security_login_throttle AS t (kind, key, failures, window_start, locked_until, locks, forget_at)
            SELECT (f.s).kind, (f.s).key, (f.s).failures, (f.s).window_start, (f.s).locked_until, (f.s).locks, (f.s).forget_at
            FROM (SELECT %1$s AS s
                  FROM (VALUES ('account', CAST(:account AS text), CAST(:accountLimit AS int)),
                               ('address', CAST(:address AS text), CAST(:addressLimit AS int))) AS i(kind, key, failure_limit)
                  WHERE i.key IS NOT NULL) f
            ON CONFLICT (kind, key) DO UPDATE SET (failures, window_start, locked_until, locks, forget_at) =
                (SELECT (u.s).failures, (u.s).window_start, (u.s).locked_until, (u.s).locks, (u.s).forget_at
                 FROM (SELECT %2$s AS s) u)""".formatted(
            FAILURE.formatted("ROW(i.kind, i.key, 0, NULL, NULL, 0, :now)::security_login_throttle", "i.failure_limit"),
            FAILURE.formatted("t", "CASE t.kind WHEN 'account' THEN CAST(:accountLimit AS int) ELSE CAST(:addressLimit AS int) END"));

    private static final String LOCKED_UNTIL = """
            SELECT max(locked_until) FROM security_login_throttle
            WHERE ((kind = 'account' AND key = :account) OR (kind = 'address' AND key = coalesce(CAST(:address AS text), '')))
              AND locked_until > :now""";

    /**
     * @param accountFailures failures of one user name within the window that lock it
     * @param addressFailures failures from one address within the window that lock it (higher: many people may share
     *                        an office's address)
     */
    record Settings(int accountFailures, int addressFailures, Duration window, Duration firstLock, Duration maxLock) {

        static final Settings DEFAULTS = new Settings(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(15));
    }

    private final JdbcClient jdbc;
    private final Settings settings;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Settings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    Settings settings() {
        return settings;
    }

    /** How many user names and addresses are tracked (for tests). */
    int tracked() {
        return jdbc.sql("SELECT count(*) FROM security_login_throttle").query(Integer.class).single();
    }

    /** How long logins of {@code username} from {@code address} (null: not known) are still refused; empty when they are not. */
    Optional<Duration> lockedFor(String username, String address) {
        Instant now = now();
        return jdbc.sql(LOCKED_UNTIL).param("account", accountKey(username)).param("address", addressKey(address))
                .param("now", at(now)).query(OffsetDateTime.class).optional()
                .map(until -> Duration.between(now, until.toInstant()));
    }

    void failed(String username, String address) {
        jdbc.sql(FAILED).param("account", accountKey(username)).param("address", addressKey(address))
                .param("accountLimit", settings.accountFailures()).param("addressLimit", settings.addressFailures())
                .param("window", settings.window().toMillis()).param("firstLock", settings.firstLock().toMillis())
                .param("maxLock", settings.maxLock().toMillis())
                .param("now", at(now())).update();
    }

    /** The account logged in: its count and doubling start over. The address's count stays. */
    void succeeded(String username) {
        jdbc.sql("DELETE FROM security_login_throttle WHERE kind = 'account' AND key = :account")
                .param("account", accountKey(username)).update();
    }

    /** Removes every row that no longer matters (the housekeeping job, for when no failure has come for a while). */
    int prune() {
        return jdbc.sql("DELETE FROM security_login_throttle WHERE forget_at <= :now").param("now", at(now())).update();
    }

    /** The clock's time to PostgreSQL's precision, so that a lock read back lasts exactly what was stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static String accountKey(String username) {
        String key = (username == null ? "" : username.strip()).toLowerCase(Locale.ROOT);
        return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
    }

    private static String addressKey(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        return address.length() > MAX_KEY ? address.substring(0, MAX_KEY) : address;
    }
}
