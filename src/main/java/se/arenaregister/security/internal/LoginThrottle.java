package se.arenaregister.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
 * beyond the five numbers in {@link Settings}. The state is in memory, per application instance: a restart forgets
 * it, and several instances behind one address each count their own. Entries that no longer matter are dropped
 * when the table grows past {@link #PRUNE_ABOVE} keys.
 */
final class LoginThrottle {

    static final int PRUNE_ABOVE = 10_000;
    /** A key is at most this long: user names are at most 100 characters, and a longer one must not cost memory. */
    static final int MAX_KEY = 200;

    /**
     * @param accountFailures failures of one user name within the window that lock it
     * @param addressFailures failures from one address within the window that lock it (higher: many people may share
     *                        an office's address)
     */
    record Settings(int accountFailures, int addressFailures, Duration window, Duration firstLock, Duration maxLock) {

        static final Settings DEFAULTS = new Settings(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(15));
    }

    /** One key's state: failures in the current window (since {@code windowStart}), the lock, and how many locks in a row. */
    private record State(int failures, Instant windowStart, Instant lockedUntil, int locks) {

        static final State NONE = new State(0, null, null, 0);

        boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }

        boolean irrelevantAt(Instant now, Settings settings) {
            boolean windowOver = windowStart == null || !now.isBefore(windowStart.plus(settings.window()));
            boolean doublingForgotten = lockedUntil == null || !now.isBefore(lockedUntil.plus(settings.maxLock()));
            return windowOver && doublingForgotten;
        }

        State failedAt(Instant now, int limit, Settings settings) {
            if (lockedAt(now)) {
                return this;
            }
            int previousLocks = lockedUntil != null && !now.isBefore(lockedUntil.plus(settings.maxLock())) ? 0 : locks;
            boolean newWindow = windowStart == null || !now.isBefore(windowStart.plus(settings.window()));
            int counted = (newWindow ? 0 : failures) + 1;
            Instant start = newWindow ? now : windowStart;
            if (counted < limit) {
                return new State(counted, start, lockedUntil, previousLocks);
            }
            Duration lock = settings.firstLock().multipliedBy(1L << Math.min(previousLocks, 20));
            if (lock.compareTo(settings.maxLock()) > 0) {
                lock = settings.maxLock();
            }
            return new State(0, null, now.plus(lock), previousLocks + 1);
        }
    }

    private final Settings settings;
    private final Clock clock;
    private final Map<String, State> accounts = new ConcurrentHashMap<>();
    private final Map<String, State> addresses = new ConcurrentHashMap<>();

    LoginThrottle(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    Settings settings() {
        return settings;
    }

    /** How many user names and addresses are tracked (for tests). */
    int tracked() {
        return accounts.size() + addresses.size();
    }

    /** How long logins of {@code username} from {@code address} (null: not known) are still refused; empty when they are not. */
    Optional<Duration> lockedFor(String username, String address) {
        Instant now = clock.instant();
        Instant until = later(lockEnd(accounts, accountKey(username), now), lockEnd(addresses, addressKey(address), now));
        return Optional.ofNullable(until).map(end -> Duration.between(now, end));
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        count(accounts, accountKey(username), settings.accountFailures(), now);
        count(addresses, addressKey(address), settings.addressFailures(), now);
    }

    /** The account logged in: its count and doubling start over. The address's count stays. */
    void succeeded(String username) {
        accounts.remove(accountKey(username));
    }

    private void count(Map<String, State> table, String key, int limit, Instant now) {
        if (key == null) {
            return;
        }
        if (table.size() > PRUNE_ABOVE) {
            table.entrySet().removeIf(entry -> entry.getValue().irrelevantAt(now, settings));
        }
        table.compute(key, (k, state) -> (state == null ? State.NONE : state).failedAt(now, limit, settings));
    }

    private static Instant lockEnd(Map<String, State> table, String key, Instant now) {
        State state = key == null ? null : table.get(key);
        return state != null && state.lockedAt(now) ? state.lockedUntil() : null;
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
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
