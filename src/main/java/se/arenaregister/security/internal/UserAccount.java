package se.arenaregister.security.internal;

import java.time.Instant;
import se.arenaregister.audit.EntityType;
import se.arenaregister.audit.Traced;

/** An account as the administrator sees it; never the password hash. */
@Traced(value = EntityType.USER, tables = "app_user")
public record UserAccount(long id, String username, String displayName, AccountRole role, boolean enabled, @Traced.Omitted Instant createdAt,
                          long version) {
}
