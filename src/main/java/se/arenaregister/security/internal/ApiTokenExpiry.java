package se.arenaregister.security.internal;

import java.time.Duration;
import java.time.Instant;

/** How long a new API token works: the choices the page offers, a token that never expires among them. */
public enum ApiTokenExpiry {
    DAYS_30(30), DAYS_90(90), DAYS_365(365), NEVER(0);

    private final int days;

    ApiTokenExpiry(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }

    /** When a token made at {@code now} stops working; null for one that does not expire. */
    public Instant from(Instant now) {
        return this == NEVER ? null : now.plus(Duration.ofDays(days));
    }
}
