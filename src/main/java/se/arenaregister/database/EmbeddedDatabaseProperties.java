package se.arenaregister.database;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL's settings.
 *
 * @param dataDirectory where the cluster lives; the password file is its sibling {@code <name>.password}
 * @param port the port, or 0 for a free one chosen once when the application starts
 * @param clean whether to delete the data directory on start (tests)
 * @param durable whether every acknowledged commit is on disk; only tests may turn it off, for speed
 * @param watchdogInterval how often the server process is checked and, if it died, started again
 */
@ConfigurationProperties("arenaregister.embedded-db")
record EmbeddedDatabaseProperties(String dataDirectory, Integer port, Boolean clean, Boolean durable,
                                  Duration watchdogInterval) {

    EmbeddedDatabaseProperties {
        dataDirectory = dataDirectory == null || dataDirectory.isBlank() ? "./data/postgres" : dataDirectory;
        port = port == null ? 0 : port;
        clean = clean != null && clean;
        durable = durable == null || durable;
        watchdogInterval = watchdogInterval == null ? Duration.ofSeconds(1) : watchdogInterval;
    }
}
