package se.arenaregister.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.support.HttpUser;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.PeopleFixtures;
import se.arenaregister.support.Register;

/**
 * Personal API tokens over real HTTP, as a script uses them: made on the page (the secret shown once, only its hash
 * kept), sent as {@code Authorization: Bearer} with a plain client that keeps no cookies, scoped, refused when revoked,
 * expired, of a disabled account or made up, audited under the account, and never given a session.
 */
@IntegrationTest
class ApiTokensTest {

    static final String PASSWORD = "ett långt lösenord för nycklar";
    static final Pattern SECRET = Pattern.compile("ar_[A-Za-z0-9_-]{43}");
    static final String BOUNDARY = "api-tokens-boundary";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApiTokens tokens;
    @Autowired
    UserAdministration users;
    @Autowired
    CatalogService catalog;
    @Autowired
    AreaRepository areas;

    /** A script: no cookies kept, redirects not followed. */
    final HttpClient script = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();

    String username;

    @BeforeEach
    void anAccountOfItsOwn() {
        username = account();
    }

    @Test
    void aTokenMadeOnThePageIsShownOnceAndOnlyItsHashIsKept() throws Exception {
        HttpUser browser = HttpUser.loggedIn(port, username, PASSWORD);
        assertThat(browser.get("/me/tokens").body()).contains("Du har inga API-nycklar.").contains("name=\"name\"");

        HttpResponse<String> made = browser.postForm("/me/tokens", Map.of("name", "Nattlig export", "scope", "WRITE", "expiry", "DAYS_30"));
        assertThat(made.statusCode()).isEqualTo(200);
        String secret = secretIn(made.body());
        assertThat(made.body()).contains("Du kommer inte att se den igen").contains("Authorization: Bearer " + secret);
        assertThat(made.headers().firstValue("Cache-Control").orElse("")).as("the answer with the secret is not cached").contains("no-store");

        HttpResponse<String> later = browser.get("/me/tokens");
        assertThat(later.body()).contains("Nattlig export").contains(secret.substring(0, ApiTokens.SHOWN) + "…").doesNotContain(secret);
        assertThat(SECRET.matcher(later.body()).find()).as("no secret on the page any more").isFalse();

        Map<String, Object> row = jdbc.sql("SELECT token_hash, prefix, scope, round(extract(epoch FROM expires_at - created_at) / 86400)::int AS days "
                        + "FROM api_token "
                        + "WHERE user_id = (SELECT id FROM app_user WHERE username = :u)")
                .param("u", username).query().singleRow();
        assertThat(row.get("token_hash")).isEqualTo(ApiTokens.hash(secret)).isNotEqualTo(secret);
        assertThat(row.get("prefix")).isEqualTo(secret.substring(0, 11));
        assertThat(row.get("scope")).isEqualTo("WRITE");
        assertThat(row.get("days")).isEqualTo(30);
        assertThat(jdbc.sql("SELECT count(*) FROM api_token t WHERE strpos(t::text, :s) > 0").param("s", secret).query(Long.class).single())
                .as("rows holding the secret").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE strpos(changes::text, :s) > 0").param("s", secret).query(Long.class).single())
                .as("audit entries holding the secret").isZero();

        assertThat(get("/api/v1/arenas", secret).statusCode()).isEqualTo(200);
    }

