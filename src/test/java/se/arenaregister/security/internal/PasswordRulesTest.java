package se.arenaregister.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import se.arenaregister.audit.Traceability;
import se.arenaregister.support.IntegrationTest;

/**
 * The password policy where passwords are set: the new-account form, an administrator setting one, users changing
 * their own (each refusal next to the field, in Swedish and English, nothing stored), and {@code ADMIN_PASSWORD} at
 * first start (a weak one stops the start with the reason and the fix).
 */
@IntegrationTest
class PasswordRulesTest {

    private static final String PASSWORD = UserAccountsTest.PASSWORD;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAdministration users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Traceability trail;

    private ResultActions newAccount(String username, String password, String language) throws Exception {
        return mvc.perform(post("/users").with(user(IntegrationTest.ADMIN).roles("ADMIN")).with(csrf())
                .cookie(new Cookie("arenaregister-lang", language))
                .param("username", username).param("displayName", "Testperson").param("roles", "COORDINATOR")
                .param("password", password).param("passwordRepeat", password));
    }

    private int accountsNamed(String username) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE username = :u").param("u", username).query(Integer.class).single();
    }

    @Test
    void aNewAccountsPasswordIsRefusedNextToTheFieldForEachRule() throws Exception {
        String username = UserAccountsTest.uniqueName();
        newAccount(username, "elva tecken", "sv").andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "user.password.tooShort"))
                .andExpect(content().string(containsString("Lösenordet måste ha minst 12 tecken.")));
        newAccount(username, "password1234", "sv")
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "user.password.common"))
                .andExpect(content().string(containsString("Lösenordet är ett av de vanligaste lösenorden")));
        newAccount(username, "AAAAAAAAAAAA", "en")
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "user.password.common"))
                .andExpect(content().string(containsString("This is one of the most common passwords")));
        newAccount(username, "hej " + username.toUpperCase() + " hej", "sv")
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "user.password.containsUsername"))
                .andExpect(content().string(containsString("Lösenordet får inte innehålla användarnamnet.")));
        newAccount(username, "hej " + username + " hej", "en")
                .andExpect(content().string(containsString("The password must not contain the user name.")));
        newAccount(username, "x".repeat(Passwords.MAX_LENGTH + 1), "sv")
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "Size"))
                .andExpect(content().string(containsString("Högst 128 tecken.")));
        assertThat(accountsNamed(username)).isZero();
        newAccount(username, "tre gröna hästar i snön", "sv").andExpect(status().is3xxRedirection());
        assertThat(accountsNamed(username)).isOne();
    }

    @Test
    void anAdministratorSettingAPasswordAndUsersChangingTheirOwnMeetTheSameRules() throws Exception {
        String username = UserAccountsTest.uniqueName();
        long id = users.create(new NewUserForm(username, "Testperson", AccountRole.COORDINATOR, PASSWORD, PASSWORD)).id();
        String hash = hash(username);
        mvc.perform(post("/users/" + id + "/password").with(user(IntegrationTest.ADMIN).roles("ADMIN")).with(csrf())
                        .param("password", "qwerty123456").param("passwordRepeat", "qwerty123456"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "user.password.common"));
        mvc.perform(post("/users/" + id + "/password").with(user(IntegrationTest.ADMIN).roles("ADMIN")).with(csrf())
                        .param("password", username + "-nytt").param("passwordRepeat", username + "-nytt"))
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "user.password.containsUsername"));
        mvc.perform(post("/account/password").with(user(username).roles("COORDINATOR")).with(csrf())
                        .param("currentPassword", PASSWORD).param("password", "Password1234").param("passwordRepeat", "Password1234"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "user.password.common"));
        mvc.perform(post("/account/password").with(user(username).roles("COORDINATOR")).with(csrf())
                        .param("currentPassword", PASSWORD).param("password", "kort").param("passwordRepeat", "kort"))
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "user.password.tooShort"));
        mvc.perform(post("/account/password").with(user(username).roles("COORDINATOR")).with(csrf())
                        .param("currentPassword", PASSWORD).param("password", "mitt " + username).param("passwordRepeat", "mitt " + username))
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "user.password.containsUsername"));
        assertThat(hash(username)).as("nothing stored").isEqualTo(hash);
    }

    private FirstAdministrator firstStart(String password) {
        return new FirstAdministrator(new UserAccounts(jdbc, trail) {
            @Override
            boolean anyExists() {
                return false;
            }
        }, encoder, "forste-admin", password);
    }

    @Test
    void aWeakAdministratorPasswordStopsTheStartWithTheReasonAndTheFix() {
        assertThatThrownBy(() -> firstStart("abc").run(new DefaultApplicationArguments()))
                .isInstanceOf(WeakAdministratorPassword.class)
                .hasMessageContaining("ADMIN_PASSWORD is shorter than 12 characters");
        assertThatThrownBy(() -> firstStart("password1234").run(new DefaultApplicationArguments()))
                .hasMessageContaining("ADMIN_PASSWORD is one of the most common passwords");
        assertThatThrownBy(() -> firstStart("FORSTE-ADMIN-lösenord").run(new DefaultApplicationArguments()))
                .hasMessageContaining("ADMIN_PASSWORD contains the administrator's user name");
        assertThat(accountsNamed("forste-admin")).isZero();

        // What Spring Boot prints instead of a stack trace (the runner's failure wraps the cause).
        FailureAnalysis analysis = new WeakAdministratorPassword.Analyzer()
                .analyze(new IllegalStateException("Failed to execute ApplicationRunner", new WeakAdministratorPassword(PasswordPolicy.Breach.TOO_SHORT)));
        assertThat(analysis.getDescription()).isEqualTo("The first administrator was not created: ADMIN_PASSWORD is shorter than 12 characters.");
        assertThat(analysis.getAction()).contains("Set ADMIN_PASSWORD").contains("12 to 128 characters").contains("leave it unset");
    }

    private String hash(String username) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE username = :u").param("u", username).query(String.class).single();
    }
}
