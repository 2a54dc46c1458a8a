package se.arenaregister.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like session over real HTTP: a session cookie, the CSRF token from a page's form, form posts. */
final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private String sessionId;

    WebSession(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    void logIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = post("/login", csrfFrom("/login"), Map.of("username", username, "password", password));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    /** Creates an arena through the form and returns the page it redirects to, once the server said so. */
    String createArena(String name, long areaId, long subAreaId) throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("areaId", String.valueOf(areaId));
        fields.put("subAreaId", String.valueOf(subAreaId));
        fields.put("types", "INFLUENCE");
        fields.put("levels", "OFFICIAL");
        fields.put("scope", "REGIONAL");
        fields.put("status", "ACTIVE");
        fields.put("purpose", "Att inte försvinna");
        HttpResponse<String> response = post("/arenas", csrfFrom("/arenas/new"), fields);
        assertThat(response.statusCode()).as("answer to creating %s", name).isEqualTo(302);
        String location = URI.create(response.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(location).matches("/arenas/\\d+");
        return location;
    }

    private String csrfFrom(String path) throws IOException, InterruptedException {
        HttpResponse<String> page = get(path);
        assertThat(page.statusCode()).as("GET %s", path).isEqualTo(200);
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("a CSRF token on %s", path).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> post(String path, String csrf, Map<String, String> fields) throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        String body = all.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(20));
        if (sessionId != null) {
            builder.header("Cookie", "JSESSIONID=" + sessionId);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        response.headers().allValues("Set-Cookie").stream()
                .map(SESSION::matcher).filter(Matcher::find)
                .forEach(cookie -> sessionId = cookie.group(1));
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