    @Test
    void aWriteTokenReadsAndChangesAndTheChangeIsAuditedUnderItsAccountWithoutASession() throws Exception {
        ApiTokens.Created token = tokens.create(username, new ApiTokenForm("Import", ApiTokenScope.WRITE, ApiTokenExpiry.DAYS_90));
        HttpResponse<String> read = get("/api/v1/arenas", token.secret());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("\"items\"");
        assertNoSession(read);

        Register.testSubArea(catalog, areas);
        String name = PeopleFixtures.unique("Nyckelforum");
        HttpResponse<String> preview = send("POST", "/api/v1/imports", token.secret(), "multipart/form-data; boundary=" + BOUNDARY,
                multipart("Namn;Typ av forum;Område;Sakområde;Nivå;Sakfrågor\r\n" + name + ";Påverkan;Testområde;Testsakområde;T;"));
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertNoSession(preview);
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(preview.body());
        assertThat(id.find()).as(preview.body()).isTrue();
        HttpResponse<String> confirmed = send("POST", "/api/v1/imports/" + id.group(1) + "/confirm", token.secret(), null, null);
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertNoSession(confirmed);

        assertThat(jdbc.sql("""
                        SELECT e.actor FROM audit_entry e JOIN arena a ON a.id = e.entity_id
                        WHERE e.entity_type = 'arena' AND e.action = 'CREATED' AND a.name = :name""")
                .param("name", name).query(String.class).list()).as("who created the arena").containsExactly(username);
        Map<String, Object> used = jdbc.sql("SELECT last_used_at, last_used_from FROM api_token WHERE id = :id")
                .param("id", token.token().id()).query().singleRow();
        assertThat(used.get("last_used_at")).isNotNull();
        assertThat(used.get("last_used_from")).isNotNull();
        assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE entity_type = 'apiToken' AND entity_id = :id AND action = 'UPDATED'")
                .param("id", token.token().id()).query(String.class).list())
                .as("three requests, one audit entry for the day's first use, under the account").containsExactly(username);
    }

    @Test
    void aReadTokenOnlyReads() throws Exception {
        ApiTokens.Created token = tokens.create(username, new ApiTokenForm("Läsare", ApiTokenScope.READ, ApiTokenExpiry.DAYS_30));
        assertThat(get("/api/v1/arenas", token.secret()).statusCode()).isEqualTo(200);
        assertThat(send("HEAD", "/api/v1/arenas", token.secret(), null, null).statusCode()).isEqualTo(200);

        HttpResponse<String> change = send("POST", "/api/v1/imports", token.secret(), "multipart/form-data; boundary=" + BOUNDARY,
                multipart("Namn;Typ av forum;Område;Sakområde;Nivå;Sakfrågor\r\nLäsforum;Påverkan;Testområde;Testsakområde;T;"));
        assertThat(change.statusCode()).isEqualTo(403);
        assertThat(change.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(change.headers().firstValue("WWW-Authenticate").orElse("")).contains("error=\"insufficient_scope\"");
        assertThat(change.body()).contains("\"status\":403").contains("läsnyckel");
        assertNoSession(change);
    }

    @Test
    void revokedExpiredDisabledAndMadeUpTokensAreRefused() throws Exception {
        ApiTokens.Created revoked = tokens.create(username, new ApiTokenForm("Återkallas", ApiTokenScope.WRITE, ApiTokenExpiry.NEVER));
        assertThat(get("/api/v1/arenas", revoked.secret()).statusCode()).isEqualTo(200);
        HttpUser browser = HttpUser.loggedIn(port, username, PASSWORD);
        HttpResponse<String> revoking = browser.postForm("/me/tokens/" + revoked.token().id() + "/revoke", Map.of());
        assertThat(revoking.statusCode()).isEqualTo(302);
        assertThat(browser.get("/me/tokens").body()).contains("Nyckeln är återkallad").contains("Återkallad");

        ApiTokens.Created expired = tokens.create(username, new ApiTokenForm("Går ut", ApiTokenScope.READ, ApiTokenExpiry.DAYS_30));
        assertThat(get("/api/v1/arenas", expired.secret()).statusCode()).isEqualTo(200);
        jdbc.sql("UPDATE api_token SET created_at = now() - interval '31 days', expires_at = now() - interval '1 second' WHERE id = :id")
                .param("id", expired.token().id()).update();

        String other = account();
        ApiTokens.Created disabled = tokens.create(other, new ApiTokenForm("Avstängd", ApiTokenScope.READ, ApiTokenExpiry.NEVER));
        assertThat(get("/api/v1/arenas", disabled.secret()).statusCode()).isEqualTo(200);
        UserAccount account = users.byUsername(other);
        users.update(account.id(), new UserForm(account.displayName(), account.roles(), account.editorAreas(), false, account.version()),
                IntegrationTest.ADMIN);

        String madeUp = "ar_" + "A".repeat(43);
        for (String secret : List.of(revoked.secret(), expired.secret(), disabled.secret(), madeUp, "nonsense", "")) {
            HttpResponse<String> refused = get("/api/v1/arenas", secret);
            assertThat(refused.statusCode()).as(secret).isEqualTo(401);
            assertThat(refused.headers().firstValue("WWW-Authenticate").orElse("")).as(secret).isEqualTo("Bearer error=\"invalid_token\"");
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).as(secret).startsWith("application/problem+json");
            assertThat(refused.body()).as(secret).contains("\"status\":401").doesNotContain(secret.isEmpty() ? "\u0000" : secret);
            assertNoSession(refused);
        }
    }

    @Test
    void aTokenOpensTheApiOnlyNotThePages() throws Exception {
        ApiTokens.Created token = tokens.create(username, new ApiTokenForm("Bara API", ApiTokenScope.WRITE, ApiTokenExpiry.DAYS_30));
        for (String page : List.of("/me/tokens", "/dashboard", "/arenas")) {
            HttpResponse<String> refused = send("GET", page, token.secret(), null, null);
            assertThat(refused.statusCode()).as(page).isEqualTo(403);
            assertThat(refused.body()).as(page).contains("/api/");
            assertNoSession(refused);
        }
        HttpResponse<String> mint = send("POST", "/me/tokens", token.secret(), "application/x-www-form-urlencoded",
                "name=Ny&scope=WRITE&expiry=NEVER".getBytes(StandardCharsets.UTF_8));
        assertThat(mint.statusCode()).as("a token cannot make another").isEqualTo(403);
        assertThat(tokens.of(username)).extracting(ApiToken::name).containsExactly("Bara API");
    }

    @Test
    void badInputIsShownNextToItsFieldAndNothingIsStored() throws Exception {
        HttpUser browser = HttpUser.loggedIn(port, username, PASSWORD);
        assertThat(browser.postForm("/me/tokens", Map.of("name", "Finns", "scope", "READ", "expiry", "DAYS_90")).statusCode()).isEqualTo(200);
        record Bad(Map<String, String> form, String field, String message) {
        }
        List<Bad> bad = List.of(
                new Bad(Map.of("name", "  ", "scope", "READ", "expiry", "DAYS_90"), "name", "Fältet måste fyllas i."),
                new Bad(Map.of("name", "x".repeat(101), "scope", "READ", "expiry", "DAYS_90"), "name", "Högst 100 tecken."),
                new Bad(Map.of("name", "finns", "scope", "READ", "expiry", "DAYS_90"), "name", "Du har redan en nyckel med det namnet."),
                new Bad(Map.of("name", "Okänd", "scope", "ADMIN", "expiry", "DAYS_90"), "scope", "Välj läsa eller läsa och ändra."),
                new Bad(Map.of("name", "Okänd", "expiry", "DAYS_90"), "scope", "Fältet måste fyllas i."),
                new Bad(Map.of("name", "Okänd", "scope", "READ", "expiry", "DAYS_7"), "expiry", "Välj hur länge nyckeln ska gälla."));
        for (Bad input : bad) {
            HttpResponse<String> answer = browser.postForm("/me/tokens", input.form());
            assertThat(answer.statusCode()).as(input.toString()).isEqualTo(200);
            Matcher error = Pattern.compile("id=\"" + input.field() + "-error\">(.*?)</p>", Pattern.DOTALL).matcher(answer.body());
            assertThat(error.find()).as("an error next to %s for %s", input.field(), input.form()).isTrue();
            assertThat(error.group(1)).as(input.toString()).contains(input.message());
            assertThat(SECRET.matcher(answer.body()).find()).as(input.toString()).isFalse();
        }
        assertThat(tokens.of(username)).extracting(ApiToken::name).as("only the first token was made").containsExactly("Finns");
    }

    @Test
    void anAdministratorSeesAndRevokesAnAccountsTokensAndNobodyElsesCanBeRevokedAsOnesOwn() throws Exception {
        ApiTokens.Created token = tokens.create(username, new ApiTokenForm("Administreras", ApiTokenScope.READ, ApiTokenExpiry.DAYS_30));
        long accountId = users.byUsername(username).id();

        HttpUser someoneElse = HttpUser.loggedIn(port, account(), PASSWORD);
        assertThat(someoneElse.postForm("/me/tokens/" + token.token().id() + "/revoke", Map.of()).statusCode()).isEqualTo(404);

        HttpUser admin = HttpUser.loggedIn(port, IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
        assertThat(admin.get("/users").body()).contains("/users/" + accountId + "/tokens");
        assertThat(admin.get("/users/" + accountId + "/tokens").body()).contains("Administreras").doesNotContain(token.secret());
        HttpResponse<String> revoking = admin.postForm("/users/" + accountId + "/tokens/" + token.token().id() + "/revoke", Map.of());
        assertThat(revoking.statusCode()).isEqualTo(302);
        assertThat(revoking.headers().firstValue("Location").orElse("")).endsWith("/users/" + accountId + "/tokens");

        assertThat(get("/api/v1/arenas", token.secret()).statusCode()).isEqualTo(401);
        assertThat(jdbc.sql("""
                        SELECT actor FROM audit_entry WHERE entity_type = 'apiToken' AND entity_id = :id AND action = 'UPDATED'
                        AND changes::text LIKE '%revokedAt%'""")
                .param("id", token.token().id()).query(String.class).list()).containsExactly(IntegrationTest.ADMIN);
    }

    // ---- helpers

    /** A new editor account with {@link #PASSWORD}. */
    String account() {
        String name = "nyckel-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewUserForm(name, "Nyckeltestare", AccountRole.COORDINATOR, PASSWORD, PASSWORD));
        return name;
    }

    static String secretIn(String page) {
        List<String> found = SECRET.matcher(page).results().map(MatchResult::group).distinct().toList();
        assertThat(found).as("the secret on the page (in its field and the example)").hasSize(1);
        return found.get(0);
    }

    HttpResponse<String> get(String path, String secret) throws IOException, InterruptedException {
        return send("GET", path, secret, null, null);
    }

    HttpResponse<String> send(String method, String path, String secret, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + secret)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return script.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static void assertNoSession(HttpResponse<String> response) {
        assertThat(response.headers().allValues("Set-Cookie")).as("cookies set on a Bearer request")
                .noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
    }

    static byte[] multipart(String csv) {
        return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
