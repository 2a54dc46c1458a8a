package se.arenaregister.security.internal;

import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Every login with a user name and password, through the form or HTTP Basic (both hand theirs to the one
 * authentication manager, whose only provider this is): refused at once while {@link LoginThrottle} has the user name
 * or the source address locked, else checked against the accounts (Spring Security's {@link DaoAuthenticationProvider},
 * which also re-hashes older hashes). Each attempt is counted, logged (user name as typed and address, never the
 * password) and audited as one {@code login} entry with its outcome: {@value #SUCCEEDED}, {@value #FAILED} or
 * {@value #LOCKED}. An attempt that could not be checked (the database does not answer) is logged but neither
 * counted nor audited: it was not a guess, and the log cannot be written then either. A successful login that
 * cannot be audited is refused as unavailable, so that no login goes unrecorded.
 *
 * <p>The source address is the request's remote address, from the details Spring Security's login filters attach.
 * HTTP Basic authenticates each request that carries it (unless the request's session is already logged in as the
 * same user), so a client that sends Basic without keeping the session cookie makes one login entry per request.
 */
class ThrottledLogins implements AuthenticationProvider {

    static final String SUCCEEDED = "SUCCEEDED";
    static final String FAILED = "FAILED";
    static final String LOCKED = "LOCKED";

    private static final Logger log = LoggerFactory.getLogger(ThrottledLogins.class);
    /** What of a typed user name goes into the log: printable characters only (no forged lines), at most 100. */
    private static final int LOGGED_NAME = 100;

    private final DaoAuthenticationProvider passwords;
    private final UserAccounts accounts;
    private final LoginThrottle throttle;

    ThrottledLogins(UserAccounts accounts, PasswordEncoder encoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setUserDetailsPasswordService(accounts);
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName() == null ? "" : attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        Optional<Duration> locked = throttle.lockedFor(username, address);
        if (locked.isPresent()) {
            log.warn("Login refused (locked after too many failures, {} s left) for '{}' from {}", locked.get().toSeconds(),
                    printable(username), address);
            audit(username, address, LOCKED);
            throw new LoginThrottledException(locked.get());
        }
        Authentication result;
        try {
            result = passwords.authenticate(attempt);
        } catch (InternalAuthenticationServiceException unavailable) {
            log.error("Login of '{}' from {} could not be checked: {}", printable(username), address, unavailable.getMessage());
            throw unavailable;
        } catch (AuthenticationException refused) {
            throttle.failed(username, address);
            log.warn("Login failed for '{}' from {}: {}", printable(username), address, refused.getClass().getSimpleName());
            audit(username, address, FAILED);
            throw refused;
        }
        throttle.succeeded(username);
        log.info("Login succeeded for '{}' from {}", result.getName(), address);
        try {
            accounts.recordLogin(result.getName(), address, SUCCEEDED);
        } catch (RuntimeException notRecorded) {
            throw new InternalAuthenticationServiceException("The login could not be audited", notRecorded);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** A refusal is written to the audit log when it can be; when it cannot, the refusal still stands (and is logged). */
    private void audit(String username, String address, String outcome) {
        try {
            accounts.recordLogin(username, address, outcome);
        } catch (RuntimeException notRecorded) {
            log.error("Login attempt of '{}' from {} ({}) could not be audited: {}", printable(username), address, outcome,
                    notRecorded.getMessage());
        }
    }

    static String printable(String username) {
        String shown = username.length() > LOGGED_NAME ? username.substring(0, LOGGED_NAME) + "…" : username;
        return shown.replaceAll("\\p{Cntrl}|\\p{Zl}|\\p{Zp}", "?");
    }
}
