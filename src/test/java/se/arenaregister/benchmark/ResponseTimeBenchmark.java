package se.arenaregister.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import se.arenaregister.report.internal.DocumentWarmUp;
import se.arenaregister.support.IntegrationTest;

/**
 * Response times over HTTP for the demo data, against the issues' targets: the generated memo (DOCX and PDF) in
 * under 1 s. Run with {@code mvn -Pbenchmark test}; not part of the suite (a timed test on a shared machine
 * would fail for reasons of its own). Each document is asked for once cold, then {@value #WARM_UP} times to
 * warm up and {@value #RUNS} times measured, one request at a time; the target holds when the 95th percentile
 * is under it. As in production, the memo is rendered once in the background at start ({@link DocumentWarmUp});
 * "first" is the first request after that. Other pages are measured for the README without a target. Results:
 * {@code target/benchmarks/response-times.md}.
 */
@Tag("benchmark")
@IntegrationTest
@TestPropertySource(properties = "arenaregister.report.warm-up=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResponseTimeBenchmark {

    static final int WARM_UP = 5;
    static final int RUNS = 30;
    static final Duration MEMO_TARGET = Duration.ofSeconds(1);
    static final Path REPORT = Path.of("target", "benchmarks", "response-times.md");

    @LocalServerPort
    int port;
    @Autowired
    DocumentWarmUp warmUp;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final List<String> lines = new ArrayList<>();

    @BeforeAll
    void header() throws InterruptedException {
        assertThat(warmUp.await(Duration.ofSeconds(60))).as("the memo warm-up after start ended").isTrue();
        assertThat(warmUp.rendered()).as("the memo warm-up rendered both documents").isTrue();
        lines.add("# Response times, demo data");
        lines.add("");
        lines.add("%s · %d cores · Java %s · %s %s".formatted(
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("os.name"), System.getProperty("os.arch")));
        lines.add("");
        lines.add(("One request at a time over HTTP on localhost. \"first\" is the first request to the path after start (the"
                + " memo's documents rendered once in the background at start, as in production); then %d warm-up requests"
                + " and %d measured.").formatted(WARM_UP, RUNS));
        lines.add("");
        lines.add("| request | bytes | first | median | p95 | max | target |");
        lines.add("|---|---:|---:|---:|---:|---:|---|");
    }

    @AfterAll
    void write() throws IOException {
        Files.createDirectories(REPORT.getParent());
        Files.write(REPORT, lines, StandardCharsets.UTF_8);
        System.out.println(String.join(System.lineSeparator(), lines));
    }

    @Test
    @Order(1)
    void theMemoAsDocxIsGeneratedInUnderOneSecond() throws Exception {
        Timing timing = measure("/reports/memo.docx", MEMO_TARGET);
        assertThat(timing.p95()).as("95th percentile of the DOCX memo, ms").isLessThan(MEMO_TARGET.toMillis());
    }

    @Test
    @Order(2)
    void theMemoAsPdfIsGeneratedInUnderOneSecond() throws Exception {
        Timing timing = measure("/reports/memo.pdf", MEMO_TARGET);
        assertThat(timing.p95()).as("95th percentile of the PDF memo, ms").isLessThan(MEMO_TARGET.toMillis());
    }

    @Test
    @Order(3)
    void otherPages() throws Exception {
        for (String path : List.of("/arenas", "/api/v1/arenas", "/analysis", "/api/v1/analysis/areas", "/coverage", "/network",
                "/api/v1/network", "/changes", "/export/arenas.xlsx", "/export/arenas.csv", "/export/open-data.json")) {
            measure(path, null);
        }
    }

    Timing measure(String path, Duration target) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "sv").timeout(Duration.ofSeconds(30)).GET().build();
        long[] first = time(request);
        for (int i = 0; i < WARM_UP; i++) {
            time(request);
        }
        long[] millis = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            millis[i] = time(request)[0];
        }
        Timing timing = Timing.of(first[0], first[1], millis);
        lines.add("| `GET %s` | %d | %d ms | %d ms | %d ms | %d ms | %s |".formatted(path, timing.bytes(), timing.first(),
                timing.median(), timing.p95(), timing.max(),
                target == null ? "–" : "< %d ms: %s".formatted(target.toMillis(), timing.p95() < target.toMillis() ? "met" : "**missed**")));
        return timing;
    }

    /** Milliseconds and the body's size; anything but 200 stops the benchmark. */
    long[] time(HttpRequest request) throws Exception {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(response.statusCode()).as("status of %s", request.uri()).isEqualTo(200);
        return new long[] {millis, response.body().length};
    }

    record Timing(long first, long bytes, long median, long p95, long max) {

        static Timing of(long first, long bytes, long[] millis) {
            long[] sorted = millis.clone();
            Arrays.sort(sorted);
            int p95 = (int) Math.ceil(sorted.length * 0.95) - 1;
            return new Timing(first, bytes, sorted[sorted.length / 2], sorted[p95], sorted[sorted.length - 1]);
        }
    }
}
