package se.arenaregister.database;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The application's embedded PostgreSQL for test slices that have no application (see {@code QuerySlice}): one server
 * per test JVM, however many slice contexts there are (each {@code @Import} makes a context of its own), started by the
 * first and stopped when the JVM ends. Each context gets a pool of its own on it. With {@code spring.datasource.url} set
 * (SPRING_DATASOURCE_URL, as {@code .ci/run}'s external-PostgreSQL run sets it) the slices use that server instead, as
 * the application does, and no embedded one is started.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedDatabaseSlice {

    private static EmbeddedPostgresServer server;

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(Environment environment) {
        HikariDataSource dataSource = new HikariDataSource();
        String external = environment.getProperty("spring.datasource.url", "");
        if (external.isBlank()) {
            EmbeddedPostgresServer running = server(environment);
            dataSource.setJdbcUrl(running.jdbcUrl());
            dataSource.setUsername(running.username());
            dataSource.setPassword(running.password());
        } else {
            dataSource.setJdbcUrl(external);
            dataSource.setUsername(environment.getProperty("spring.datasource.username"));
            dataSource.setPassword(environment.getProperty("spring.datasource.password"));
        }
        dataSource.setMaximumPoolSize(3);
        dataSource.setPoolName("query-slice");
        return dataSource;
    }

    private static synchronized EmbeddedPostgresServer server(Environment environment) {
        if (server == null) {
            EmbeddedDatabaseProperties properties = Binder.get(environment)
                    .bind("arenaregister.embedded-db", EmbeddedDatabaseProperties.class)
                    .orElseThrow(() -> new IllegalStateException("No arenaregister.embedded-db.* for the query slices"));
            server = EmbeddedPostgresServer.start(properties);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, "query-slice-database"));
        }
        return server;
    }
}
