package se.arenaregister.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** What query classes need besides the database: a clock fixed at 2026-06-15 (Stockholm), so dates in tests are known. */
@TestConfiguration(proxyBeanMethods = false)
public class QuerySliceBeans {

    public static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneId.of("Europe/Stockholm"));
    }
}
