package se.arenaregister.security.internal;

import java.time.Instant;

import se.arenaregister.audit.EntityType;
import se.arenaregister.audit.Traced;

/**
 * A personal API token as its account (or an administrator) sees it: never the secret, which is shown once when the
 * token is made, nor its hash. {@code prefix} is the secret's first characters, to tell tokens apart. When and where it
 * was last used is not part of its history (its first use each day is, as an entry of its own).
 */
@Traced(value = EntityType.API_TOKEN, tables = "api_token")
public record ApiToken(long id, String account, String name, ApiTokenScope scope, String prefix,
                       @Traced.Omitted Instant createdAt, Instant expiresAt,
                       @Traced.Omitted Instant lastUsedAt, @Traced.Omitted String lastUsedFrom,
                       Instant revokedAt, long version) {

    public static final int MAX_NAME = 100;

    public enum Status { ACTIVE, EXPIRED, REVOKED }

    public Status status(Instant now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return expiresAt != null && !expiresAt.isAfter(now) ? Status.EXPIRED : Status.ACTIVE;
    }
}
