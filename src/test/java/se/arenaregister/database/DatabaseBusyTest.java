package se.arenaregister.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import se.arenaregister.support.HttpUser;

/**
 * A database that answers but too slowly, or a pool with no connection free, gives the 503 page (and problem+json from
 * the API) with Retry-After, never a 500 or a request that hangs. An application of its own with a pool of two
 * connections (Flyway takes two at start) and a statement timeout of one second; the test holds both connections, or a
 * lock a page's query waits for.
 */
class DatabaseBusyTest {

    static final Path DATA = Path.of("target/busy-test-postgres-" + System.getProperty("test.fork", "fork1"));
    static RunningApplication application;

    @BeforeAll
    static void start() throws Exception {
        FileSystemUtils.deleteRecursively(DATA.toFile());
        FileSystemUtils.deleteRecursively(DatabasePassword.fileFor(DATA.toAbsolutePath()));
        application = RunningApplication.start(DATA, "arenaregister.embedded-db.durable=false",
                "arenaregister.database.statement-timeout=1s", "spring.datasource.hikari.maximum-pool-size=2",
                "spring.datasource.hikari.minimum-idle=2");
    }

    @AfterAll
    static void stop() throws Exception {
        application.close();
        FileSystemUtils.deleteRecursively(DATA.toFile());
    }

    @Test
    void everyConnectionOfThePoolHasTheConfiguredStatementTimeout() throws Exception {
        HikariDataSource pool = application.bean(javax.sql.DataSource.class).unwrap(HikariDataSource.class);
        assertThat(pool.getDataSourceProperties()).containsEntry("options", "-c statement_timeout=1000");
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet timeout = statement.executeQuery("SHOW statement_timeout")) {
            assertThat(timeout.next()).isTrue();
            assertThat(timeout.getString(1)).isEqualTo("1s");
        }
    }

    @Test
    void aStatementThatRunsOutOfTimeGivesThe503Page() throws Exception {
        HttpUser visitor = HttpUser.anonymous(application.baseUrl());
        assertThat(visitor.get("/arenas").statusCode()).isEqualTo(200);
        EmbeddedPostgresServer server = application.bean(EmbeddedPostgresServer.class);
        // The test's own connection (not the pool's) takes a lock the register's query has to wait for.
        try (Connection locker = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
             Statement lock = locker.createStatement()) {
            locker.setAutoCommit(false);
            lock.execute("LOCK TABLE arena IN ACCESS EXCLUSIVE MODE");

            // A register page not read before: the rows of one read before are kept until the register changes, and
            // a lock is no change, so that one would still be served.
            HttpResponse<String> page = visitor.get("/arenas?q=l%C3%A5st");
            assertThat(page.statusCode()).as(page.body()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).contains("5");
            assertThat(page.body()).contains("Databasen svarar inte just nu").contains("&amp;lang=en");

            HttpResponse<String> english = visitor.get("/arenas?q=locked&lang=en");
            assertThat(english.statusCode()).isEqualTo(503);
            assertThat(english.body()).contains("The database does not answer right now");

            HttpResponse<String> api = visitor.send("GET", "/api/v1/arenas", null, null, "application/json");
            assertThat(api.statusCode()).as(api.body()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(api.headers().firstValue("Retry-After")).contains("5");
            assertThat(api.body()).contains("\"status\":503");
            locker.rollback();
        }
        assertThat(visitor.get("/arenas").statusCode()).as("served again once the lock is gone").isEqualTo(200);
    }

    @Test
    void noConnectionFreeInThePoolGivesThe503PageWithinTheConnectionTimeout() throws Exception {
        HttpUser visitor = HttpUser.anonymous(application.baseUrl());
        HikariDataSource pool = application.bean(javax.sql.DataSource.class).unwrap(HikariDataSource.class);
        try (Connection heldByTheTest = pool.getConnection(); Connection alsoHeld = pool.getConnection()) {
            assertThat(heldByTheTest.isValid(1) && alsoHeld.isValid(1)).isTrue();
            assertThat(pool.getHikariPoolMXBean().getIdleConnections()).isZero();
            long asked = System.nanoTime();
            HttpResponse<String> page = visitor.get("/arenas");
            Duration answeredIn = Duration.ofNanos(System.nanoTime() - asked);
            System.out.printf("With every connection of the pool taken, /arenas answered %d in %d ms%n", page.statusCode(),
                    answeredIn.toMillis());
            assertThat(page.statusCode()).as(page.body()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).contains("5");
            assertThat(page.body()).contains("Databasen svarar inte just nu");
            // Not a measurement: a request that waited for a connection without end would never get here.
            assertThat(answeredIn).as("the pool gives up after its connection timeout (3 s)").isLessThan(Duration.ofSeconds(20));

            HttpResponse<String> api = visitor.send("GET", "/api/v1/arenas", null, null, "application/json");
            assertThat(api.statusCode()).as(api.body()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        assertThat(visitor.get("/arenas").statusCode()).as("served again once the connection is back").isEqualTo(200);
    }
}
