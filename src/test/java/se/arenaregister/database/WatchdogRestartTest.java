package se.arenaregister.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.FileSystemUtils;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.support.HttpUser;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.PeopleFixtures;
import se.arenaregister.support.Register;

/** The application notices its PostgreSQL died, starts it again and serves again, without a restart of its own. */
@ExtendWith(OutputCaptureExtension.class)
class WatchdogRestartTest {

    static final Path DATA = Path.of("target/watchdog-test-postgres");
    static RunningApplication application;

    @BeforeAll
    static void start() {
        FileSystemUtils.deleteRecursively(DATA.toFile());
        application = RunningApplication.start(DATA);
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    @Test
    void thePoolGivesUpWithinSecondsAsConfiguredForAnyDatabase() throws Exception {
        HikariDataSource pool = application.bean(javax.sql.DataSource.class).unwrap(HikariDataSource.class);
        assertThat(pool.getConnectionTimeout()).isEqualTo(3000);
        assertThat(pool.getValidationTimeout()).isEqualTo(1500);
        assertThat(pool.getDataSourceProperties()).containsEntry("connectTimeout", "2").containsEntry("socketTimeout", "60");
    }

    @Test
    void startsAKilledServerAgainAndServesFromIt(CapturedOutput output) throws Exception {
        HttpUser session = HttpUser.loggedIn(application.baseUrl(), IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
        DatabaseWatchdog watchdog = application.bean(DatabaseWatchdog.class);
        int restartsBefore = watchdog.restarts();
        assertThat(session.get("/arenas").statusCode()).isEqualTo(200);

        long killed = PostgresProcesses.killServer(DATA);
        long start = System.nanoTime();

        // The killed postmaster's backends may answer a pooled connection for a moment after the kill, so the page alone
        // does not show that the server is back: wait for the watchdog's restart, then for the page.
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> watchdog.restarts() > restartsBefore && session.get("/arenas").statusCode() == 200);
        assertThat(session.send("GET", "/actuator/health/readiness", null, null, "application/json").body()).contains("\"status\":\"UP\"");
        System.out.printf("Served /arenas again %d ms after postmaster %d was killed%n",
                Duration.ofNanos(System.nanoTime() - start).toMillis(), killed);

        assertThat(watchdog.restarts()).isEqualTo(restartsBefore + 1);
        assertThat(output.getOut()).contains("WARN").contains("was started again")
                .contains(DATA.toAbsolutePath().toString());
        assertThat(EmbeddedPostgresServer.readPostmasterPid(DATA.toAbsolutePath())).isPresent().get().isNotEqualTo(killed);

        long subArea = Register.testSubArea(application.bean(CatalogService.class), application.bean(AreaRepository.class));
        long area = Register.areaId(application.bean(AreaRepository.class), Register.TEST_AREA);
        String page = ArenaForms.create(session, PeopleFixtures.unique("Efter omstarten"), area, subArea);
        assertThat(session.get(page).statusCode()).isEqualTo(200);
    }
}
