package se.arenaregister.backup.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * A new, empty installation on the test's embedded PostgreSQL: a database of its own, migrated by Flyway like a
 * first start (but with no first administrator and no demo data), dropped again when closed.
 */
final class FreshDatabase implements AutoCloseable {

    private final DataSource server;
    private final String name;
    private final DataSource dataSource;

    /** @param application the application's own pool: the new database lives on its server, under its login */
    FreshDatabase(DataSource application) {
        this.server = application;
        HikariDataSource pool = unwrap(application);
        this.name = "fresh_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(server, "CREATE DATABASE " + name);
        this.dataSource = new DriverManagerDataSource(otherDatabase(pool.getJdbcUrl(), name), pool.getUsername(), pool.getPassword());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    DataSource dataSource() {
        return dataSource;
    }

    JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    /** The restore service of this installation, publishing its events to {@code events}. */
    Restores restores(org.springframework.context.ApplicationEventPublisher events) {
        return new Restores(dataSource, new JdbcTransactionManager(dataSource), events, "flyway_schema_history");
    }

    @Override
    public void close() {
        execute(server, "DROP DATABASE " + name + " WITH (FORCE)");
    }

    private static HikariDataSource unwrap(DataSource application) {
        try {
            return application.unwrap(HikariDataSource.class);
        } catch (SQLException e) {
            throw new IllegalStateException("The application's pool is not Hikari's", e);
        }
    }

    /** The same server's address with another database: {@code jdbc:postgresql://host:port/db?options}. */
    static String otherDatabase(String jdbcUrl, String database) {
        return jdbcUrl.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
