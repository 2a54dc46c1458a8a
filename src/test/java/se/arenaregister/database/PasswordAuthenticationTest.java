package se.arenaregister.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/** Only the application gets in: a password on every connection, nothing trusted, the password file owner-only. */
class PasswordAuthenticationTest {

    static final Path FRESH = Path.of("target/access-test-postgres/fresh").toAbsolutePath();
    static final Path OLD = Path.of("target/access-test-postgres/old").toAbsolutePath();
    static final Path LOST = Path.of("target/access-test-postgres/lost").toAbsolutePath();

    @Test
    void aNewDataDirectoryAsksEveryoneForThePassword() throws Exception {
        clean(FRESH);
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties(FRESH))) {
            assertClosedToOthers(server);
            try (Connection connection = connect(server, server.password())) {
                assertThat(setting(connection, "listen_addresses")).isEqualTo("127.0.0.1");
                assertThat(setting(connection, "fsync")).isEqualTo("on");
                assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
                assertThat(setting(connection, "full_page_writes")).isEqualTo("on");
            }
        }
    }

    @Test
    void refusesToStartWhenThePasswordFileOfAProtectedDirectoryIsLost() throws Exception {
        clean(LOST);
        EmbeddedPostgresServer.start(properties(LOST)).close();
        Files.delete(DatabasePassword.fileFor(LOST));

        assertThatThrownBy(() -> EmbeddedPostgresServer.start(properties(LOST)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(DatabasePassword.fileFor(LOST).toString());
        assertThat(DatabasePassword.fileFor(LOST)).doesNotExist();
    }

    @Test
    void aDataDirectoryThatTrustedEveryoneIsConvertedAndKeepsItsData() throws Exception {
        clean(OLD);
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(OLD).setCleanDataDirectory(false).start();
             Connection connection = old.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (what text); INSERT INTO kept VALUES ('from before')");
        }
        assertThat(PasswordAuthentication.trusts(OLD)).as("the old way trusts").isTrue();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties(OLD))) {
            assertClosedToOthers(server);
            try (Connection connection = connect(server, server.password());
                 Statement statement = connection.createStatement();
                 ResultSet kept = statement.executeQuery("SELECT what FROM kept")) {
                assertThat(kept.next()).isTrue();
                assertThat(kept.getString(1)).isEqualTo("from before");
            }
        }
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(properties(OLD))) {
            assertClosedToOthers(again);
        }
    }

    private static void assertClosedToOthers(EmbeddedPostgresServer server) throws Exception {
        assertThatThrownBy(() -> connect(server, "").close()).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> connect(server, "wrong-password").close())
                .isInstanceOfSatisfying(SQLException.class, refused -> assertThat(refused.getSQLState()).isEqualTo("28P01"));
        assertThat(PasswordAuthentication.trusts(server.dataDirectory())).isFalse();
        assertThat(Files.readAllLines(server.dataDirectory().resolve("pg_hba.conf")))
                .filteredOn(line -> !line.isBlank() && !line.startsWith("#"))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).endsWith("scram-sha-256"));
        Path passwordFile = DatabasePassword.fileFor(server.dataDirectory());
        assertThat(Files.getPosixFilePermissions(passwordFile)).isEqualTo(DatabasePassword.OWNER_ONLY);
        assertThat(Files.readString(passwordFile)).isEqualTo(server.password()).hasSizeGreaterThanOrEqualTo(40);
        try (Connection connection = connect(server, server.password());
             Statement statement = connection.createStatement();
             ResultSet rules = statement.executeQuery("SELECT count(*) FROM pg_hba_file_rules WHERE auth_method <> 'scram-sha-256' OR error IS NOT NULL")) {
            rules.next();
            assertThat(rules.getInt(1)).as("rules the running server applies that are not scram-sha-256").isZero();
        }
    }

    private static Connection connect(EmbeddedPostgresServer server, String password) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), server.username(), password);
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet value = statement.executeQuery("SHOW " + name)) {
            value.next();
            return value.getString(1);
        }
    }

    private static EmbeddedDatabaseProperties properties(Path dataDirectory) {
        return new EmbeddedDatabaseProperties(dataDirectory.toString(), 0, false, true, Duration.ofSeconds(1));
    }

    private static void clean(Path dataDirectory) throws Exception {
        FileSystemUtils.deleteRecursively(dataDirectory);
        FileSystemUtils.deleteRecursively(DatabasePassword.fileFor(dataDirectory));
    }
}
