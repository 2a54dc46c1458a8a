package se.arenaregister.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.arenaregister.arena.ArenaForm;
import se.arenaregister.arena.ArenaService;
import se.arenaregister.arena.ArenaType;
import se.arenaregister.arena.Level;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.Register;

/**
 * The session around a login, over real HTTP: a new session id once logged in (no fixation), and logging out ends the
 * session on the server, so a copied cookie opens nothing. And what users type is shown as text, never run as markup.
 */
@IntegrationTest
class LoginSessionTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    ArenaService arenas;
    @Autowired
    CatalogService catalog;
    @Autowired
    AreaRepository areas;

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void loggingInGivesANewSessionAndLoggingOutEndsIt() throws Exception {
        String csrf = csrfOf(get("/login"));
        String before = sessionId();
        assertThat(before).as("a session before logging in (it holds the CSRF token)").isNotNull();

        HttpResponse<String> login = post("/login", "username=" + IntegrationTest.ADMIN + "&password="
                + URLEncoder.encode(IntegrationTest.ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf);
        assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/dashboard");
        String during = sessionId();
        assertThat(during).as("the session id after logging in").isNotNull().isNotEqualTo(before);
        assertThat(get("/dashboard").statusCode()).isEqualTo(200);

        HttpResponse<String> logout = post("/logout", "_csrf=" + csrfOf(get("/dashboard")));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(get("/dashboard").statusCode()).as("the dashboard after logging out").isEqualTo(302);

        // The old cookie, replayed by someone who copied it, opens nothing either.
        cookies.getCookieStore().removeAll();
        HttpResponse<String> replayed = client.send(HttpRequest.newBuilder(uri("/dashboard")).header("Accept", "text/html")
                .header("Cookie", "JSESSIONID=" + during).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(replayed.statusCode()).as("the dashboard with the ended session's cookie").isEqualTo(302);
        assertThat(replayed.headers().firstValue("Location").orElse("")).contains("/login");
    }

    @Test
    void markupTypedIntoAnArenaIsShownAsText() throws Exception {
        String name = "<script>alert('arena')</script> " + System.nanoTime();
        long subArea = Register.testSubArea(catalog, areas);
        long id = arenas.create(ArenaForm.builder().name(name).areaId(Register.areaId(areas, Register.TEST_AREA)).subAreaId(subArea)
                .types(Set.of(ArenaType.INFLUENCE)).levels(Set.of(Level.OFFICIAL)).build());

        for (String path : new String[] {"/arenas/" + id, "/arenas?subArea=" + subArea, "/arenas?q=arena"}) {
            String page = get(path).body();
            assertThat(page).as(path).doesNotContain("<script>alert('arena')</script>")
                    .contains("&lt;script&gt;alert(&#39;arena&#39;)&lt;/script&gt;");
        }
    }

    private String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrfOf(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
    }
}
