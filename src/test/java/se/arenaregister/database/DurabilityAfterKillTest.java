package se.arenaregister.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
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

/**
 * Nothing saved is lost: every arena the application said it created is there after PostgreSQL was
 * killed with SIGKILL straight after the last answer. With durability off this test loses the last rows.
 */
@ExtendWith(OutputCaptureExtension.class)
class DurabilityAfterKillTest {

    static final Path DATA = Path.of("target/durability-test-postgres");
    static final int ARENAS = 6;

    @BeforeEach
    void freshDataDirectory() throws Exception {
        FileSystemUtils.deleteRecursively(DATA);
        FileSystemUtils.deleteRecursively(DatabasePassword.fileFor(DATA.toAbsolutePath()));
    }

    @Test
    void keepsEveryAcknowledgedArenaWhenPostgresIsKilled(CapturedOutput output) throws Exception {
        Map<String, String> created = new LinkedHashMap<>();
        // No watchdog restart in between: the second application is the first to see the killed server's data.
        // The outage hold long enough that the requests below all fall within it, however slow the machine.
        RunningApplication first = RunningApplication.start(DATA, "arenaregister.embedded-db.watchdog-interval=1h",
                "arenaregister.database.outage-hold=30s");
        try {
            long subArea = Register.testSubArea(first.bean(CatalogService.class), first.bean(AreaRepository.class));
            long area = Register.areaId(first.bean(AreaRepository.class), Register.TEST_AREA);
            HttpUser session = HttpUser.loggedIn(first.baseUrl(), IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
            for (int i = 0; i < ARENAS; i++) {
                String name = PeopleFixtures.unique("Beständig arena " + i);
                created.put(name, ArenaForms.create(session, name, area, subArea));
            }
            // The public's register, kept (PublicPageCache) before the kill.
            HttpUser visitor = HttpUser.anonymous(first.baseUrl());
            assertThat(visitor.get("/arenas").statusCode()).isEqualTo(200);
            assertThat(visitor.get("/arenas").statusCode()).isEqualTo(200);
            PostgresProcesses.killServer(DATA);

            // The outage is visible: a clear page and problem, fast; readiness down, liveness not (no restart needed).
            long asked = System.nanoTime();
            HttpResponse<String> whileDown = session.get("/arenas");
            Duration answeredIn = Duration.ofNanos(System.nanoTime() - asked);
            System.out.printf("The register answered %d in %d ms with the database down%n", whileDown.statusCode(), answeredIn.toMillis());
            assertThat(whileDown.statusCode()).as("the register while the database is down").isEqualTo(503);
            assertThat(whileDown.headers().firstValue("Retry-After")).contains("5");
            assertThat(whileDown.body()).contains("Databasen svarar inte just nu").as("the page keeps its layout")
                    .contains("Region Jämtland Härjedalen").contains("?lang=en");
            assertThat(answeredIn).as("time to answer while the database is down").isLessThan(Duration.ofSeconds(5));
            // Once the pool has found the database gone, the next requests are answered at once, not after its timeout.
            long apiAsked = System.nanoTime();
            HttpResponse<String> api = session.send("GET", "/api/v1/arenas", null, null, "application/json");
            assertThat(Duration.ofNanos(System.nanoTime() - apiAsked)).as("the next request while the database is down")
                    .isLessThan(Duration.ofSeconds(1));
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            // The public is told too: a kept page is not served when the register cannot be asked whether it holds.
            HttpResponse<String> publicWhileDown = visitor.get("/arenas");
            assertThat(publicWhileDown.statusCode()).as("the public's kept register while the database is down").isEqualTo(503);
            assertThat(publicWhileDown.body()).contains("Databasen svarar inte just nu");
            HttpResponse<String> readiness = session.send("GET", "/actuator/health/readiness", null, null, "application/json");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
            assertThat(session.send("GET", "/actuator/health/liveness", null, null, "application/json").statusCode()).isEqualTo(200);
            HttpResponse<String> login = HttpUser.anonymous(first.baseUrl())
                    .postForm("/login", Map.of("username", IntegrationTest.ADMIN, "password", IntegrationTest.ADMIN_PASSWORD));
            assertThat(login.headers().firstValue("Location").orElse("")).as("a login while the database is down")
                    .endsWith("/login?unavailable");
        } finally {
            assertTimeoutPreemptively(Duration.ofSeconds(30), first::close, "closing after the server was killed");
        }
        assertThat(output.getOut()).as("Spring reporting a failed close").doesNotContain("destroy method");

        try (RunningApplication second = RunningApplication.start(DATA)) {
            HttpUser reader = HttpUser.anonymous(second.baseUrl());
            List<String> lost = new ArrayList<>();
            for (Map.Entry<String, String> arena : created.entrySet()) {
                HttpResponse<String> page = reader.get(arena.getValue());
                if (page.statusCode() != 200 || !page.body().contains(arena.getKey())) {
                    lost.add(arena.getValue() + " " + arena.getKey() + " (" + page.statusCode() + ")");
                }
            }
            assertThat(lost).as("acknowledged arenas missing after the kill, of %d", ARENAS).isEmpty();
        }
    }
}
