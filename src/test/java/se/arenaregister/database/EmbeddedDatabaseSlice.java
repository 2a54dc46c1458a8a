package se.arenaregister.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The application's embedded PostgreSQL for test slices that have no application (see {@code QuerySlice}): one server
 * per test JVM, however many slice contexts there are (each {@code @Import} makes a context of its own), started by the
 * first and stopped when the JVM ends. Each context gets a pool of its own on it. With {@code spring.datasource.url} set
 * (SPRING_DATASOURCE_URL, as {@code .ci/run}'s external-PostgreSQL run sets it) the slices use that server instead, and no
 * embedded one is started: a database of their own on it ({@code <database>_query_slices}, made afresh once per JVM),
 * since the application's database there holds the demo data and the slices' tests expect only the rows they write.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedDatabaseSlice {

    private static final Pattern DATABASE_IN_URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([A-Za-z0-9_]+)");

    private static EmbeddedPostgresServer server;
    private static String externalSliceUrl;

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
            String username = environment.getProperty("spring.datasource.username");
            String password = environment.getProperty("spring.datasource.password");
            dataSource.setJdbcUrl(sliceDatabase(external, username, password));
            dataSource.setUsername(username);
            dataSource.setPassword(password);
        }
        dataSource.setMaximumPoolSize(3);
        dataSource.setPoolName("query-slice");
        return dataSource;
    }

    private static synchronized String sliceDatabase(String applicationUrl, String username, String password) {
        if (externalSliceUrl == null) {
            Matcher url = DATABASE_IN_URL.matcher(applicationUrl);
            if (!url.find()) {
                throw new IllegalStateException("No database name in spring.datasource.url " + applicationUrl);
            }
            String name = url.group(2) + "_query_slices";
            try (Connection connection = DriverManager.getConnection(applicationUrl, username, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                statement.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not make the query slices' database " + name
                        + " (the user needs CREATEDB)", e);
            }
            externalSliceUrl = url.replaceFirst("$1" + name);
        }
        return externalSliceUrl;
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
