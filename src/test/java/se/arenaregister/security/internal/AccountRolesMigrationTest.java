package se.arenaregister.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.support.MigratedDatabase;
import se.arenaregister.support.QuerySlice;

/**
 * V10 makes roles data: an installation's accounts, migrated from V9 where each had one role, keep what they could do.
 * An administrator stays one; an editor, who could change every area, becomes a coordinator; nobody is left without a
 * role, and the old column is gone. A database of its own is migrated to V9, given accounts, then to the end.
 */
@QuerySlice
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Tag("external-postgres")
class AccountRolesMigrationTest {

    @Autowired
    DataSource server;

    private MigratedDatabase database;
    private JdbcClient jdbc;

    @BeforeEach
    void migrateUpToV9() {
        database = MigratedDatabase.upTo(server, "9");
        jdbc = database.jdbc();
    }

    @AfterEach
    void dropTheDatabase() {
        database.close();
    }

    @Test
    void administratorsStayAdministratorsAndEditorsBecomeCoordinators() {
        long admin = account("admin", "ADMIN");
        long editor = account("redaktor", "EDITOR");
        long disabled = account("slutat", "EDITOR");
        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE id = :id").param("id", disabled).update();

        database.migrateToTheEnd();

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
}
