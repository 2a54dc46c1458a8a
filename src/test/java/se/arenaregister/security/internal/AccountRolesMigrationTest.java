package se.arenaregister.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.support.QuerySlice;

/**
 * V10 makes roles data: an installation's accounts, migrated from V9 where each had one role, keep what they could do.
 * An administrator stays one; an editor, who could change every area, becomes a coordinator; nobody is left without a
 * role, and the old column is gone. A database of its own is migrated to V9, given accounts, then to the end.
 */
@QuerySlice
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class AccountRolesMigrationTest {

    @Autowired
    DataSource server;

    private String database;
    private DataSource dataSource;
    private JdbcClient jdbc;

    @BeforeEach
    void migrateUpToV9() {
        HikariDataSource pool;
        try {
            pool = server.unwrap(HikariDataSource.class);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        database = "v10_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(server, "CREATE DATABASE " + database);
        dataSource = new DriverManagerDataSource(pool.getJdbcUrl().replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database),
                pool.getUsername(), pool.getPassword());
        flyway("9").migrate();
        jdbc = JdbcClient.create(dataSource);
    }

    @AfterEach
    void dropTheDatabase() {
        execute(server, "DROP DATABASE " + database + " WITH (FORCE)");
    }

    @Test
    void administratorsStayAdministratorsAndEditorsBecomeCoordinators() {
        long admin = account("admin", "ADMIN");
        long editor = account("redaktor", "EDITOR");
        long disabled = account("slutat", "EDITOR");
        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE id = :id").param("id", disabled).update();

        flyway(null).migrate();

        assertThat(roles(admin)).containsExactly("ADMIN");
        assertThat(roles(editor)).containsExactly("COORDINATOR");
        assertThat(roles(disabled)).as("a disabled account keeps its role for when it is enabled again").containsExactly("COORDINATOR");
        assertThat(jdbc.sql("SELECT count(*) FROM information_schema.columns WHERE table_name = 'app_user' AND column_name = 'role'")
                .query(Integer.class).single()).as("the single role column is gone").isZero();
        // An area editor's role names its area, and only that role does.
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO account_role (user_id, role) VALUES (:u, 'AREA_EDITOR')").param("u", editor).update())
                .hasMessageContaining("account_role");
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO account_role (user_id, role, area_id) VALUES (:u, 'READER', 3)").param("u", editor)
                .update()).hasMessageContaining("account_role");
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO account_role (user_id, role) VALUES (:u, 'COORDINATOR')").param("u", editor).update())
                .as("a role once per account").hasMessageContaining("account_role_once");
    }

    private long account(String username, String role) {
        return jdbc.sql("INSERT INTO app_user (username, password_hash, display_name, role) VALUES (:u, 'x', :u, :r) RETURNING id")
                .param("u", username).param("r", role).query(Long.class).single();
    }

    private List<String> roles(long account) {
        return jdbc.sql("SELECT role FROM account_role WHERE user_id = :id ORDER BY role").param("id", account).query(String.class).list();
    }

    private Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        return (target == null ? configuration : configuration.target(target)).load();
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
