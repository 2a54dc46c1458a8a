package se.arenaregister.security.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new personal API token: a name the account tells its tokens apart by, what it may do and how long it works. */
public record ApiTokenForm(@NotBlank @Size(max = ApiToken.MAX_NAME) String name, @NotNull ApiTokenScope scope,
                           @NotNull ApiTokenExpiry expiry) {

    /** A read-only token for 90 days: the least a script usually needs, for a while. */
    public static ApiTokenForm empty() {
        return new ApiTokenForm("", ApiTokenScope.READ, ApiTokenExpiry.DAYS_90);
    }
}
