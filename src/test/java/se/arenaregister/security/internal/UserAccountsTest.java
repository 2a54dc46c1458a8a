package se.arenaregister.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.support.IntegrationTest;

/**
 * Accounts made and managed by an administrator, as a user meets them: a new editor logs in and edits but cannot
 * manage accounts; bad input is refused next to its field with nothing stored; a disabled account cannot log in;
 * nobody disables themselves and the last administrator stays one; concurrent edits conflict; users change their
 * own password; the audit log never holds a password hash. Every account here has a name of its own.
 */
@IntegrationTest
class UserAccountsTest {

    static final String PASSWORD = "ett långt lösenord";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAdministration users;
    @Autowired
    TransactionTemplate transactions;

    static String uniqueName() {
        return "test." + UUID.randomUUID().toString().substring(0, 8);
    }

    static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(user(IntegrationTest.ADMIN).roles("ADMIN")).with(csrf());
    }

    int accounts() {
        return jdbc.sql("SELECT count(*) FROM app_user").query(Integer.class).single();
    }

    long create(String username, AccountRole role) {
        return users.create(new NewUserForm(username, "Testperson " + username, role, PASSWORD, PASSWORD)).id();
    }

    @Test
    void anAdministratorMakesAnEditorWhoLogsInAndEditsButCannotManageAccounts() throws Exception {
        String username = uniqueName();
        mvc.perform(asAdmin(post("/users")).param("username", username).param("displayName", "Erik Redaktör")
                        .param("roles", "COORDINATOR").param("password", PASSWORD).param("passwordRepeat", PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/users"));
        mvc.perform(get("/users").with(user(IntegrationTest.ADMIN).roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Erik Redaktör")))
                .andExpect(content().string(containsString("Redaktör")));

        mvc.perform(formLogin("/login").user(username.toUpperCase()).password(PASSWORD))
                .andExpect(authenticated().withRoles("COORDINATOR"));
        mvc.perform(formLogin("/login").user(username).password(PASSWORD + "x")).andExpect(unauthenticated());

        mvc.perform(get("/users").with(user(username).roles("COORDINATOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/users/new").with(user(username).roles("COORDINATOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/arenas/new").with(user(username).roles("COORDINATOR"))).andExpect(status().isOk());
        mvc.perform(get("/users").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
    }

    @Test
    void badInputIsRefusedNextToItsFieldAndNothingIsStored() throws Exception {
        int before = accounts();
        mvc.perform(asAdmin(post("/users")).param("username", "ADMIN").param("displayName", "Dubblett")
                        .param("roles", "COORDINATOR").param("password", PASSWORD).param("passwordRepeat", PASSWORD))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "username", "user.username.taken"))
                .andExpect(content().string(containsString("Användarnamnet används redan.")));
        mvc.perform(asAdmin(post("/users")).param("username", uniqueName()).param("displayName", "Kort")
                        .param("roles", "COORDINATOR").param("password", "kort").param("passwordRepeat", "annat"))
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "user.password.tooShort"))
                .andExpect(model().attributeHasFieldErrorCode("form", "passwordRepeat", "user.password.mismatch"))
                .andExpect(content().string(containsString("Lösenordet måste ha minst 12 tecken.")));
        mvc.perform(asAdmin(post("/users")).param("username", "har mellanslag").param("displayName", "")
                        .param("roles", "COORDINATOR").param("password", PASSWORD).param("passwordRepeat", PASSWORD))
                .andExpect(model().attributeHasFieldErrors("form", "username", "displayName"))
                .andExpect(content().string(containsString("Användarnamnet får bara innehålla")));
        mvc.perform(asAdmin(post("/users")).param("username", uniqueName()).param("displayName", "Kung")
                        .param("roles", "KUNG").param("password", PASSWORD).param("passwordRepeat", PASSWORD))
                .andExpect(model().attributeHasFieldErrors("form", "roles"));
        // No role and no area: an account that could sign in and do nothing; an area that does not exist.
        mvc.perform(asAdmin(post("/users")).param("username", uniqueName()).param("displayName", "Ingen")
                        .param("password", PASSWORD).param("passwordRepeat", PASSWORD))
                .andExpect(model().attributeHasFieldErrorCode("form", "roles", "user.roles.none"))
                .andExpect(content().string(containsString("Välj minst en behörighet eller ett område.")));
        mvc.perform(asAdmin(post("/users")).param("username", uniqueName()).param("displayName", "Okänt område")
                        .param("editorAreas", "987654").param("password", PASSWORD).param("passwordRepeat", PASSWORD))
                .andExpect(model().attributeHasFieldErrorCode("form", "editorAreas", "user.areas.unknown"));
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    void aDisabledAccountCannotLogIn() throws Exception {
        String username = uniqueName();
        long id = create(username, AccountRole.COORDINATOR);
        UserAccount account = users.get(id);
        mvc.perform(asAdmin(post("/users/" + id)).param("displayName", account.displayName()).param("roles", "COORDINATOR")
                        .param("_enabled", "on").param("version", String.valueOf(account.version())))
                .andExpect(redirectedUrl("/users"));
        assertThat(users.get(id).enabled()).isFalse();
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(unauthenticated());
        mvc.perform(get("/users").with(user(IntegrationTest.ADMIN).roles("ADMIN")))
                .andExpect(content().string(containsString("Avstängt")));
    }

    /** Disabling an account ends its sessions at once: its next request goes to the login page with a message. */
    @Test
    void aDisabledAccountIsLoggedOutAtOnce() throws Exception {
        String username = uniqueName();
        long id = create(username, AccountRole.COORDINATOR);
        // The session is Spring Session's (in PostgreSQL), so it travels as its cookie, not as MockMvc's container session.
        jakarta.servlet.http.Cookie session = mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(authenticated()).andReturn().getResponse().getCookie("JSESSIONID");
        assertThat(session).as("the session cookie after logging in").isNotNull();
        mvc.perform(get("/dashboard").cookie(session)).andExpect(status().isOk());

        UserAccount account = users.get(id);
        users.update(id, new UserForm(account.displayName(), AccountRole.COORDINATOR, false, account.version()), IntegrationTest.ADMIN);
        mvc.perform(get("/dashboard").cookie(session)).andExpect(redirectedUrl("/login?ended"));
        mvc.perform(get("/login").param("ended", "")).andExpect(content().string(containsString("Din inloggning avslutades")));
    }

    @Test
    void nobodyDisablesThemselvesAndTheLastAdministratorStaysOne() throws Exception {
        UserAccount admin = users.byUsername(IntegrationTest.ADMIN);
        mvc.perform(asAdmin(post("/users/" + admin.id())).param("displayName", admin.displayName()).param("roles", "ADMIN")
                        .param("_enabled", "on").param("version", String.valueOf(admin.version())))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "enabled", "user.disableSelf"));

        // With every other administrator disabled (inside a transaction that is rolled back), the only one left
        // can be neither demoted nor disabled, not even by someone else.
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE id IN (SELECT user_id FROM account_role WHERE role = 'ADMIN') AND id <> :id").param("id", admin.id()).update();
            assertThatThrownBy(() -> users.update(admin.id(), new UserForm(admin.displayName(), AccountRole.COORDINATOR, true, admin.version()), "någon"))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.rejections()).anyMatch(r -> r.field().equals("roles") && r.code().equals("user.lastAdmin")));
            tx.setRollbackOnly();
        });
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE id IN (SELECT user_id FROM account_role WHERE role = 'ADMIN') AND id <> :id").param("id", admin.id()).update();
            assertThatThrownBy(() -> users.update(admin.id(), new UserForm(admin.displayName(), AccountRole.ADMIN, false, admin.version()), "någon"))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.rejections()).anyMatch(r -> r.field().equals("enabled") && r.code().equals("user.lastAdmin")));
            tx.setRollbackOnly();
        });
        assertThat(users.byUsername(IntegrationTest.ADMIN).roles()).contains(AccountRole.ADMIN);

        // With a second administrator the first may step down.
        long second = create(uniqueName(), AccountRole.ADMIN);
        UserAccount other = users.get(second);
        users.update(second, new UserForm(other.displayName(), AccountRole.COORDINATOR, true, other.version()), IntegrationTest.ADMIN);
        assertThat(users.get(second).roles()).containsExactly(AccountRole.COORDINATOR);
    }

    @Test
    void aStaleFormConflictsInsteadOfOverwriting() throws Exception {
        long id = create(uniqueName(), AccountRole.COORDINATOR);
        UserAccount opened = users.get(id);
        users.update(id, new UserForm("Först sparad", AccountRole.COORDINATOR, true, opened.version()), "kollega");
        mvc.perform(asAdmin(post("/users/" + id)).param("displayName", "Sparad sedan").param("roles", "ADMIN")
                        .param("enabled", "true").param("_enabled", "on").param("version", String.valueOf(opened.version())))
                .andExpect(status().isOk())
                .andExpect(model().attributeExists("conflict"))
                .andExpect(content().string(containsString("Först sparad")));
        assertThat(users.get(id).displayName()).isEqualTo("Först sparad");
        assertThat(users.get(id).roles()).containsExactly(AccountRole.COORDINATOR);
    }

    @Test
    void usersChangeTheirOwnPasswordGivingTheCurrentOne() throws Exception {
        String username = uniqueName();
        create(username, AccountRole.COORDINATOR);
        String next = "ett annat långt lösenord";
        mvc.perform(post("/account/password").with(user(username).roles("COORDINATOR")).with(csrf())
                        .param("currentPassword", "fel").param("password", next).param("passwordRepeat", next))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "user.password.wrong"));
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(authenticated());

        mvc.perform(post("/account/password").with(user(username).roles("COORDINATOR")).with(csrf())
                        .param("currentPassword", PASSWORD).param("password", next).param("passwordRepeat", next))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user(username).password(next)).andExpect(authenticated());
        mvc.perform(get("/account/password").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
    }

    @Test
    void anAdministratorSetsAForgottenPasswordAndTheAuditLogNeverHoldsAHash() throws Exception {
        String username = uniqueName();
        long id = create(username, AccountRole.COORDINATOR);
        String next = "nytt lösenord från admin";
        mvc.perform(asAdmin(post("/users/" + id + "/password")).param("password", next).param("passwordRepeat", next))
                .andExpect(redirectedUrl("/users"));
        mvc.perform(formLogin("/login").user(username).password(next)).andExpect(authenticated());

        var changes = jdbc.sql("SELECT changes::text FROM audit_entry WHERE entity_type = 'user' AND entity_id = :id ORDER BY id")
                .param("id", id).query(String.class).list();
        assertThat(changes).hasSize(2);
        assertThat(changes.get(1)).contains("password");
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE id = :id").param("id", id).query(String.class).single();
        assertThat(changes).noneMatch(c -> c.contains(hash) || c.contains("bcrypt") || c.contains(next) || c.contains(PASSWORD));
    }
}
