package se.arenaregister.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.arenaregister.support.HttpUser;
import se.arenaregister.support.IntegrationTest;

/**
 * Sessions and the API over real HTTP (Tomcat's cookie writing and forwarded-header handling included): cookie
 * attributes, HSTS behind a TLS proxy, HTTP Basic without a session, CSRF on the API for a browser's session, and no
 * absolute URL built from a {@code Host} header. Requests whose headers the JDK client will not send (Host) go over a
 * plain socket.
 */
@IntegrationTest
class SessionsAndApiTest {

    static final String CSV = "Namn;Typ av forum;Område;Sakområde;Nivå;Sakfrågor\r\n";

    @LocalServerPort
    int port;

    @Autowired
    ServletContext servletContext;

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndSecureOnlyBehindTls() throws IOException {
        Raw plain = raw("GET", "/login", List.of(), null);
        String cookie = plain.cookie("JSESSIONID");
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("Secure");
        assertThat(plain.header("Strict-Transport-Security")).as("no HSTS on plain HTTP").isNull();

        Raw proxied = raw("GET", "/login", List.of("X-Forwarded-Proto: https"), null);
        assertThat(proxied.cookie("JSESSIONID")).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Secure");
        assertThat(proxied.header("Strict-Transport-Security")).as("HSTS behind a TLS proxy").contains("max-age=");
    }

    @Test
    void theLanguageCookieIsHttpOnlyAndSameSiteLaxAndSecureOnlyBehindTls() throws IOException {
        assertThat(raw("GET", "/arenas?lang=en", List.of(), null).cookie("arenaregister-lang"))
                .contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("Secure");
        assertThat(raw("GET", "/arenas?lang=en", List.of("X-Forwarded-Proto: https"), null).cookie("arenaregister-lang"))
                .contains("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Secure");
    }

    @Test
    void sessionsTimeOutAfterThirtyIdleMinutes() {
        assertThat(servletContext.getSessionTimeout()).isEqualTo(30);
    }

    @Test
    void theLoginPageSaysWhenALoginRanOut() throws IOException {
        assertThat(raw("GET", "/login?expired", List.of(), null).body()).contains("Din inloggning har tagit slut");
    }

    @Test
    void httpBasicWorksForMetricsAndTheApiWithoutASession() throws IOException {
        Raw metrics = raw("GET", "/actuator/prometheus", List.of(basic(), "Accept: text/plain"), null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.cookie("JSESSIONID")).as("no session for a Basic request").isNull();

        Raw preview = raw("POST", "/api/v1/imports", List.of(basic(), "Accept: application/json",
                "Content-Type: multipart/form-data; boundary=" + BOUNDARY), multipart(CSV + "Basicforum;Påverkan;X;Y;T;"));
        assertThat(preview.status()).as("no CSRF token needed with Basic: " + preview.body()).isNotIn(401, 403);
        assertThat(preview.body()).contains("\"id\"");
        assertThat(preview.cookie("JSESSIONID")).as("no session for a Basic request").isNull();

        Raw page = raw("GET", "/import", List.of(basic(), "Accept: text/html"), null);
        assertThat(page.status()).as("a page with a form renders for a Basic client too").isEqualTo(200);
        assertThat(page.body()).contains("name=\"_csrf\"");
        assertThat(page.cookie("JSESSIONID")).isNull();

        Raw wrong = raw("GET", "/actuator/prometheus", List.of("Authorization: Basic "
                + Base64.getEncoder().encodeToString("admin:wrong".getBytes(StandardCharsets.UTF_8))), null);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.cookie("JSESSIONID")).isNull();
    }

    @Test
    void anApiChangeWithASessionCookieNeedsTheCsrfToken() throws IOException, InterruptedException {
        HttpUser browser = HttpUser.loggedIn(port, IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
        byte[] file = multipart(CSV + "Sessionsforum;Påverkan;X;Y;T;");

        HttpResponse<String> forged = browser.send("POST", "/api/v1/imports", "multipart/form-data; boundary=" + BOUNDARY,
                file, "application/json");
        assertThat(forged.statusCode()).as("a cross-site page could send this: the cookie alone is not enough").isEqualTo(403);

        HttpResponse<String> withToken = browser.send(HttpRequest.newBuilder(browser.uri("/api/v1/imports"))
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("X-CSRF-TOKEN", browser.csrf())
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)));
        assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(200);
        assertThat(withToken.body()).contains("\"id\"");
    }

    @Test
    void anApiChangeWithoutCredentialsIsAskedForThem() throws IOException {
        Raw anonymous = raw("POST", "/api/v1/imports", List.of("Accept: application/json",
                "Content-Type: multipart/form-data; boundary=" + BOUNDARY), multipart(CSV));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void aHostHeaderNeverMakesAnAbsoluteUrl() throws IOException {
        List<List<String>> forged = List.of(List.of("Host: evil.example"),
                List.of("Host: evil.example", "X-Forwarded-Host: evil.example", "X-Forwarded-Proto: https"));
        for (List<String> headers : forged) {
            Raw feed = raw("GET", "/calendar/meetings.ics", headers, null);
            assertThat(feed.status()).isEqualTo(200);
            assertThat(feed.body()).doesNotContain("evil.example").contains("URL:http://localhost:" + port + "/");

            Raw docs = raw("GET", "/v3/api-docs", concat(headers, "Accept: application/json"), null);
            assertThat(docs.status()).isEqualTo(200);
            assertThat(docs.body()).doesNotContain("evil.example").contains("\"servers\":[{\"url\":\"http://localhost:" + port + "\"");

            Raw page = raw("GET", "/arenas?area=1", concat(headers, "Accept: text/html"), null);
            assertThat(page.body()).doesNotContain("evil.example").contains("href=\"/arenas?area=1&amp;lang=en\"");

            Raw login = raw("GET", "/dashboard", concat(headers, "Accept: text/html"), null);
            assertThat(login.status()).isEqualTo(302);
            assertThat(login.header("Location")).doesNotContain("evil.example");
        }
    }

    // ---- plain HTTP over a socket

    static final String BOUNDARY = "sessions-and-api-boundary";

    static byte[] multipart(String csv) {
        return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static String basic() {
        return "Authorization: Basic " + Base64.getEncoder().encodeToString(
                (IntegrationTest.ADMIN + ":" + IntegrationTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    static List<String> concat(List<String> headers, String header) {
        List<String> all = new ArrayList<>(headers);
        all.add(header);
        return all;
    }

    /** One request on its own connection; a Host header among {@code headers} replaces the real one. */
    Raw raw(String method, String path, List<String> headers, byte[] body) throws IOException {
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        if (headers.stream().noneMatch(h -> h.regionMatches(true, 0, "Host:", 0, 5))) {
            head.append("Host: localhost:").append(port).append("\r\n");
        }
        headers.forEach(h -> head.append(h).append("\r\n"));
        head.append("Connection: close\r\n");
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return Raw.parse(all.toString(StandardCharsets.UTF_8));
        }
    }

    record Raw(int status, List<String> headers, String body) {

        static Raw parse(String response) {
            int end = response.indexOf("\r\n\r\n");
            String[] lines = response.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            return new Raw(status, List.of(lines).subList(1, lines.length), response.substring(end + 4));
        }

        String header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip()).findFirst().orElse(null);
        }

        /** The Set-Cookie header that sets {@code name}, or null. */
        String cookie(String name) {
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith("set-cookie:"))
                    .map(h -> h.substring("set-cookie:".length()).strip())
                    .filter(c -> c.startsWith(name + "=")).findFirst().orElse(null);
        }
    }
}
