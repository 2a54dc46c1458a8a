package se.arenaregister.security;

import java.time.Instant;

/** An account as the administrator sees it; never the password hash. */
public record UserAccount(long id, String username, String displayName, Role role, boolean enabled, Instant createdAt,
                          long version) {
}
