package se.arenaregister.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.arenaregister.ArenaRegisterApplication;
import se.arenaregister.report.MemoEditions;
import se.arenaregister.search.internal.SearchIndex;
import se.arenaregister.shared.UntilRegisterChanges;
import se.arenaregister.support.IntegrationTest;

/**
 * The register at national scale (issue 14): for each scale (arenas; {@code -Dbenchmark.scales=1000,10000,100000},
 * default 1,000 and 10,000) a fresh embedded PostgreSQL, the application started on it without demo data, the register
 * grown by {@code benchmark/scale-data.sql} (set-based SQL), the search index rebuilt and the tables analysed; then
 * every endpoint of {@link #endpoints} over HTTP at 1 and 16 concurrent clients ({@code -Dbenchmark.clients}):
 * warm-up, then {@code benchmark.seconds} (default 8) of requests, each with a timeout ({@code benchmark.timeout},
 * default 60 s) so a slow endpoint cannot stall the run (it counts as a timeout). Reported: p50, p95, max, throughput,
 * errors, timeouts, bytes, the heap's peak, and the floor: the slowest SQL statement the endpoint ran (captured from the
 * application's own data source on one request), run again alone on the same database with the same parameters.
 * Results in {@code target/benchmarks/scale.md}, {@code .csv} and {@code .json}, written after every endpoint, so a
 * run cut short keeps what it measured. Missed targets are reported, never failed: only errors of its own fail it.
 */
@Tag("benchmark")
class ScaleBenchmark {

    static final Path DIRECTORY = Path.of("target", "benchmarks");
    static final Pattern SCALE = Pattern.compile("(?<!:):scale\\b");
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    final List<Integer> scales = integers(System.getProperty("benchmark.scales", "1000,10000"));
    final List<Integer> concurrency = integers(System.getProperty("benchmark.clients", "1,16"));
    final Duration duration = Duration.ofSeconds(Long.getLong("benchmark.seconds", 8));
    final Duration timeout = Duration.ofSeconds(Long.getLong("benchmark.timeout", 60));
    final int warmUp = Integer.getInteger("benchmark.warm-up", 3);
    /**
     * Then this long of requests one at a time, not measured, for an endpoint that answered its warm-up in under a
     * second: the JIT has compiled the endpoint's paths, as on a server that has been running (the "warmed
     * up"). After three requests they are still interpreted: at 1,000 arenas and 16 clients the dashboard's p95 was
     * 129 ms after them and 81 ms after 10 s. One client, not sixteen: with the 2 cores busy the compiler threads wait,
     * and 20 s at 16 clients left the dashboard at 118 ms.
     */
    final Duration warmUpTime = Duration.ofSeconds(Long.getLong("benchmark.warm-up-seconds", 10));
    final String only = System.getProperty("benchmark.endpoints", "");

    final List<Measurement> measurements = Collections.synchronizedList(new ArrayList<>());
    final Map<Integer, Map<String, String>> setups = new LinkedHashMap<>();

    /** What an endpoint must meet (issue 14); {@code null} bytes or millis: no bound of that kind. */
    enum Target {
        LIST("p95 ≤ 100 ms", 100L, null), ANALYSIS("p95 ≤ 300 ms", 300L, null),
        NETWORK("p95 ≤ 300 ms, ≤ 500 KB", 300L, 500L * 1024), EXPORT("≤ 30 s at 100k", 30_000L, null),
        MEMO("≤ 20 s at 10k", 20_000L, null), NONE("–", null, null);

        final String text;
        final Long p95Millis;
        final Long maxBytes;

        Target(String text, Long p95Millis, Long maxBytes) {
            this.text = text;
            this.p95Millis = p95Millis;
            this.maxBytes = maxBytes;
        }
    }

    /** One endpoint: its path (from the fixture's ids), whether it needs a signed-in session, and its target. */
    record Endpoint(String name, Function<Fixture, String> path, boolean internal, Target target, boolean computed) {

        Endpoint(String name, Function<Fixture, String> path, boolean internal, Target target) {
            this(name, path, internal, target, false);
        }
    }

    /** Ids in the generated register that the paths need. */
    record Fixture(long areaId, long subAreaId, long arenaId, long personId, String word, long memoId) {
    }

    /** The memo's target is at 10,000 arenas; above it the memo (every arena in its appendix) is not measured. */
    static final int MEMO_SCALE = 10_000;

