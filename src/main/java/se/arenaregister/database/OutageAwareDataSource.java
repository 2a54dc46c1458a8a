package se.arenaregister.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.function.LongSupplier;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The pool, answering at once while the database is down. A pool waits its whole connection timeout (3 s) for a
 * connection it cannot make, on every request, so each page of an outage took 3 s (twice, with the session read) to say
 * so. When the pool gives up holding no connection at all (the server is not there, not merely busy: a busy server's
 * pool is full), requests for the next {@code arenaregister.database.outage-hold} (default 1 s) are refused at once with
 * the same kind of exception, which the pages and the API answer with their 503. Then one request asks the pool again
 * while the others are still answered at once, so during an outage one request in each round waits, not all of those
 * that arrive while the pool is being asked. A pool that is only full (all connections in use) waits as before, and a
 * connection made ends the outage.
 */
final class OutageAwareDataSource extends DelegatingDataSource implements AutoCloseable {

    static final String HOLD_PROPERTY = "arenaregister.database.outage-hold";
    static final Duration DEFAULT_HOLD = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(OutageAwareDataSource.class);

    private final HikariDataSource pool;
    private final long holdNanos;
    private final LongSupplier nanoTime;
    /** Until when ({@link System#nanoTime()}) connections are refused at once; meaningful only while {@code down}. */
    private volatile long refusedUntil;
    private volatile boolean down;
    /** A request is asking the pool whether the database is back; the others are refused meanwhile. */
    private final java.util.concurrent.atomic.AtomicBoolean asking = new java.util.concurrent.atomic.AtomicBoolean();

    OutageAwareDataSource(HikariDataSource pool, Duration hold) {
        this(pool, hold, System::nanoTime);
    }

    OutageAwareDataSource(HikariDataSource pool, Duration hold, LongSupplier nanoTime) {
        super(pool);
        this.pool = pool;
        this.holdNanos = hold.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connect(super::getConnection);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return connect(() -> super.getConnection(username, password));
    }

    private interface Connect {
        Connection get() throws SQLException;
    }

    private Connection connect(Connect pooled) throws SQLException {
        if (!down) {
            try {
                return pooled.get();
            } catch (SQLException e) {
                noteFailure(e);
                throw e;
            }
        }
        // Down: refused at once within the hold, and after it while another request is asking the pool.
        if (refusing() || !asking.compareAndSet(false, true)) {
            throw refused();
        }
        try {
            Connection connection = pooled.get();
            up();
            return connection;
        } catch (SQLException e) {
            noteFailure(e);
            throw e;
        } finally {
            asking.set(false);
        }
    }

    /** Closes the pool (the application context calls this on shutdown: the wrapper is the data source bean). */
    @Override
    public void close() {
        pool.close();
    }

    /** Whether connections are being refused at once (the last attempt found the database down, within the hold). */
    boolean refusing() {
        return down && nanoTime.getAsLong() - refusedUntil < 0;
    }

    private SQLTransientConnectionException refused() {
        return new SQLTransientConnectionException("The database refused connections moments ago: asked again "
                + Duration.ofNanos(holdNanos).toMillis() + " ms after that, by one request at a time", "08001");
    }

    private void up() {
        if (down) {
            down = false;
            log.info("The database answers again");
        }
    }

    private void noteFailure(SQLException e) {
        if (e instanceof SQLTransientConnectionException && holdsNoConnection()) {
            refusedUntil = nanoTime.getAsLong() + holdNanos;
            if (!down) {
                down = true;
                log.warn("The database does not answer and the pool holds no connection: requests are answered 503 at once,"
                        + " and the database is asked again every {} ms", Duration.ofNanos(holdNanos).toMillis());
            }
        } else if (down) {
            // The pool holds connections: the database is there, only busy, and requests wait for the pool as usual.
            up();
        }
    }

    /** Whether a request is asking the pool, during an outage, whether the database is back. */
    boolean asking() {
        return asking.get();
    }

    private boolean holdsNoConnection() {
        HikariPoolMXBean mxBean = pool.getHikariPoolMXBean();
        return mxBean != null && mxBean.getTotalConnections() == 0;
    }
}
