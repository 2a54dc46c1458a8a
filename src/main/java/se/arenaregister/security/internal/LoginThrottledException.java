package se.arenaregister.security.internal;

import java.time.Duration;

import org.springframework.security.authentication.AccountStatusException;

/**
 * A login refused because too many failed before it (for the user name or from the address): the password was not
 * checked. An {@link AccountStatusException}, so that no other authentication provider is asked after it. Says
 * nothing of whether the account exists: every user name is counted and locked alike.
 */
class LoginThrottledException extends AccountStatusException {

    private final transient Duration remaining;

    LoginThrottledException(Duration remaining) {
        super("Too many failed logins; try again later");
        this.remaining = remaining;
    }

    /** How long the lock still lasts. */
    Duration remaining() {
        return remaining;
    }
}
