package se.arenaregister.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * While the database is not there, the data source answers at once for its hold instead of every request waiting the
 * pool's connection timeout; after the hold one request asks the pool again. Against a port nothing listens on, with a
 * clock of the test's own.
 */
class OutageAwareDataSourceTest {

    static final Duration HOLD = Duration.ofSeconds(2);

    HikariDataSource pool;
    final AtomicLong now = new AtomicLong(1_000_000_000L);
    OutageAwareDataSource dataSource;

    @BeforeEach
    void aPoolForADatabaseThatIsNotThere() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + port + "/none");
        pool.setUsername("nobody");
        pool.setPassword("nothing");
        // Long enough that the pool's own wait and an answer at once cannot be mistaken for each other on a busy machine.
        pool.setConnectionTimeout(800);
        pool.setInitializationFailTimeout(-1);
        pool.setMaximumPoolSize(2);
        dataSource = new OutageAwareDataSource(pool, HOLD, now::get);
    }

    @AfterEach
    void close() {
        dataSource.close();
        assertThat(pool.isClosed()).as("closing the data source closes the pool").isTrue();
    }

    @Test
    void afterThePoolGaveUpHoldingNoConnectionItAnswersAtOnceUntilTheHoldHasPassed() {
        assertThat(dataSource.refusing()).isFalse();
        long first = System.nanoTime();
        assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLTransientConnectionException.class)
                .hasMessageContaining("request timed out");
        assertThat(Duration.ofNanos(System.nanoTime() - first)).as("the pool's own wait").isGreaterThanOrEqualTo(Duration.ofMillis(700));
        assertThat(dataSource.refusing()).isTrue();

        long second = System.nanoTime();
        assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLTransientConnectionException.class)
                .hasMessageContaining("refused connections moments ago");
        assertThat(Duration.ofNanos(System.nanoTime() - second)).as("answered without asking the pool")
                .isLessThan(Duration.ofMillis(500));
        assertThatThrownBy(() -> dataSource.getConnection("x", "y")).hasMessageContaining("refused connections moments ago");

        now.addAndGet(HOLD.toNanos() - 1);
        assertThat(dataSource.refusing()).as("still within the hold").isTrue();
        now.addAndGet(1);
        assertThat(dataSource.refusing()).isFalse();
        assertThatThrownBy(dataSource::getConnection).as("the pool is asked again, and gives up again")
                .hasMessageContaining("request timed out");
        assertThat(dataSource.refusing()).isTrue();
    }

    /** After the hold, one request asks the pool; the others are still answered at once until it knows. */
    @Test
    void afterTheHoldOneRequestAsksThePoolWhileTheOthersAreAnsweredAtOnce() throws Exception {
        assertThatThrownBy(dataSource::getConnection).hasMessageContaining("request timed out");
        now.addAndGet(HOLD.toNanos());
        java.util.concurrent.CompletableFuture<Throwable> asker = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                dataSource.getConnection().close();
                return null;
            } catch (Exception e) {
                return e;
            }
        });
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(10)).until(dataSource::asking);
        long other = System.nanoTime();
        assertThatThrownBy(dataSource::getConnection).hasMessageContaining("refused connections moments ago");
        assertThat(Duration.ofNanos(System.nanoTime() - other)).isLessThan(Duration.ofMillis(500));
        assertThat(asker.get(5, java.util.concurrent.TimeUnit.SECONDS)).as("the one that asked waited for the pool")
                .hasMessageContaining("request timed out");
        assertThat(dataSource.asking()).isFalse();
        assertThat(dataSource.refusing()).as("the outage goes on, held again").isTrue();
    }

    @Test
    void unwrapsToThePool() throws Exception {
        assertThat(dataSource.unwrap(HikariDataSource.class)).isSameAs(pool);
        assertThat(dataSource.isWrapperFor(HikariDataSource.class)).isTrue();
    }
}
