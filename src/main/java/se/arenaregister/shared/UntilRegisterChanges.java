package se.arenaregister.shared;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Results computed from the whole register (the analysis' figures, the coverage matrices, the network's first view),
 * kept on this node until a change to the register commits, on any node. At 100,000 arenas such a result takes a second
 * or more of PostgreSQL's time; read again and again between changes, it costs one small statement.
 * <p>
 * How a node knows, without asking the others: every transaction that changes the register's tables leaves a row with
 * its transaction id in {@code register_change} (statement triggers, V27), committed or rolled back with the change.
 * Before computing, the node takes PostgreSQL's snapshot ({@code pg_current_snapshot()}); the result is kept with it.
 * A kept result still holds while no committed row names a transaction that snapshot did not see
 * ({@code pg_visible_in_snapshot}): a change committed after the snapshot, or under way when it was taken, makes it
 * stale. The statements that compute the result take their snapshots after that one, so they may see more, never less:
 * at worst a result is computed once more than needed. A transaction that has itself changed something (it has a
 * transaction id) neither reads nor keeps results: it would see, or keep, what others cannot see and may never commit.
 * <p>
 * Kept per key (e.g. the day, the filter), at most {@code maximumSize} keys and {@link #MAXIMUM_AGE} long; of the
 * callers who find a key stale at the same time, one computes and the others wait for it. Counted in
 * {@code /actuator/prometheus}: {@code arenaregister_kept_total{cache="…", result="kept|computed|bypassed"}}.
 */
@Component
public class UntilRegisterChanges {

    /** No kept result is older than this; {@code register_change} rows are kept longer ({@link #RETENTION}). */
    static final Duration MAXIMUM_AGE = Duration.ofMinutes(10);
    static final Duration RETENTION = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final ObjectProvider<MeterRegistry> meters;
    private final List<Kept<?, ?>> all = new CopyOnWriteArrayList<>();

    UntilRegisterChanges(JdbcClient jdbc, ObjectProvider<MeterRegistry> meters) {
        this.jdbc = jdbc;
        this.meters = meters;
    }

    /** A new set of kept results, named for the metrics. */
    public <K, V> Kept<K, V> keep(String name, int maximumSize) {
        return kept(name, Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(MAXIMUM_AGE).build());
    }

    /** A new set of kept results bounded by their total weight ({@code weigher}, e.g. bytes), not their number. */
    public <K, V> Kept<K, V> keepWeighed(String name, long maximumWeight, ToIntFunction<? super V> weigher) {
        Cache<K, Stamped<V>> cache = Caffeine.newBuilder().maximumWeight(maximumWeight)
                .<K, Stamped<V>>weigher((key, stamped) -> weigher.applyAsInt(stamped.value()))
                .expireAfterWrite(MAXIMUM_AGE).build();
        return kept(name, cache);
    }

    private <K, V> Kept<K, V> kept(String name, Cache<K, Stamped<V>> cache) {
        MeterRegistry registry = meters.getIfAvailable();
        Kept<K, V> kept = new Kept<>(cache, counter(registry, name, "kept"), counter(registry, name, "computed"),
                counter(registry, name, "bypassed"));
        all.add(kept);
        return kept;
    }

    /** Forgets every kept result, so that the next request computes it (tests that count a request's statements). */
    public void forgetAll() {
        all.forEach(Kept::clear);
    }

    private static Runnable counter(MeterRegistry registry, String name, String result) {
        if (registry == null) {
            return () -> { };
        }
        Counter counter = Counter.builder("arenaregister.kept").description("Requests for a result kept until the register changes")
                .tag("cache", name).tag("result", result).register(registry);
        return counter::increment;
    }

    /** Removes what no kept result needs any longer; every node may do it, once is enough. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    void forgetOldChanges() {
        jdbc.sql("DELETE FROM register_change WHERE changed_at < now() - make_interval(secs => :seconds)")
                .param("seconds", RETENTION.toSeconds()).update();
    }

    /** The current snapshot, or {@code null} when this transaction has changed something itself. */
    private String snapshot() {
        return jdbc.sql("SELECT CASE WHEN pg_current_xact_id_if_assigned() IS NULL THEN pg_current_snapshot()::text END")
                .query(String.class).optional().orElse(null);
    }

    private boolean unchangedSince(String snapshot) {
        return Boolean.TRUE.equals(jdbc.sql("""
                        SELECT pg_current_xact_id_if_assigned() IS NULL AND NOT EXISTS (
                            SELECT 1 FROM register_change c, CAST(:snapshot AS pg_snapshot) s
                            WHERE c.xid >= pg_snapshot_xmin(s) AND NOT pg_visible_in_snapshot(c.xid, s))""")
                .param("snapshot", snapshot).query(Boolean.class).single());
    }

    private record Stamped<V>(String snapshot, V value) {
    }

    /** Results by key, each kept until the register changes. */
    public final class Kept<K, V> {

        private final Cache<K, Stamped<V>> cache;
        private final Runnable kept;
        private final Runnable computed;
        private final Runnable bypassed;

        private Kept(Cache<K, Stamped<V>> cache, Runnable kept, Runnable computed, Runnable bypassed) {
            this.cache = cache;
            this.kept = kept;
            this.computed = computed;
            this.bypassed = bypassed;
        }

        /** The result kept for {@code key} if the register has not changed since it was computed, else {@code compute}'s. */
        public V get(K key, Function<? super K, ? extends V> compute) {
            return get(key, compute, value -> true);
        }

        /** The same, keeping a computed result only if {@code keepIf} accepts it (a page that failed is not kept). */
        public V get(K key, Function<? super K, ? extends V> compute, Predicate<? super V> keepIf) {
            Stamped<V> found = cache.getIfPresent(key);
            if (found != null && unchangedSince(found.snapshot())) {
                kept.run();
                return found.value();
            }
            String snapshot = snapshot();
            if (snapshot == null) {
                bypassed.run();
                return compute.apply(key);
            }
            List<V> made = new ArrayList<>(1);
            Stamped<V> fresh = cache.asMap().compute(key, (k, now) -> {
                if (now != null && now != found && unchangedSince(now.snapshot())) {
                    kept.run();
                    return now;
                }
                computed.run();
                V value = compute.apply(k);
                made.add(value);
                return keepIf.test(value) ? new Stamped<V>(snapshot, value) : null;
            });
            return fresh == null ? made.get(0) : fresh.value();
        }

        void clear() {
            cache.invalidateAll();
        }
    }
}
