package se.arenaregister.security.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.nimbusds.jose.JOSEObjectType;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.arenaregister.browser.BrowserSupport;

/**
 * Sign-in through an identity provider, end to end against a real OpenID Connect server started here
 * (mock-oauth2-server): the authorization code flow with PKCE, the provider's groups giving the role, the first sign-in
 * creating the account (or linking the local account with the same e-mail) and later ones finding it by subject.
 * An application and a database of its own, configured with the provider as an organisation would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"arenaregister.embedded-db.data-directory=target/test-postgres-oidc-${test.fork:fork1}",
                "arenaregister.oidc.admin-groups=arenaregister-admins", "arenaregister.oidc.coordinator-groups=arenaregister-editors",
                "arenaregister.oidc.area-groups.[rjh-infrastruktur]=Infrastruktur",
                "arenaregister.oidc.area-groups.[rjh-misspelt]=Infrastrukture",
                "logging.level.se.arenaregister=WARN"})
@ActiveProfiles("test")
class OidcSignInTest {

    static final MockOAuth2Server PROVIDER = new MockOAuth2Server();
    static final String ISSUER = "region";

    static {
        PROVIDER.start();
    }

    @DynamicPropertySource
    static void theOrganisationsProvider(DynamicPropertyRegistry properties) {
        String prefix = "spring.security.oauth2.client.registration.region.";
        properties.add(prefix + "client-id", () -> "arenaregistret");
        properties.add(prefix + "client-secret", () -> "a client secret");
        properties.add(prefix + "client-name", () -> "Regionens konto");
        properties.add(prefix + "scope", () -> "openid,profile,email");
        properties.add(prefix + "authorization-grant-type", () -> "authorization_code");
        properties.add("spring.security.oauth2.client.provider.region.issuer-uri", () -> PROVIDER.issuerUrl(ISSUER).toString());
    }

    @AfterAll
    static void stopTheProvider() {
        PROVIDER.shutdown();
    }

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FindByIndexNameSessionRepository<?> sessions;
    @Autowired
    UserAdministration users;

    @Test
    void aPersonSignsInThroughTheProviderAndTheirGroupMakesThemAnEditor() {
        String subject = "anna-" + UUID.randomUUID();
        PROVIDER.enqueueCallback(token(subject, "anna.andersson", "anna.andersson@region.example", "Anna Andersson",
                List.of("arenaregister-editors", "some-other-group")));

        Page page = browser.page();
        page.navigate("http://localhost:" + port + "/login");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Logga in med Regionens konto")).click();
        page.waitForURL(Pattern.compile(".*/dashboard$"));
        assertThat(page.getByText("Inloggad som anna.andersson")).isVisible();
        BrowserSupport.screenshot(page, "oidc-signed-in");

        Map<String, Object> account = account(subject);
        assertThat(account).containsEntry("username", "anna.andersson").containsEntry("role", "COORDINATOR")
                .containsEntry("display_name", "Anna Andersson").containsEntry("email", "anna.andersson@region.example")
                .containsEntry("oidc_issuer", PROVIDER.issuerUrl(ISSUER).toString());
    }

    @Test
    void theAuthorizationRequestUsesPkce() throws Exception {
        HttpResponse<String> start = client(HttpClient.Redirect.NEVER).send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/oauth2/authorization/region")).GET().build(), HttpResponse.BodyHandlers.ofString());
        String location = start.headers().firstValue("Location").orElse("");
        assertThat(location).startsWith(PROVIDER.issuerUrl(ISSUER).toString()).contains("code_challenge=")
                .contains("code_challenge_method=S256").contains("response_type=code");
    }

    @Test
    void laterSignInsFindTheSameAccountAndFollowTheGroups() throws Exception {
        String subject = "bertil-" + UUID.randomUUID();
        PROVIDER.enqueueCallback(token(subject, "bertil", null, "Bertil", List.of("arenaregister-editors")));
        assertThat(signIn()).endsWith("/dashboard");
        long id = ((Number) account(subject).get("id")).longValue();

        PROVIDER.enqueueCallback(token(subject, "bertil", null, "Bertil Berg", List.of("arenaregister-admins")));
        assertThat(signIn()).endsWith("/dashboard");
        Map<String, Object> after = account(subject);
        assertThat(((Number) after.get("id")).longValue()).as("the same account").isEqualTo(id);
        assertThat(after).containsEntry("role", "ADMIN").containsEntry("display_name", "Bertil Berg");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_type = 'user' AND entity_id = :id AND action = 'UPDATED'")
                .param("id", id).query(Long.class).single()).as("the role change is audited").isEqualTo(1);
    }

    /**
     * The session of a sign-in through the provider is found by the account's user name (Spring Session's principal
     * name index), as a password login's is: so disabling the account or changing its role ends it on every node.
     */
    @Test
    void aSignInThroughTheProviderEndsWhenItsAccountIsDisabled() throws Exception {
        String subject = "gustav-" + UUID.randomUUID();
        PROVIDER.enqueueCallback(token(subject, "gustav" + System.nanoTime() % 100_000, null, "Gustav", List.of("arenaregister-editors")));
        HttpClient client = client(HttpClient.Redirect.ALWAYS);
        assertThat(signIn(client)).endsWith("/dashboard");
        String username = (String) account(subject).get("username");
        assertThat(sessions.findByPrincipalName(username)).as("the session under the account's user name").hasSize(1);

        UserAccount account = users.byUsername(username);
        users.update(account.id(), new UserForm(account.displayName(), AccountRole.COORDINATOR, false, account.version()), "admin");
        HttpResponse<Void> next = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dashboard"))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.discarding());
        assertThat(next.uri().toString()).as("the ended session's next request").endsWith("/login?ended");
    }

    @Test
    void theFirstSignInLinksTheLocalAccountWithTheSameEmail() throws Exception {
        String username = "cecilia" + System.nanoTime() % 100_000;
        long local = jdbc.sql("INSERT INTO app_user (username, password_hash, display_name, email) VALUES (:u, 'x', 'Cecilia', :e) RETURNING id")
                .param("u", username).param("e", username + "@region.example").query(Long.class).single();
        jdbc.sql("INSERT INTO account_role (user_id, role) VALUES (:id, 'COORDINATOR')").param("id", local).update();
        String subject = "cecilia-" + UUID.randomUUID();
        PROVIDER.enqueueCallback(token(subject, "cecilia.c", username.toUpperCase() + "@REGION.example", "Cecilia C",
                List.of("arenaregister-editors")));

        assertThat(signIn()).endsWith("/dashboard");
        assertThat(account(subject)).containsEntry("username", username);
    }

    @Test
    void withoutAGroupThatGivesARoleThereIsNoSignInAndThePageSaysWhy() throws Exception {
        String subject = "david-" + UUID.randomUUID();
        PROVIDER.enqueueCallback(token(subject, "david", null, "David", List.of("everyone")));

        assertThat(signIn()).endsWith("/login?noRole");
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE oidc_subject = :s").param("s", subject).query(Long.class).single())
                .as("no account made").isZero();
        Page page = browser.page();
        page.navigate("http://localhost:" + port + "/login?noRole");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("ingen behörighet");
        BrowserSupport.screenshot(page, "oidc-login-no-role");
        page.setViewportSize(320, 800);
        BrowserSupport.screenshot(page, "oidc-login-no-role-320");
    }

    /**
     * The group of an area makes the account editor of that area and its sub-areas, and of nothing else: an editor of
     * Infrastruktur (Hållbar tillväxt › Infrastruktur) opens Partnerskapet Atlantbanan's form and is refused Kultur Z's.
     * A group naming an area the register does not have gives nothing.
     */
    @Test
    void theGroupOfAnAreaLetsTheAccountEditThatAreaAndNoOther() throws Exception {
        String subject = "erik-" + UUID.randomUUID();
        PROVIDER.enqueueCallback(token(subject, "erik", null, "Erik", List.of("rjh-infrastruktur", "rjh-misspelt")));
        HttpClient client = client(HttpClient.Redirect.ALWAYS);
        assertThat(signIn(client)).endsWith("/dashboard");
        long infrastruktur = jdbc.sql("SELECT id FROM area WHERE name = 'Infrastruktur'").query(Long.class).single();
        assertThat(account(subject)).containsEntry("role", "AREA_EDITOR:" + infrastruktur);

        assertThat(status(client, "/arenas/" + arena("Partnerskapet Atlantbanan") + "/edit")).isEqualTo(200);
        assertThat(status(client, "/arenas/" + arena("Kultur Z") + "/edit")).isEqualTo(403);
        assertThat(status(client, "/areas/new")).as("the catalog is the coordinator's").isEqualTo(403);
    }

    private long arena(String name) {
        return jdbc.sql("SELECT id FROM arena WHERE name = :n").param("n", name).query(Long.class).single();
    }

    private int status(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Follows the whole flow over HTTP (app → provider → app) and returns where it ends. */
    private String signIn() throws Exception {
        return signIn(client(HttpClient.Redirect.ALWAYS));
    }

    private String signIn(HttpClient client) throws Exception {
        HttpResponse<String> end = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/authorization/region"))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        return end.uri().toString();
    }

    private static HttpClient client(HttpClient.Redirect redirects) {
        return HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).followRedirects(redirects).build();
    }

    private Map<String, Object> account(String subject) {
        return jdbc.sql("""
                        SELECT id, username, display_name, email, oidc_issuer,
                               (SELECT string_agg(r.role || coalesce(':' || r.area_id, ''), ',' ORDER BY r.role, r.area_id)
                                FROM account_role r WHERE r.user_id = u.id) AS role
                        FROM app_user u WHERE oidc_subject = :s""")
                .param("s", subject).query().singleRow();
    }

    private static DefaultOAuth2TokenCallback token(String subject, String username, String email, String name, List<String> groups) {
        Map<String, Object> claims = new java.util.HashMap<>(Map.of("preferred_username", username, "name", name, "groups", groups));
        if (email != null) {
            claims.put("email", email);
        }
        return new DefaultOAuth2TokenCallback(ISSUER, subject, JOSEObjectType.JWT.getType(), List.of("arenaregistret"), claims, 3600);
    }
}
