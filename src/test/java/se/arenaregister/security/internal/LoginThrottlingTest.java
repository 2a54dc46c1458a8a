package se.arenaregister.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.arenaregister.support.HttpUser;
import se.arenaregister.support.IntegrationTest;

/**
 * Guessing is slowed and seen: after five failed logins a user name is locked, the right password too, over the login
 * form (real HTTP) and HTTP Basic alike, whether the account exists or not; too many failures from one address lock
 * it whatever names are tried; a success resets the account's count; a lock runs out; every attempt is logged and
 * audited with its outcome and address. Each test uses accounts of its own and, over MockMvc, a source address of
 * its own (documentation addresses, never contacted), so that the shared application's administrator and the
 * loopback address other tests log in from are not locked.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottlingTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
    private static final String PASSWORD = UserAccountsTest.PASSWORD;

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAdministration users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    LoginThrottle throttle;

    /** A source address no other test uses. */
    static String ownAddress() {
        return "198.51.100." + ADDRESSES.getAndIncrement();
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private long account(String username) {
        return users.create(new NewUserForm(username, "Testperson " + username, AccountRole.COORDINATOR, PASSWORD, PASSWORD)).id();
    }

    private MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
    }

    private List<org.assertj.core.groups.Tuple> audited(String actor) {
        return jdbc.sql("""
                        SELECT e.entity_id, e.action, o.after_value AS outcome, a.after_value AS address
                        FROM audit_entry e
                        LEFT JOIN LATERAL (SELECT c->>'after' AS after_value FROM jsonb_array_elements(e.changes) c
                                           WHERE c->>'field' = 'outcome') o ON TRUE
                        LEFT JOIN LATERAL (SELECT c->>'after' AS after_value FROM jsonb_array_elements(e.changes) c
                                           WHERE c->>'field' = 'address') a ON TRUE
                        WHERE e.entity_type = 'login' AND e.actor = :actor ORDER BY e.id""")
                .param("actor", actor)
                .query((rs, n) -> tuple(rs.getLong("entity_id"), rs.getString("action"), rs.getString("outcome"), rs.getString("address")))
                .list();
    }

    @Test
    void sixWrongPasswordsThenTheRightOneOverTheLoginFormIsRefusedWhileLocked() throws Exception {
        String username = UserAccountsTest.uniqueName();
        account(username);
        HttpUser visitor = HttpUser.anonymous(port);
        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> wrong = visitor.postForm("/login", Map.of("username", username, "password", "fel lösenord " + i));
            assertThat(wrong.headers().firstValue("Location")).as("failure %d", i).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }
        HttpResponse<String> sixth = visitor.postForm("/login", Map.of("username", username, "password", "fel lösenord 6"));
        assertThat(sixth.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
        HttpResponse<String> right = visitor.postForm("/login", Map.of("username", username.toUpperCase(), "password", PASSWORD));
        assertThat(right.headers().firstValue("Location")).as("the right password while locked")
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
        assertThat(visitor.isLoggedIn()).isFalse();
        assertThat(visitor.get("/login?locked").body()).contains("För många misslyckade inloggningar. Försök igen om en stund.");
        assertThatThrownBy(() -> HttpUser.loggedIn(port, username, PASSWORD)).hasMessageContaining("/login?locked");
    }

    @Test
    void aNameWithoutAnAccountIsLockedAlikeSoTheLockTellsNothing() throws Exception {
        String address = ownAddress();
        String nobody = UserAccountsTest.uniqueName();
        for (int i = 0; i < 5; i++) {
            mvc.perform(login(nobody, "gissning nummer " + i, address)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login(nobody, "gissning nummer 6", address)).andExpect(redirectedUrl("/login?locked"));
        assertThat(audited(nobody)).hasSize(6).allSatisfy(entry -> assertThat(entry.toList().get(0)).isEqualTo(0L));
        mvc.perform(get("/login?locked").accept(MediaType.TEXT_HTML).cookie(new jakarta.servlet.http.Cookie("arenaregister-lang", "en")))
                .andExpect(content().string(containsString("Too many failed logins. Try again in a while.")));
    }

    @Test
    void httpBasicIsCountedAndLockedTooWith429() throws Exception {
        String username = UserAccountsTest.uniqueName();
        account(username);
        String address = ownAddress();
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/dashboard").with(httpBasic(username, "fel lösenord")).with(from(address)))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().exists("WWW-Authenticate"));
        }
        mvc.perform(get("/dashboard").with(httpBasic(username, PASSWORD)).with(from(address)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "60"));
        // The form is locked for the name as well, from anywhere.
        mvc.perform(login(username, PASSWORD, ownAddress())).andExpect(redirectedUrl("/login?locked"));
        assertThat(audited(username)).extracting(t -> t.toList().get(2))
                .containsExactly("FAILED", "FAILED", "FAILED", "FAILED", "FAILED", "LOCKED", "LOCKED");
    }

    @Test
    void tooManyFailuresFromOneAddressLockItWhateverNamesAreTried() throws Exception {
        String username = UserAccountsTest.uniqueName();
        account(username);
        String address = ownAddress();
        int limit = throttle.settings().addressFailures();
        for (int i = 0; i < limit; i++) {
            mvc.perform(login(UserAccountsTest.uniqueName(), "gissning", address)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login(username, PASSWORD, address)).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/dashboard").with(httpBasic(username, PASSWORD)).with(from(address))).andExpect(status().isTooManyRequests());
        // The account itself is not locked: from elsewhere it logs in.
        mvc.perform(login(username, PASSWORD, ownAddress())).andExpect(redirectedUrl("/dashboard"));
    }

    @Test
    void aSuccessfulLoginResetsTheAccountsCount() throws Exception {
        String username = UserAccountsTest.uniqueName();
        account(username);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                mvc.perform(login(username, "fel lösenord", ownAddress())).andExpect(redirectedUrl("/login?error"));
            }
            mvc.perform(login(username, PASSWORD, ownAddress())).andExpect(redirectedUrl("/dashboard"));
        }
    }

    @Test
    void everyAttemptIsAuditedAndLoggedWithNameAddressAndOutcomeNeverThePassword(CapturedOutput output) throws Exception {
        String username = UserAccountsTest.uniqueName();
        long id = account(username);
        String address = ownAddress();
        mvc.perform(login(username.toUpperCase(), "ett hemligt fel lösenord", address)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(login(username.toUpperCase(), PASSWORD, address)).andExpect(redirectedUrl("/dashboard"));
        assertThat(audited(username.toUpperCase())).containsExactly(tuple(id, "LOGIN", "FAILED", address));
        assertThat(audited(username)).as("a success is recorded under the account's own name")
                .containsExactly(tuple(id, "LOGIN", "SUCCEEDED", address));
        assertThat(output.getOut()).contains("Login failed for '" + username.toUpperCase() + "' from " + address)
                .contains("Login succeeded for '" + username + "' from " + address)
                .doesNotContain("ett hemligt fel lösenord").doesNotContain(PASSWORD);
    }

    /** The lock runs out: the provider on a throttle whose clock the test moves, with the real accounts. */
    @Test
    void aLockRunsOutAndThenTheRightPasswordLogsIn() {
        String username = UserAccountsTest.uniqueName();
        account(username);
        LoginThrottleTest.MovableClock clock = new LoginThrottleTest.MovableClock();
        ThrottledLogins logins = new ThrottledLogins(accounts, encoder, new LoginThrottle(jdbc, LoginThrottle.Settings.DEFAULTS, clock));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> logins.authenticate(attempt(username, "fel lösenord"))).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> logins.authenticate(attempt(username, PASSWORD))).isInstanceOf(LoginThrottledException.class)
                .satisfies(e -> assertThat(((LoginThrottledException) e).remaining()).isEqualTo(Duration.ofMinutes(1)));
        clock.advance(Duration.ofSeconds(61));
        assertThat(logins.authenticate(attempt(username, PASSWORD)).isAuthenticated()).isTrue();
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("203.0.113.5");
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }
}
