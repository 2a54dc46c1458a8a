package se.arenaregister.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * A new, empty installation on the test's embedded PostgreSQL: a database of its own, migrated by Flyway like a
 * first start (but with no first administrator and no demo data), dropped again when closed.
 */
final class FreshDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final String name;
    private final DataSource dataSource;

    FreshDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.name = "fresh_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(postgres.getPostgresDatabase(), "CREATE DATABASE " + name);
        this.dataSource = postgres.getDatabase("postgres", name);
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
        execute(postgres.getPostgresDatabase(), "DROP DATABASE " + name + " WITH (FORCE)");
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
