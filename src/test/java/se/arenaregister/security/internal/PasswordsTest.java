package se.arenaregister.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import se.arenaregister.support.IntegrationTest;

/**
 * Passwords up to 128 characters count in full (Argon2 reads them all; bcrypt read 72 bytes and refused longer ones
 * with an exception); longer ones are refused next to the field and never match at login; accounts with an older
 * bcrypt hash still log in, and get an Argon2 hash when they do.
 */
@IntegrationTest
class PasswordsTest {

    private static final String LONG = "ett lösenord på hundra tecken med å, ä och ö ".repeat(3).substring(0, 100);

    @Autowired
    se.arenaregister.audit.Traceability trail;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    UserAccounts accounts;

    @Test
    void aHundredCharacterPasswordCountsInFull() throws Exception {
        String username = UserAccountsTest.uniqueName();
        mvc.perform(post("/users").with(user(IntegrationTest.ADMIN).roles("ADMIN")).with(csrf()).param("username", username)
                        .param("displayName", "Lång Lösen").param("roles", "COORDINATOR").param("password", LONG).param("passwordRepeat", LONG))
                .andExpect(status().is3xxRedirection());
        assertThat(LONG.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);
        mvc.perform(formLogin("/login").user(username).password(LONG)).andExpect(authenticated());
        // Differs from the password only after its 72nd byte: bcrypt would have let it in.
        mvc.perform(formLogin("/login").user(username).password(LONG.substring(0, 90) + "XXXXXXXXXX")).andExpect(unauthenticated());
        assertThat(hash(username)).startsWith("{argon2@SpringSecurity_v5_8}");
    }

    @Test
    void aPasswordOverTheMaximumIsRefusedNextToTheFieldAndNeverMatches() throws Exception {
        String tooLong = "x".repeat(Passwords.MAX_LENGTH + 1);
        mvc.perform(post("/users").with(user(IntegrationTest.ADMIN).roles("ADMIN")).with(csrf()).param("username", UserAccountsTest.uniqueName())
                        .param("displayName", "För lång").param("roles", "COORDINATOR").param("password", tooLong).param("passwordRepeat", tooLong))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "Size"));
        mvc.perform(post("/account/password").with(user(IntegrationTest.ADMIN).roles("ADMIN")).with(csrf())
                        .param("currentPassword", IntegrationTest.ADMIN_PASSWORD).param("password", tooLong).param("passwordRepeat", tooLong))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "Size"));
        mvc.perform(formLogin("/login").user(IntegrationTest.ADMIN).password("x".repeat(100_000))).andExpect(unauthenticated());
        assertThat(encoder.matches(tooLong, encoder.encode("x".repeat(Passwords.MAX_LENGTH)))).isFalse();
        assertThatThrownBy(() -> encoder.encode(tooLong)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAccountWithAnOlderBcryptHashLogsInAndGetsAnArgon2Hash() throws Exception {
        String username = UserAccountsTest.uniqueName();
        accounts.create(username, "{bcrypt}" + new BCryptPasswordEncoder().encode("ett gammalt lösenord"), "Gammal Hash", java.util.Set.of(AccountRole.COORDINATOR));
        mvc.perform(formLogin("/login").user(username).password("ett gammalt lösenord")).andExpect(authenticated());
        assertThat(hash(username)).startsWith("{argon2@SpringSecurity_v5_8}");
        mvc.perform(formLogin("/login").user(username).password("ett gammalt lösenord")).andExpect(authenticated());
        // A bcrypt hash meets a password longer than bcrypt reads: no match, no exception.
        String other = UserAccountsTest.uniqueName();
        accounts.create(other, "{bcrypt}" + new BCryptPasswordEncoder().encode("ett gammalt lösenord"), "Gammal Hash", java.util.Set.of(AccountRole.COORDINATOR));
        mvc.perform(formLogin("/login").user(other).password("å".repeat(100))).andExpect(unauthenticated());
    }

    @Test
    void anAdministratorPasswordLongerThanTheMaximumStopsTheStartWithAReason() {
        FirstAdministrator first = new FirstAdministrator(new UserAccounts(jdbc, trail) {
            @Override
            boolean anyExists() {
                return false;
            }
        }, encoder, "admin2", "y".repeat(Passwords.MAX_LENGTH + 1));
        assertThatThrownBy(() -> first.run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ADMIN_PASSWORD is longer than 128");
        String eighty = "z".repeat(80);
        assertThat(encoder.matches(eighty, encoder.encode(eighty))).isTrue();
    }

    private String hash(String username) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE username = :u").param("u", username).query(String.class).single();
    }
}