    /**
     * The measured endpoints, in report order. Add one here (e.g. the API's {@code cursor} once it exists: its first
     * page's next cursor can be read in {@link #fixture}).
     */
    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("/arenas", f -> "/arenas", false, Target.LIST),
                new Endpoint("/arenas?area=…", f -> "/arenas?area=" + f.areaId(), false, Target.LIST),
                new Endpoint("/arenas?q=…", f -> "/arenas?q=" + f.word(), false, Target.LIST),
                new Endpoint("/api/v1/arenas?size=50", f -> "/api/v1/arenas?size=50", false, Target.LIST),
                new Endpoint("/api/v1/arenas?size=50&page=100", f -> "/api/v1/arenas?size=50&page=100", false, Target.LIST),
                new Endpoint("/search?q=…", f -> "/search?q=" + f.word(), false, Target.LIST),
                new Endpoint("/arenas/{id}", f -> "/arenas/" + f.arenaId(), false, Target.LIST),
                new Endpoint("/people/{id}", f -> "/people/" + f.personId(), true, Target.LIST),
                new Endpoint("/dashboard", f -> "/dashboard", true, Target.LIST),
                // A coordinator's register: drawn for each request (officials' links, edit buttons, the user's forms).
                new Endpoint("/arenas (signed in)", f -> "/arenas", true, Target.LIST),
                new Endpoint("/arenas?area=… (signed in)", f -> "/arenas?area=" + f.areaId(), true, Target.LIST),
                new Endpoint("/arenas?q=… (signed in)", f -> "/arenas?q=" + f.word(), true, Target.LIST),
                new Endpoint("/arenas/{id} (signed in)", f -> "/arenas/" + f.arenaId(), true, Target.LIST),
                new Endpoint("/analysis", f -> "/analysis", false, Target.ANALYSIS),
                new Endpoint("/analysis/areas/{id}", f -> "/analysis/areas/" + f.areaId(), false, Target.ANALYSIS),
                new Endpoint("/coverage", f -> "/coverage", false, Target.ANALYSIS),
                // The same, computed on every request (nothing kept: as the first request after each change), and the
                // register's pages drawn anew (the public's pages are kept too: PublicPageCache).
                new Endpoint("/arenas (computed)", f -> "/arenas", false, Target.NONE, true),
                new Endpoint("/arenas?q=… (computed)", f -> "/arenas?q=" + f.word(), false, Target.NONE, true),
                new Endpoint("/analysis (computed)", f -> "/analysis", false, Target.NONE, true),
                new Endpoint("/coverage (computed)", f -> "/coverage", false, Target.NONE, true),
                new Endpoint("/network (computed)", f -> "/network", false, Target.NONE, true),
                new Endpoint("/network", f -> "/network", false, Target.NETWORK),
                new Endpoint("/api/v1/network", f -> "/api/v1/network", false, Target.NONE),
                new Endpoint("/export/arenas.xlsx", f -> "/export/arenas.xlsx", false, Target.EXPORT),
                new Endpoint("/export/arenas.csv", f -> "/export/arenas.csv", false, Target.EXPORT),
                new Endpoint("/export/open-data.json", f -> "/export/open-data.json", false, Target.EXPORT),
                // A draft edition, made by the fixture: its memo read from the register as it is.
                new Endpoint("/memos/{id}/memo.docx", f -> "/memos/" + f.memoId() + "/memo.docx", true, Target.MEMO),
                new Endpoint("/memos/{id}/memo.pdf", f -> "/memos/" + f.memoId() + "/memo.pdf", true, Target.MEMO));
    }

    @Test
    void measureEveryEndpointAtEveryScale() throws Exception {
        Files.createDirectories(DIRECTORY);
        for (int scale : scales) {
            try (Running app = Running.start(scale)) {
                Map<String, String> setup = new LinkedHashMap<>();
                setups.put(scale, setup);
                generate(app, scale, setup);
                Fixture fixture = fixture(app, scale);
                Clients clients = new Clients(app.base(), timeout);
                clients.signIn(IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
                for (Endpoint endpoint : endpoints()) {
                    if (!only.isBlank() && Arrays.stream(only.split(",")).noneMatch(endpoint.name()::contains)) {
                        continue;
                    }
                    if (endpoint.target() == Target.MEMO && scale > MEMO_SCALE) {
                        System.out.printf("[scale %d] %s not measured: the memo's target is at %d arenas%n", scale, endpoint.name(), MEMO_SCALE);
                        continue;
                    }
                    measure(app, clients, scale, endpoint, fixture);
                    write();
                }
            }
        }
        write();
        System.out.println(Files.readString(DIRECTORY.resolve("scale.md")));
    }

    /** Runs the generator, rebuilds the search index, analyses; records how long each took. */
    void generate(Running app, int scale, Map<String, String> setup) throws Exception {
        String script;
        try (InputStream in = ScaleBenchmark.class.getResourceAsStream("/benchmark/scale-data.sql")) {
            script = SCALE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)).replaceAll(Integer.toString(scale));
        }
        DataSource data = app.dataSource();
        long started = System.nanoTime();
        // A connection of its own, without the pool's 60 s socket timeout: at 100k arenas single statements take longer.
        HikariDataSource pool = data.unwrap(HikariDataSource.class);
        java.util.Properties login = new java.util.Properties();
        login.setProperty("user", pool.getUsername());
        login.setProperty("password", pool.getPassword());
        login.setProperty("socketTimeout", "0");
        try (Connection connection = DriverManager.getConnection(pool.getJdbcUrl(), login); Statement statement = connection.createStatement()) {
            statement.execute(script);
        }
        setup.put("generate", millis(started) + " ms");
        started = System.nanoTime();
        SearchIndex index = app.context.getBean(SearchIndex.class);
        JdbcClient jdbc = JdbcClient.create(data);
        Integer entries = new TransactionTemplate(app.context.getBean(PlatformTransactionManager.class)).execute(s -> {
            jdbc.sql("SET LOCAL statement_timeout = 0").update();
            return index.rebuild();
        });
        setup.put("search index", entries + " entries, " + millis(started) + " ms");
        started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(pool.getJdbcUrl(), login); Statement statement = connection.createStatement()) {
            statement.execute("SET statement_timeout = 0");
            statement.execute("VACUUM ANALYZE");
            statement.execute("RESET statement_timeout");
        }
        setup.put("vacuum analyze", millis(started) + " ms");
        for (String table : List.of("area", "organisation", "arena", "arena_member", "person", "appointment", "assessment", "review",
                "audit_entry", "search_entry")) {
            setup.put(table, String.format(Locale.ROOT, "%,d", jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single()));
        }
        setup.put("database", jdbc.sql("SELECT pg_size_pretty(pg_database_size(current_database()))").query(String.class).single());
    }

    Fixture fixture(Running app, int scale) {
        JdbcClient jdbc = JdbcClient.create(app.dataSource());
        long area = jdbc.sql("SELECT id FROM area WHERE parent_id IS NULL ORDER BY sort_order, id LIMIT 1").query(Long.class).single();
        long subArea = jdbc.sql("SELECT id FROM area WHERE parent_id = :a ORDER BY id LIMIT 1").param("a", area).query(Long.class).single();
        long arena = jdbc.sql("SELECT id FROM arena WHERE NOT archived ORDER BY id OFFSET (SELECT count(*) / 2 FROM arena) LIMIT 1")
                .query(Long.class).single();
        long person = jdbc.sql("SELECT person_id FROM appointment GROUP BY person_id ORDER BY count(*) DESC, person_id LIMIT 1")
                .query(Long.class).single();
        // A draft edition of this year's memo, made as the system (no one signed in on this thread: the coordinator's rights).
        long memo = scale > MEMO_SCALE ? 0 : app.context.getBean(MemoEditions.class).create(app.context.getBean(MemoEditions.class).newEditionForm());
        return new Fixture(area, subArea, arena, person, "kollektivtrafik", memo);
    }

    void measure(Running app, Clients clients, int scale, Endpoint endpoint, Fixture fixture) throws Exception {
        String path = endpoint.path().apply(fixture);
        System.out.printf("[scale %d] %s%n", scale, path);
        // Warm-up: stop early when the endpoint is slow (a request over the run's duration is warm enough).
        Sample warm = null;
        for (int i = 0; i < warmUp; i++) {
            warm = clients.get(path, endpoint.internal());
            if (warm.millis() > duration.toMillis() || warm.failed()) {
                break;
            }
        }
        if (warm != null && !warm.failed() && warm.millis() < 1_000 && !warmUpTime.isZero()) {
            run(app, clients, scale, endpoint, path, 1, null, warmUpTime);
        }
        app.awaitIdle();
        Floor floor = floor(app, clients, path, endpoint.internal());
        Double singleP50 = null;
        for (int c : concurrency) {
            if (c > 1 && singleP50 != null && singleP50 * c / Runtime.getRuntime().availableProcessors() > timeout.toMillis()) {
                measurements.add(Measurement.skipped(scale, endpoint, path, c, floor,
                        "skipped: at %d ms alone, %d clients would time out".formatted(Math.round(singleP50), c)));
                continue;
            }
            Measurement m = run(app, clients, scale, endpoint, path, c, floor);
            measurements.add(m);
            if (c == 1) {
                singleP50 = m.count() == 0 ? null : m.p50();
                if (m.count() == 0 || m.timeouts() == m.count()) {
                    singleP50 = (double) timeout.toMillis();
                }
            }
            app.awaitIdle();
        }
    }

    /** The slowest statement of one request, run again alone with its parameters (median of three, all rows read). */
    Floor floor(Running app, Clients clients, String path, boolean internal) {
        // The statements that compute the page, not those that find it kept (UntilRegisterChanges).
        app.context.getBean(UntilRegisterChanges.class).forgetAll();
        List<Captured> statements = app.capture(() -> clients.get(path, internal));
        if (statements.isEmpty()) {
            return new Floor(0, 0, null, null, "no SQL");
        }
        double inRequest = statements.stream().mapToDouble(Captured::millis).sum();
        Captured main = statements.stream().max(java.util.Comparator.comparingDouble(Captured::millis)).orElseThrow();
        try (Connection connection = app.dataSource().getConnection()) {
            connection.setReadOnly(true);
            double[] runs = new double[3];
            for (int i = 0; i < runs.length; i++) {
                long started = System.nanoTime();
                try (PreparedStatement statement = connection.prepareStatement(main.sql())) {
                    for (ParameterSetOperation operation : main.parameters()) {
                        operation.getMethod().invoke(statement, operation.getArgs());
                    }
                    if (statement.execute()) {
                        try (ResultSet rows = statement.getResultSet()) {
                            while (rows.next()) {
                                rows.getObject(1);
                            }
                        }
                    }
                }
                runs[i] = (System.nanoTime() - started) / 1e6;
            }
            Arrays.sort(runs);
            return new Floor(statements.size(), inRequest, runs[1], oneLine(main.sql()), null);
        } catch (Exception e) {
            return new Floor(statements.size(), inRequest, null, oneLine(main.sql()), e.toString());
        }
    }

    Measurement run(Running app, Clients clients, int scale, Endpoint endpoint, String path, int c, Floor floor) throws Exception {
        return run(app, clients, scale, endpoint, path, c, floor, duration);
    }

    Measurement run(Running app, Clients clients, int scale, Endpoint endpoint, String path, int c, Floor floor, Duration duration)
            throws Exception {
        List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
        app.resetHeapPeak();
        long deadline = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(c);
        try {
            List<CompletableFuture<Void>> running = new ArrayList<>();
            for (int i = 0; i < c; i++) {
                running.add(CompletableFuture.runAsync(() -> {
                    do {
                        if (endpoint.computed()) {
                            app.context.getBean(UntilRegisterChanges.class).forgetAll();
                        }
                        samples.add(clients.get(path, endpoint.internal()));
                    } while (System.nanoTime() < deadline);
                }, pool));
            }
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return Measurement.of(scale, endpoint, path, c, samples, seconds, app.heapPeakMegabytes(), floor);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The report.

    synchronized void write() throws IOException {
        List<String> md = new ArrayList<>();
        md.add("# Scale benchmark");
        md.add("");
        md.add("%s · %d cores · Java %s · heap max %d MB · %s %s".formatted(
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("os.name"),
                System.getProperty("os.arch")));
        md.add("");
        md.add(("Over HTTP on localhost (Java HttpClient, HTTP/1.1): %d warm-up requests and %d s of requests one at a"
                + " time, not measured (for an endpoint that answers within a second), then %d s of requests per endpoint and"
                + " concurrency, each with a %d s timeout. Internal pages signed in as an administrator, public ones anonymous."
                + " p50/p95/max in ms; req/s = throughput; bytes = the body's size; heap = peak of the JVM's heap pools during"
                + " the run (application and benchmark share the JVM). SQL floor: the endpoint's slowest statement (captured from"
                + " the application's data source on one request), run alone with the same parameters, median of 3, all rows"
                + " read; stmts: statements of that one request; app/SQL = c1 p50 / floor.").formatted(warmUp, warmUpTime.toSeconds(),
                duration.toSeconds(), timeout.toSeconds()));
        for (Map.Entry<Integer, Map<String, String>> setup : setups.entrySet()) {
            int scale = setup.getKey();
            md.add("");
            md.add("## %,d arenas".formatted(scale));
            md.add("");
            md.add(setup.getValue().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(" · ")));
            md.add("");
            md.add("| endpoint | clients | p50 | p95 | max | req/s | n | errors | timeouts | bytes | heap MB | stmts | SQL floor | app/SQL | target |");
            md.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
            for (Measurement m : snapshot()) {
                if (m.scale() != scale) {
                    continue;
                }
                if (m.note() != null) {
                    md.add("| `%s` | %d | %s |  |  |  |  |  |  |  |  |  |  |  |  |".formatted(m.path(), m.clients(), m.note()));
                    continue;
                }
                md.add("| `%s` | %d | %s | %s | %s | %.1f | %d | %d | %d | %s | %d | %d | %s | %s | %s |".formatted(m.path(), m.clients(),
                        ms(m.p50()), ms(m.p95()), ms(m.max()), m.throughput(), m.count(), m.errors(), m.timeouts(), bytes(m.bytes()),
                        m.heapMegabytes(), m.floor().statements(), m.floor().millis() == null ? "n/a" : ms(m.floor().millis()),
                        m.floor().millis() == null || m.floor().millis() <= 0 ? "–" : "%.1f".formatted(m.p50() / Math.max(0.1, m.floor().millis())),
                        verdict(m)));
            }
        }
        md.addAll(summary());
        md.add("");
        md.add("## The statements taken as the floor");
        md.add("");
        Map<String, String> mains = new LinkedHashMap<>();
        for (Measurement m : snapshot()) {
            if (m.floor().sql() != null) {
                mains.putIfAbsent(m.endpoint().name(), m.floor().sql() + (m.floor().error() == null ? "" : " (rerun failed: " + m.floor().error() + ")"));
            }
        }
        mains.forEach((name, sql) -> md.add("- `%s`: `%s`".formatted(name, sql.length() > 300 ? sql.substring(0, 300) + " …" : sql)));
        Files.write(DIRECTORY.resolve("scale.md"), md, StandardCharsets.UTF_8);

        List<String> csv = new ArrayList<>();
        csv.add("scale,endpoint,path,clients,p50_ms,p95_ms,max_ms,requests_per_s,requests,errors,timeouts,bytes,heap_mb,statements,"
                + "sql_in_request_ms,sql_floor_ms,target,met,note");
        List<String> json = new ArrayList<>();
        for (Measurement m : snapshot()) {
            String met = m.note() != null ? "" : verdict(m).startsWith("met") ? "true" : verdict(m).contains("missed") ? "false" : "";
            csv.add(String.join(",", Integer.toString(m.scale()), quoted(m.endpoint().name()), quoted(m.path()), Integer.toString(m.clients()),
                    num(m.p50()), num(m.p95()), num(m.max()), num(m.throughput()), Integer.toString(m.count()), Integer.toString(m.errors()),
                    Integer.toString(m.timeouts()), Long.toString(m.bytes()), Long.toString(m.heapMegabytes()),
                    Integer.toString(m.floor().statements()), num(m.floor().inRequest()), m.floor().millis() == null ? "" : num(m.floor().millis()),
                    quoted(m.endpoint().target().text), met, quoted(m.note() == null ? "" : m.note())));
            json.add(("{\"scale\":%d,\"endpoint\":%s,\"path\":%s,\"clients\":%d,\"p50Ms\":%s,\"p95Ms\":%s,\"maxMs\":%s,\"requestsPerSecond\":%s,"
                    + "\"requests\":%d,\"errors\":%d,\"timeouts\":%d,\"bytes\":%d,\"heapMb\":%d,\"statements\":%d,\"sqlInRequestMs\":%s,"
                    + "\"sqlFloorMs\":%s,\"target\":%s,\"met\":%s,\"note\":%s}").formatted(m.scale(), jsonString(m.endpoint().name()),
                    jsonString(m.path()), m.clients(), num(m.p50()), num(m.p95()), num(m.max()), num(m.throughput()), m.count(), m.errors(),
                    m.timeouts(), m.bytes(), m.heapMegabytes(), m.floor().statements(), num(m.floor().inRequest()),
                    m.floor().millis() == null ? "null" : num(m.floor().millis()), jsonString(m.endpoint().target().text),
                    met.isEmpty() ? "null" : met, m.note() == null ? "null" : jsonString(m.note())));
        }
        Files.write(DIRECTORY.resolve("scale.csv"), csv, StandardCharsets.UTF_8);
        String setupJson = setups.entrySet().stream().map(s -> "\"" + s.getKey() + "\":{" + s.getValue().entrySet().stream()
                .map(e -> jsonString(e.getKey()) + ":" + jsonString(e.getValue())).collect(Collectors.joining(",")) + "}")
                .collect(Collectors.joining(","));
        Files.writeString(DIRECTORY.resolve("scale.json"), "{\"setup\":{" + setupJson + "},\"measurements\":[\n" + String.join(",\n", json)
                + "\n]}\n", StandardCharsets.UTF_8);
    }

    /** Per endpoint and concurrency: p95 at each scale, the growth largest/smallest, and the target at the largest. */
    List<String> summary() {
        List<Measurement> all = snapshot();
        List<Integer> measured = all.stream().map(Measurement::scale).distinct().sorted().toList();
        List<String> md = new ArrayList<>();
        if (measured.isEmpty()) {
            return md;
        }
        int smallest = measured.get(0);
        int largest = measured.get(measured.size() - 1);
        md.add("");
        md.add("## Summary");
        md.add("");
        StringBuilder header = new StringBuilder("| endpoint | clients |");
        StringBuilder rule = new StringBuilder("|---|---:|");
        for (int s : measured) {
            header.append(" p95 %s |".formatted(short_(s)));
            rule.append("---:|");
        }
        header.append(" bytes %s | p95 %s/%s | app/SQL %s | target | at %s |".formatted(short_(largest), short_(largest), short_(smallest),
                short_(largest), short_(largest)));
        rule.append("---:|---:|---:|---|---|");
        md.add(header.toString());
        md.add(rule.toString());
        for (Endpoint endpoint : endpoints()) {
            for (int c : concurrency) {
                Map<Integer, Measurement> byScale = new LinkedHashMap<>();
                all.stream().filter(m -> m.endpoint().name().equals(endpoint.name()) && m.clients() == c)
                        .forEach(m -> byScale.put(m.scale(), m));
                if (byScale.isEmpty()) {
                    continue;
                }
                StringBuilder row = new StringBuilder("| `%s` | %d |".formatted(endpoint.name(), c));
                for (int s : measured) {
                    Measurement m = byScale.get(s);
                    row.append(' ').append(m == null ? "" : m.note() != null ? "skipped" : ms(m.p95()) + (m.timeouts() > 0 ? " (" + m.timeouts() + " t/o)" : ""))
                            .append(" |");
                }
                Measurement big = byScale.get(largest);
                Measurement small = byScale.get(smallest);
                boolean both = big != null && small != null && big.note() == null && small.note() == null && small.p95() > 0;
                row.append(" %s | %s | %s | %s | %s |".formatted(big == null || big.note() != null ? "" : bytes(big.bytes()),
                        both && largest != smallest ? "%.1f×".formatted(big.p95() / small.p95()) : "–",
                        big == null || big.note() != null || big.floor().millis() == null || big.floor().millis() <= 0 || c != 1 ? "–"
                                : "%.1f".formatted(big.p50() / Math.max(0.1, big.floor().millis())),
                        endpoint.target().text, big == null ? "" : verdict(big)));
                md.add(row.toString());
            }
        }
        return md;
    }

    static String verdict(Measurement m) {
        Target t = m.endpoint().target();
        if (m.note() != null) {
            return t == Target.NONE ? "–" : "**not measured**";
        }
        if (t == Target.NONE) {
            return "–";
        }
        if (t == Target.EXPORT && m.scale() < 100_000) {
            return "(target at 100k)";
        }
        boolean time = m.errors() == 0 && m.timeouts() == 0 && m.p95() <= (t == Target.EXPORT ? Double.MAX_VALUE : t.p95Millis)
                && (t != Target.EXPORT || m.max() <= t.p95Millis);
        boolean size = t.maxBytes == null || m.bytes() <= t.maxBytes;
        return time && size ? "met" : "**missed**";
    }

    List<Measurement> snapshot() {
        synchronized (measurements) {
            return List.copyOf(measurements);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Records and helpers.

    record Sample(double millis, int status, long bytes, boolean timedOut) {

        boolean failed() {
            return timedOut || status != 200;
        }
    }

    record Floor(int statements, double inRequest, Double millis, String sql, String error) {
    }

    record Captured(String sql, List<ParameterSetOperation> parameters, double millis) {
    }

    record Measurement(int scale, Endpoint endpoint, String path, int clients, double p50, double p95, double max, double throughput,
                       int count, int errors, int timeouts, long bytes, long heapMegabytes, Floor floor, String note) {

        static Measurement of(int scale, Endpoint endpoint, String path, int clients, List<Sample> samples, double seconds, long heap,
                              Floor floor) {
            List<Sample> copy;
            synchronized (samples) {
                copy = List.copyOf(samples);
            }
            double[] ok = copy.stream().filter(s -> !s.failed()).mapToDouble(Sample::millis).sorted().toArray();
            double[] all = copy.stream().mapToDouble(Sample::millis).sorted().toArray();
            int errors = (int) copy.stream().filter(s -> !s.timedOut() && s.status() != 200).count();
            int timeouts = (int) copy.stream().filter(Sample::timedOut).count();
            long bytes = copy.stream().filter(s -> !s.failed()).mapToLong(Sample::bytes).max().orElse(0);
            // Timeouts count at the timeout in the percentiles: a slow endpoint must not look fast by losing its slow requests.
            return new Measurement(scale, endpoint, path, clients, percentile(all, 0.50), percentile(all, 0.95),
                    all.length == 0 ? 0 : all[all.length - 1], ok.length / seconds, copy.size(), errors, timeouts, bytes, heap, floor, null);
        }

        static Measurement skipped(int scale, Endpoint endpoint, String path, int clients, Floor floor, String note) {
            return new Measurement(scale, endpoint, path, clients, 0, 0, 0, 0, 0, 0, 0, 0, 0, floor, note);
        }
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * p) - 1)];
    }

    static List<Integer> integers(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
    }

    static long millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    static String ms(double millis) {
        return millis >= 100 ? String.format(Locale.ROOT, "%,.0f", millis) : String.format(Locale.ROOT, "%.1f", millis);
    }

    static String num(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String bytes(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return bytes >= 1024 ? String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0) : bytes + " B";
    }

    static String short_(int scale) {
        return scale % 1000 == 0 ? scale / 1000 + "k" : Integer.toString(scale);
    }

    static String oneLine(String sql) {
        return sql.replaceAll("\\s+", " ").trim();
    }

    static String quoted(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    static String jsonString(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : value.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** An anonymous client and a signed-in one, sharing nothing but the server; bodies are counted, not kept. */
    static final class Clients {

        private final String base;
        private final Duration timeout;
        private final HttpClient anonymous;
        private final HttpClient signedIn;

        Clients(String base, Duration timeout) {
            this.base = base;
            this.timeout = timeout;
            this.anonymous = client();
            this.signedIn = client();
        }

        private static HttpClient client() {
            return HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
                    .version(HttpClient.Version.HTTP_1_1).build();
        }

        void signIn(String username, String password) throws IOException, InterruptedException {
            HttpResponse<String> login = signedIn.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher csrf = CSRF.matcher(login.body());
            if (!csrf.find()) {
                throw new IllegalStateException("No CSRF token on the login page: " + login.statusCode());
            }
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> answer = signedIn.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String location = answer.headers().firstValue("Location").orElse("");
            if (answer.statusCode() != 302 || location.contains("/login")) {
                throw new IllegalStateException("Login as " + username + " failed: " + answer.statusCode() + " " + location);
            }
        }

        Sample get(String path, boolean internal) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                    .header("Accept-Language", "sv").header("Accept", path.startsWith("/api/") ? "application/json" : "text/html,*/*")
                    .GET().build();
            long started = System.nanoTime();
            CompletableFuture<HttpResponse<Long>> answer = (internal ? signedIn : anonymous).sendAsync(request, info -> new Counting());
            try {
                HttpResponse<Long> response = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                return new Sample((System.nanoTime() - started) / 1e6, response.statusCode(), response.body(), false);
            } catch (TimeoutException e) {
                answer.cancel(true);
                return new Sample(timeout.toMillis(), 0, 0, true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Sample((System.nanoTime() - started) / 1e6, 0, 0, false);
            } catch (Exception e) {
                boolean timedOut = e.getCause() instanceof java.net.http.HttpTimeoutException;
                return new Sample(timedOut ? timeout.toMillis() : (System.nanoTime() - started) / 1e6, 0, 0, timedOut);
            }
        }
    }

    /** Counts a body's bytes as they arrive, keeping none of them. */
    static final class Counting implements HttpResponse.BodySubscriber<Long> {

        private final CompletableFuture<Long> result = new CompletableFuture<>();
        private long bytes;

        @Override
        public CompletableFuture<Long> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer item : items) {
                bytes += item.remaining();
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(bytes);
        }
    }

    /** Records the statements the application runs while switched on. */
    static final class Capture {

        private final List<Captured> captured = Collections.synchronizedList(new ArrayList<>());
        private volatile boolean capturing;

        void record(ExecutionInfo execution, List<QueryInfo> queries) {
            if (!capturing || queries.isEmpty()) {
                return;
            }
            QueryInfo query = queries.get(0);
            List<ParameterSetOperation> parameters = query.getParametersList().isEmpty() ? List.of() : query.getParametersList().get(0);
            captured.add(new Captured(query.getQuery(), List.copyOf(parameters), execution.getElapsedTime()));
        }

        List<Captured> during(Runnable request) {
            captured.clear();
            capturing = true;
            try {
                request.run();
            } finally {
                capturing = false;
            }
            synchronized (captured) {
                return List.copyOf(captured);
            }
        }
    }

    /** The application on a fresh embedded PostgreSQL of its own, its data source wrapped to capture statements on demand. */
    static final class Running implements AutoCloseable {

        final ConfigurableApplicationContext context;
        final Capture capture;

        private Running(ConfigurableApplicationContext context, Capture capture) {
            this.context = context;
            this.capture = capture;
        }

        static Running start(int scale) {
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put("server.port", "0");
            properties.put("arenaregister.embedded-db.data-directory", Path.of("target", "benchmark-postgres", "scale-" + scale).toString());
            properties.put("arenaregister.embedded-db.clean", "true");
            properties.put("arenaregister.embedded-db.durable", "false");
            properties.put("arenaregister.demo-data.enabled", "false");
            properties.put("arenaregister.report.warm-up", "false");
            properties.put("arenaregister.admin.password", IntegrationTest.ADMIN_PASSWORD);
            // The search index's rebuild at 100k arenas outlasts the pool's 60 s socket timeout (the server's statement
            // timeout still ends a request's statement after 30 s).
            properties.put("spring.datasource.hikari.data-source-properties.socketTimeout", "0");
            properties.put("logging.level.root", "WARN");
            String[] arguments = properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new);
            Capture capture = new Capture();
            AtomicInteger wrapped = new AtomicInteger();
            ConfigurableApplicationContext context = new SpringApplicationBuilder(ArenaRegisterApplication.class)
                    .profiles("test")
                    .initializers(c -> c.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                        @Override
                        public Object postProcessAfterInitialization(Object bean, String beanName) {
                            if (bean instanceof DataSource data && !(bean instanceof ProxyDataSource) && wrapped.getAndIncrement() == 0) {
                                return ProxyDataSourceBuilder.create(data).name("benchmark")
                                        .afterQuery(capture::record).build();
                            }
                            return bean;
                        }
                    }))
                    .run(arguments);
            return new Running(context, capture);
        }

        /** The statements the application ran during {@code request} (nothing else must run meanwhile). */
        List<Captured> capture(Runnable request) {
            return capture.during(request);
        }

        DataSource dataSource() {
            return context.getBean(DataSource.class);
        }

        String base() {
            return "http://127.0.0.1:" + context.getEnvironment().getRequiredProperty("local.server.port");
        }

        void resetHeapPeak() {
            heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        }

        long heapPeakMegabytes() {
            return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
        }

        private static List<MemoryPoolMXBean> heapPools() {
            return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        }

        /**
         * Waits (at most five minutes) until no request is being worked on: timed-out requests may still run on. Asks this
         * application's own connector (the JMX thread pools of an application closed earlier in the same JVM linger with
         * the busy count they had, which made every wait at the second scale last the full five minutes).
         */
        void awaitIdle() {
            Tomcat tomcat = ((TomcatWebServer) ((WebServerApplicationContext) context).getWebServer()).getTomcat();
            Executor executor = tomcat.getConnector().getProtocolHandler().getExecutor();
            try {
                org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                        .until(() -> executor instanceof org.apache.tomcat.util.threads.ThreadPoolExecutor pool
                                ? pool.getActiveCount() == 0
                                : !(executor instanceof java.util.concurrent.ThreadPoolExecutor jdkPool) || jdkPool.getActiveCount() == 0);
            } catch (org.awaitility.core.ConditionTimeoutException stillBusy) {
                // Measured on regardless (as before): the next endpoint's numbers then carry the stragglers' load.
                System.out.println("Requests still running after five minutes; measuring on.");
            }
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
