package se.arenaregister.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database of its own on the query slice's PostgreSQL server, for a test of one migration: migrated up to the version
 * before it, given rows as they were then, migrated to the end, and dropped afterwards.
 */
public final class MigratedDatabase implements AutoCloseable {

    private final DataSource server;
    private final String name;
    private final DataSource dataSource;

    private MigratedDatabase(DataSource server, String name, DataSource dataSource) {
        this.server = server;
        this.name = name;
        this.dataSource = dataSource;
    }

    /** A new, empty database on the server behind {@code server}, migrated by every migration, as at a first start. */
    public static MigratedDatabase fromEmpty(DataSource server) {
        return upTo(server, null);
    }

    /**
     * A new, empty database on the server behind {@code server}, migrated up to and including {@code version} (every
     * migration when null).
     */
    public static MigratedDatabase upTo(DataSource server, String version) {
        HikariDataSource pool;
        try {
            pool = server.unwrap(HikariDataSource.class);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        String name = (version == null ? "empty" : "v" + version) + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(server, "CREATE DATABASE " + name);
        MigratedDatabase database = new MigratedDatabase(server, name, new DriverManagerDataSource(
                pool.getJdbcUrl().replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name), pool.getUsername(), pool.getPassword()));
        database.flyway(version).migrate();
        return database;
    }

    /** The schema version Flyway's history says the database is at. */
    public String schemaVersion() {
        return flyway(null).info().current().getVersion().getVersion();
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    /** Runs the remaining migrations. */
    public void migrateToTheEnd() {
        flyway(null).migrate();
    }

    private Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        return (target == null ? configuration : configuration.target(target)).load();
    }

    @Override
    public void close() {
        execute(server, "DROP DATABASE " + name + " WITH (FORCE)");
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
