package se.arenaregister.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.arenaregister.security.internal.PasswordPolicy.Breach;

/** The password rules on their own: length, the list of common passwords, the user name. */
class PasswordPolicyTest {

    @Test
    void theRulesAndTheirOrder() {
        assertThat(PasswordPolicy.check(null, "anna")).contains(Breach.TOO_SHORT);
        assertThat(PasswordPolicy.check("elva tecken", "anna")).contains(Breach.TOO_SHORT);
        assertThat(PasswordPolicy.check("x".repeat(129), "anna")).contains(Breach.TOO_LONG);
        assertThat(PasswordPolicy.check("aaaaaaaaaaaa", "anna")).contains(Breach.COMMON);
        assertThat(PasswordPolicy.check("password1234", "anna")).contains(Breach.COMMON);
        assertThat(PasswordPolicy.check("PassWord1234", "anna")).as("compared case-insensitively").contains(Breach.COMMON);
        assertThat(PasswordPolicy.check("qwertyuiopas", "anna")).contains(Breach.COMMON);
        assertThat(PasswordPolicy.check("mitt namn är ANNA.Berg och mer", "anna.berg")).contains(Breach.CONTAINS_USERNAME);
        assertThat(PasswordPolicy.check("adminadminadmin2", "admin")).isPresent();
        assertThat(PasswordPolicy.check("jo, hej på dig i sommar", "jo")).as("a two-letter name is not looked for").isEmpty();
        assertThat(PasswordPolicy.check("tre gröna hästar i snön", "anna")).isEmpty();
        assertThat(PasswordPolicy.check("x".repeat(128), "anna")).isEmpty();
        assertThat(PasswordPolicy.check("tre gröna hästar i snön", null)).isEmpty();
    }

    @Test
    void theListIsTheShippedOne() {
        assertThat(PasswordPolicy.commonPasswords()).isGreaterThan(40_000);
    }

    @Test
    void theGeneratedAdministratorPasswordAlwaysPasses() {
        for (int i = 0; i < 1000; i++) {
            assertThat(PasswordPolicy.check(FirstAdministrator.randomPassword(), "admin")).isEmpty();
        }
    }
}
