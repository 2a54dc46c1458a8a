package se.arenaregister.security.internal;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How logins are checked: {@link ThrottledLogins} is the one authentication provider (so Spring Security does not
 * make its own from {@link UserAccounts}), with the limits of {@link LoginThrottle} from
 * {@code arenaregister.login.*}.
 */
@Configuration(proxyBeanMethods = false)
class LoginConfiguration {

    @Bean
    LoginThrottle loginThrottle(JdbcClient jdbc, Clock clock,
                                @Value("${arenaregister.login.account-failures:5}") int accountFailures,
                                @Value("${arenaregister.login.address-failures:20}") int addressFailures,
                                @Value("${arenaregister.login.window:15m}") Duration window,
                                @Value("${arenaregister.login.first-lock:1m}") Duration firstLock,
                                @Value("${arenaregister.login.max-lock:15m}") Duration maxLock) {
        return new LoginThrottle(jdbc, new LoginThrottle.Settings(accountFailures, addressFailures, window, firstLock, maxLock), clock);
    }

    @Bean
    ThrottledLogins throttledLogins(UserAccounts accounts, PasswordEncoder encoder, LoginThrottle throttle) {
        return new ThrottledLogins(accounts, encoder, throttle);
    }
}
