package se.arenaregister.security.internal;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On first start (no users yet) creates the administrator. The password comes from
 * {@code ADMIN_PASSWORD}; without it a random one is generated and printed once in the log. A configured password
 * obeys {@link PasswordPolicy} like any other: a weak one stops the start with {@link WeakAdministratorPassword},
 * which {@link WeakAdministratorPassword.Analyzer} reports as what is wrong and how to fix it, without a stack trace.
 * (Once an account exists, {@code ADMIN_PASSWORD} is not read.)
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final String username;
    private final String configuredPassword;

    FirstAdministrator(UserAccounts accounts, PasswordEncoder encoder,
                       @Value("${arenaregister.admin.username:admin}") String username,
                       @Value("${arenaregister.admin.password:}") String configuredPassword) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.username = username;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyExists()) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        if (!generated) {
            PasswordPolicy.check(configuredPassword, username).ifPresent(breach -> {
                throw new WeakAdministratorPassword(breach);
            });
        }
        String password = generated ? acceptableRandomPassword() : configuredPassword;
        accounts.create(username, encoder.encode(password), "Administratör", java.util.Set.of(AccountRole.ADMIN));
        if (generated) {
            log.warn("""

                    ================================================================
                    First start: created administrator '{}' with password: {}
                    This is shown only once. Set ADMIN_PASSWORD to choose it yourself.
                    ================================================================""", username, password);
        } else {
            log.info("First start: created administrator '{}' with the password from ADMIN_PASSWORD", username);
        }
    }

    /** A random password that the policy accepts (20 random characters virtually always are; this makes sure). */
    private String acceptableRandomPassword() {
        String password = randomPassword();
        while (PasswordPolicy.check(password, username).isPresent()) {
            password = randomPassword();
        }
        return password;
    }

    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
