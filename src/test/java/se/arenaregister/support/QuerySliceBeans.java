package se.arenaregister.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import se.arenaregister.shared.UntilRegisterChanges;

/**
 * What query classes need besides the database: a clock fixed at 2026-06-15 (Stockholm), so dates in tests are known;
 * the results kept until the register changes (a test's transaction writes its rows, so it never reads a kept result).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(UntilRegisterChanges.class)
public class QuerySliceBeans {

    public static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneId.of("Europe/Stockholm"));
    }
}
