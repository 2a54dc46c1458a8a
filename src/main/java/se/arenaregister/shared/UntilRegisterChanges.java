package se.arenaregister.shared;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
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
 * callers who find a key stale at the same time, one computes and the others wait for it. Hits and misses are counted
 * in {@code /actuator/prometheus} ({@code cache_gets_total{cache="…"}}).
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
        Cache<K, Stamped<V>> cache = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(MAXIMUM_AGE).recordStats().build();
        meters.ifAvailable(registry -> CaffeineCacheMetrics.monitor(registry, cache, name));
        Kept<K, V> kept = new Kept<>(cache);
        all.add(kept);
        return kept;
    }

    /** Forgets every kept result, so that the next request computes it (tests that count a request's statements). */
    public void forgetAll() {
        all.forEach(Kept::clear);
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

        private Kept(Cache<K, Stamped<V>> cache) {
            this.cache = cache;
        }

        /** The result kept for {@code key} if the register has not changed since it was computed, else {@code compute}'s. */
        public V get(K key, Function<? super K, ? extends V> compute) {
            Stamped<V> kept = cache.getIfPresent(key);
            if (kept != null && unchangedSince(kept.snapshot())) {
                return kept.value();
            }
            String snapshot = snapshot();
            if (snapshot == null) {
                return compute.apply(key);
            }
            Stamped<V> fresh = cache.asMap().compute(key, (k, found) ->
                    found != null && found != kept && unchangedSince(found.snapshot()) ? found : new Stamped<V>(snapshot, compute.apply(k)));
            return fresh.value();
        }

        void clear() {
            cache.invalidateAll();
        }
    }
}
