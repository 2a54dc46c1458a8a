package se.arenaregister.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.ArenaRegisterApplication;
import se.arenaregister.analysis.AreaAnalysis;
import se.arenaregister.audit.Audited;
import se.arenaregister.audit.EntityType;
import se.arenaregister.shared.OnceAcrossNodes;
import se.arenaregister.support.IntegrationTest;

/**
 * Two application nodes on one PostgreSQL behave as one, over real HTTP: a browser's cookie, signed in on node A, is
 * signed in on node B (the sessions are in the database, no sticky sessions); an administrator on node B disabling an
 * account or changing its role ends its session on node A; failed logins spread over both nodes add up to a lock; a job
 * whose turn comes on both nodes at the same moment runs once. Node A starts the embedded PostgreSQL (or, with
 * {@code SPRING_DATASOURCE_URL} set, both use that server); node B is given A's database. The browser's cookie jar
 * sends the same cookie to both (cookies do not depend on the port), as behind a load balancer.
 */
@Tag("external-postgres")
class TwoNodesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = UserAccountsTest.PASSWORD;

    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        nodeA = start(Map.of("arenaregister.embedded-db.data-directory",
                "target/test-postgres-two-nodes-" + System.getProperty("test.fork", "fork1")));
        HikariDataSource database = nodeA.getBean(javax.sql.DataSource.class).unwrap(HikariDataSource.class);
        nodeB = start(Map.of("spring.datasource.url", database.getJdbcUrl(), "spring.datasource.username", database.getUsername(),
                "spring.datasource.password", database.getPassword()));
    }

    @AfterAll
    static void stopTwoNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    private static ConfigurableApplicationContext start(Map<String, String> own) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("arenaregister.demo-data.enabled", "false");
        properties.putAll(own);
        // As arguments, since default properties would lose against application-test.properties.
        String[] arguments = properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(ArenaRegisterApplication.class).profiles("test").run(arguments);
    }

    private static String base(ConfigurableApplicationContext node) {
        return "http://localhost:" + node.getEnvironment().getRequiredProperty("local.server.port");
    }

    @Test
    void aSessionStartedOnOneNodeIsSignedInOnTheOther() throws Exception {
        String username = account(AccountRole.COORDINATOR);
        Browser browser = new Browser();
        browser.logIn(nodeA, username, PASSWORD);

        assertThat(browser.get(nodeA, "/dashboard").statusCode()).as("signed in on node A").isEqualTo(200);
        assertThat(browser.get(nodeB, "/dashboard").statusCode()).as("the same cookie on node B").isEqualTo(200);

        // Logging out on node B ends the session on node A too.
        browser.post(nodeB, "/logout", Map.of());
        HttpResponse<String> afterLogout = browser.get(nodeA, "/dashboard");
        assertThat(afterLogout.statusCode()).isEqualTo(302);
        assertThat(afterLogout.headers().firstValue("Location").orElse("")).contains("/login");
    }

    @Test
    void disablingAnAccountOnOneNodeEndsItsSessionOnTheOther() throws Exception {
        String username = account(AccountRole.COORDINATOR);
        Browser user = new Browser();
        user.logIn(nodeA, username, PASSWORD);
        assertThat(user.get(nodeA, "/dashboard").statusCode()).isEqualTo(200);

        UserAccount account = nodeB.getBean(UserAdministration.class).byUsername(username);
        Browser admin = new Browser();
        admin.logIn(nodeB, IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
        HttpResponse<String> disabled = admin.post(nodeB, "/users/" + account.id(), Map.of("displayName", account.displayName(),
                "roles", "COORDINATOR", "_enabled", "on", "version", String.valueOf(account.version())));
        assertThat(disabled.headers().firstValue("Location").orElse("")).as(disabled.body()).endsWith("/users");

        HttpResponse<String> next = user.get(nodeA, "/dashboard");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElse("")).endsWith("/login?ended");
    }

    @Test
    void aRoleChangedOnOneNodeEndsTheSessionOnTheOther() throws Exception {
        String username = account(AccountRole.COORDINATOR);
        Browser user = new Browser();
        user.logIn(nodeB, username, PASSWORD);
        assertThat(user.get(nodeA, "/dashboard").statusCode()).isEqualTo(200);

        UserAdministration users = nodeB.getBean(UserAdministration.class);
        UserAccount account = users.byUsername(username);
        users.update(account.id(), new UserForm(account.displayName(), AccountRole.READER, true, account.version()), IntegrationTest.ADMIN);

        HttpResponse<String> next = user.get(nodeA, "/dashboard");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElse("")).endsWith("/login?ended");
        user.logIn(nodeA, username, PASSWORD);
        assertThat(user.get(nodeB, "/dashboard").statusCode()).as("signed in again, with the new role").isEqualTo(200);
    }

    /**
     * A restore ends every session, on every node (what the security module does when it hears the restore's event,
     * called here without a restore). Only on the test's own embedded database: on a shared external server it would
     * end other tests' sessions too.
     */
    @Test
    void aRestoreOnOneNodeEndsTheSessionsOnTheOther() throws Exception {
        assumeTrue(System.getenv("SPRING_DATASOURCE_URL") == null, "ends every session of the database");
        Browser user = new Browser();
        user.logIn(nodeB, account(AccountRole.READER), PASSWORD);
        assertThat(user.get(nodeB, "/dashboard").statusCode()).isEqualTo(200);

        nodeA.getBean(AccountSessions.class).restored(new Audited(EntityType.BACKUP.key(), 0, Audited.Action.RESTORED, Map.of(), Map.of()));
        HttpResponse<String> next = user.get(nodeB, "/dashboard");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElse("")).contains("/login");
    }

    @Test
    void failedLoginsSpreadOverBothNodesLockTheUserName() throws Exception {
        String username = account(AccountRole.READER);
        Browser guesser = new Browser();
        List<ConfigurableApplicationContext> nodes = List.of(nodeA, nodeB, nodeA, nodeB, nodeA);
        for (ConfigurableApplicationContext node : nodes) {
            assertThat(guesser.tryLogIn(node, username, "fel lösenord " + node.getId())).endsWith("/login?error");
        }
        assertThat(guesser.tryLogIn(nodeB, username, PASSWORD)).as("the right password, once locked, on node B")
                .endsWith("/login?locked");
        assertThat(guesser.tryLogIn(nodeA, username, PASSWORD)).as("and on node A").endsWith("/login?locked");
    }

    /**
     * Figures are kept on each node until the register changes (UntilRegisterChanges): a change made on node B is in
     * node A's analysis at once, though A had kept its figures from before.
     */
    @Test
    void aChangeOnOneNodeIsInTheOtherNodesAnalysisAtOnce() {
        AreaAnalysis onA = nodeA.getBean(AreaAnalysis.class);
        JdbcClient onB = nodeB.getBean(JdbcClient.class);
        String name = "Två noder " + System.nanoTime();
        long area = onB.sql("INSERT INTO area (name, sort_order) VALUES (:n, 990) RETURNING id").param("n", name).query(Long.class).single();
        try {
            assertThat(total(onA, area)).isZero();
            assertThat(total(onA, area)).as("kept on node A").isZero();
            onB.sql("""
                    INSERT INTO arena (name, area_id, scope, status, purpose) VALUES (:n, :area, 'REGIONAL', 'ACTIVE', 'Syfte')""")
                    .param("n", name).param("area", area).update();
            assertThat(total(onA, area)).as("node B's change, on node A").isEqualTo(1);
        } finally {
            onB.sql("DELETE FROM arena WHERE area_id = :area").param("area", area).update();
            onB.sql("DELETE FROM area WHERE id = :area").param("area", area).update();
        }
    }

    /**
     * The public's pages are kept on each node until the register changes too (PublicPageCache): a topic added on
     * node B is on node A's topic list at once, though A had kept the list from before.
     */
    @Test
    void aChangeOnOneNodeIsOnThePublicPageTheOtherNodeKept() throws Exception {
        Browser anonymous = new Browser();
        String name = "Två noders ämne " + System.nanoTime();
        io.micrometer.core.instrument.MeterRegistry metersOnA = nodeA.getBean(io.micrometer.core.instrument.MeterRegistry.class);
        assertThat(anonymous.get(nodeA, "/topics").body()).doesNotContain(name);
        double keptBefore = kept(metersOnA);
        String before = anonymous.get(nodeA, "/topics").body();
        assertThat(kept(metersOnA)).as("the second request on node A: its page kept").isEqualTo(keptBefore + 1);
        JdbcClient onB = nodeB.getBean(JdbcClient.class);
        onB.sql("INSERT INTO topic (name) VALUES (:n)").param("n", name).update();
        try {
            String after = anonymous.get(nodeA, "/topics").body();
            assertThat(after).as("node B's change, on node A's page").contains(name).isNotEqualTo(before);
        } finally {
            onB.sql("DELETE FROM topic WHERE name = :n").param("n", name).update();
        }
    }

    private static double kept(io.micrometer.core.instrument.MeterRegistry meters) {
        var counter = meters.find("arenaregister.kept").tag("cache", "web.public-pages").tag("result", "kept").counter();
        return counter == null ? 0 : counter.count();
    }

    private static int total(AreaAnalysis analysis, long area) {
        return analysis.all().stream().filter(a -> a.areaId() == area).findFirst().orElseThrow().total();
    }

    @Test
    void aJobDueOnBothNodesAtTheSameMomentRunsOnce() throws Exception {
        List<String> ranOn = new CopyOnWriteArrayList<>();
        CountDownLatch skipped = new CountDownLatch(1);
        CyclicBarrier sameMoment = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> runs = List.of(nodeA, nodeB).stream().map(node -> threads.submit(() -> {
                OnceAcrossNodes once = node.getBean(OnceAcrossNodes.class);
                sameMoment.await(10, TimeUnit.SECONDS);
                boolean ran = once.run("two-nodes-test.job", () -> {
                    ranOn.add(node.getId());
                    // Still running when the other node's turn has come and gone (or 10 s, if both ran: the test fails).
                    awaitQuietly(skipped);
                });
                if (!ran) {
                    skipped.countDown();
                }
                return ran;
            })).toList();
            List<Boolean> outcomes = List.of(runs.get(0).get(30, TimeUnit.SECONDS), runs.get(1).get(30, TimeUnit.SECONDS));
            assertThat(outcomes).as("ran on exactly one node").containsExactlyInAnyOrder(true, false);
            assertThat(ranOn).hasSize(1);
        } finally {
            threads.shutdownNow();
        }
        // The lock is released after the run: the next turn runs again.
        assertThat(nodeB.getBean(OnceAcrossNodes.class).run("two-nodes-test.job", () -> ranOn.add("again"))).isTrue();
        assertThat(ranOn).hasSize(2);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A new account, made on node A. */
    private static String account(AccountRole role) {
        String username = UserAccountsTest.uniqueName();
        nodeA.getBean(UserAdministration.class).create(new NewUserForm(username, "Två noder " + username, role, PASSWORD, PASSWORD));
        return username;
    }

    /** One browser: one cookie jar for both nodes, redirects not followed. */
    private static final class Browser {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1)
                .build();

        HttpResponse<String> get(ConfigurableApplicationContext node, String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(base(node) + path)).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Posts a form with the CSRF token of this browser's session, read from the login page of {@code node}. */
        HttpResponse<String> post(ConfigurableApplicationContext node, String path, Map<String, String> fields)
                throws IOException, InterruptedException {
            StringBuilder body = new StringBuilder("_csrf=").append(encode(csrf(node)));
            fields.forEach((name, value) -> body.append('&').append(encode(name)).append('=').append(encode(value)));
            return client.send(HttpRequest.newBuilder(URI.create(base(node) + path))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Where the login form sends the browser. */
        String tryLogIn(ConfigurableApplicationContext node, String username, String password) throws IOException, InterruptedException {
            HttpResponse<String> answer = post(node, "/login", Map.of("username", username, "password", password));
            assertThat(answer.statusCode()).isEqualTo(302);
            return answer.headers().firstValue("Location").orElse("");
        }

        void logIn(ConfigurableApplicationContext node, String username, String password) throws IOException, InterruptedException {
            assertThat(tryLogIn(node, username, password)).as("logging in as " + username).endsWith("/dashboard");
        }

        private String csrf(ConfigurableApplicationContext node) throws IOException, InterruptedException {
            String page = get(node, "/login").body();
            Matcher matcher = CSRF.matcher(page);
            if (!matcher.find()) {
                // Signed in: the login page may not draw the form; every page's header has the logout form.
                matcher = CSRF.matcher(get(node, "/dashboard").body());
                assertThat(matcher.find()).as("a CSRF token").isTrue();
            }
            return matcher.group(1);
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
