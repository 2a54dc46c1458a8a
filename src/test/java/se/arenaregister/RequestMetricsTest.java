package se.arenaregister;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.support.HttpUser;
import se.arenaregister.support.IntegrationTest;

/**
 * Requests are counted and timed per endpoint in /actuator/prometheus, by their URI template (one series for every
 * arena's page, not one per id), and only an administrator reads them.
 */
@IntegrationTest
class RequestMetricsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPageRequestShowsUpByItsUriTemplate() throws Exception {
        long arena = jdbc.sql("SELECT id FROM arena ORDER BY id LIMIT 1").query(Long.class).single();
        HttpUser visitor = HttpUser.anonymous(port);
        long before = count("/arenas");
        assertThat(visitor.get("/arenas").statusCode()).isEqualTo(200);
        assertThat(visitor.get("/arenas/" + arena).statusCode()).isEqualTo(200);

        String metrics = metrics(HttpUser.anonymous(port));
        assertThat(count("/arenas")).as("GET /arenas counted").isGreaterThan(before);
        assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/arenas/\\{id}\"")
                .doesNotContain("uri=\"/arenas/" + arena + "\"")
                .containsPattern("http_server_requests_seconds_sum\\{[^}]*uri=\"/arenas\"")
                .as("buckets at the response-time targets")
                .containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/arenas\"[^}]*le=\"0\\.1\"");
    }

    @Test
    void resultsKeptUntilTheRegisterChangesCountTheirHitsAndMisses() throws Exception {
        HttpUser visitor = HttpUser.anonymous(port);
        assertThat(visitor.get("/analysis").statusCode()).isEqualTo(200);
        double hits = kept("analysis.figures", "kept");
        assertThat(visitor.get("/analysis").statusCode()).isEqualTo(200);
        assertThat(kept("analysis.figures", "kept")).as("the second request finds the figures kept").isGreaterThan(hits);
        assertThat(kept("analysis.figures", "computed")).as("computed at least once").isGreaterThan(0);
    }

    private double kept(String cache, String result) throws Exception {
        Matcher matcher = Pattern.compile("arenaregister_kept_total\\{([^}]*)} ([0-9.E]+)").matcher(metrics(HttpUser.anonymous(port)));
        while (matcher.find()) {
            if (matcher.group(1).contains("cache=\"" + cache + "\"") && matcher.group(1).contains("result=\"" + result + "\"")) {
                return Double.parseDouble(matcher.group(2));
            }
        }
        return 0;
    }

    @Test
    void onlyAnAdministratorReadsTheMetrics() throws Exception {
        HttpResponse<String> anonymous = HttpUser.anonymous(port).send("GET", "/actuator/prometheus", null, null, "text/plain");
        assertThat(anonymous.statusCode()).isIn(401, 302);
        assertThat(anonymous.body()).doesNotContain("http_server_requests_seconds");
    }

    private long count(String uri) throws Exception {
        Matcher matcher = Pattern.compile("http_server_requests_seconds_count\\{([^}]*)} ([0-9.E]+)")
                .matcher(metrics(HttpUser.anonymous(port)));
        long total = 0;
        while (matcher.find()) {
            String labels = matcher.group(1);
            if (labels.contains("method=\"GET\"") && labels.contains("uri=\"" + uri + "\"") && labels.contains("status=\"200\"")) {
                total += (long) Double.parseDouble(matcher.group(2));
            }
        }
        return total;
    }

    private static String metrics(HttpUser user) throws Exception {
        HttpResponse<String> answer = user.send(HttpRequest.newBuilder(user.uri("/actuator/prometheus"))
                .header("Accept", "text/plain")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (IntegrationTest.ADMIN + ":" + IntegrationTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET());
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }
}
