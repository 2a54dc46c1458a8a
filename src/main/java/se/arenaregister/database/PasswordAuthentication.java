package se.arenaregister.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes every connection to the embedded server give the password. Data directories made by earlier
 * versions let anyone on the machine in ({@code trust}); they are converted on start: the superuser gets
 * the password, pg_hba.conf is rewritten and reloaded, and the start waits until a connection without the
 * password is refused.
 */
final class PasswordAuthentication {

    private static final Logger log = LoggerFactory.getLogger(PasswordAuthentication.class);

    static final String METHOD = "scram-sha-256";
    static final String SUPERUSER = "postgres";

    /** What initdb writes with {@code --auth=scram-sha-256}: the same lines, none trusting. */
    private static final List<String> HBA_LINES = List.of(
            "# Written by Arenaregistret: every connection gives the password (" + METHOD + ").",
            "# TYPE  DATABASE        USER            ADDRESS                 METHOD",
            "local   all             all                                     " + METHOD,
            "host    all             all             127.0.0.1/32            " + METHOD,
            "host    all             all             ::1/128                 " + METHOD,
            "local   replication     all                                     " + METHOD,
            "host    replication     all             127.0.0.1/32            " + METHOD,
            "host    replication     all             ::1/128                 " + METHOD);

    private static final Pattern TRUSTING_LINE = Pattern.compile("^\\s*[^#\\s].*\\btrust\\b.*$");
    private static final String INVALID_PASSWORD = "28P01";
    private static final Duration RELOAD_WAIT = Duration.ofSeconds(10);

    private PasswordAuthentication() {
    }

    static boolean trusts(Path dataDirectory) throws IOException {
        return Files.readAllLines(hbaFile(dataDirectory), StandardCharsets.UTF_8).stream()
                .anyMatch(line -> TRUSTING_LINE.matcher(line).matches());
    }

    /** Converts a trusting data directory of a running server; does nothing if it already asks for passwords. */
    static void enforce(Path dataDirectory, int port, DatabasePassword password) throws IOException, SQLException {
        if (!trusts(dataDirectory)) {
            return;
        }
        log.warn("The embedded PostgreSQL in {} let local connections in without a password; "
                + "setting a password (kept in {}) and requiring it from now on", dataDirectory, password.file());
        try (Connection connection = connect(port, password.value())) {
            // The driver hashes the password itself, so it never reaches the server, or its log, in clear text.
            connection.unwrap(PGConnection.class).alterUserPassword(SUPERUSER, password.value().toCharArray(), METHOD);
            writeHbaFile(dataDirectory);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_reload_conf()");
            }
        }
        awaitPasswordRequired(port);
        log.info("The embedded PostgreSQL in {} now requires the password for every connection", dataDirectory);
    }

    static Connection connect(int port, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", SUPERUSER);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(jdbcUrl(port), properties);
    }

    static String jdbcUrl(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    private static Path hbaFile(Path dataDirectory) {
        return dataDirectory.resolve("pg_hba.conf");
    }

    private static void writeHbaFile(Path dataDirectory) throws IOException {
        Path target = hbaFile(dataDirectory);
        Path next = target.resolveSibling("pg_hba.conf.next");
        Files.deleteIfExists(next);
        Files.createFile(next, PosixFilePermissions.asFileAttribute(DatabasePassword.OWNER_ONLY));
        Files.write(next, HBA_LINES, StandardCharsets.UTF_8);
        // Replaced in one step, so a reload never reads half a file.
        Files.move(next, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The reload is a signal the server handles in its own time; the start goes on only once it has. */
    private static void awaitPasswordRequired(int port) throws SQLException {
        long deadline = System.nanoTime() + RELOAD_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection ignored = connect(port, "not-the-password")) {
                Thread.onSpinWait();
            } catch (SQLException refused) {
                if (INVALID_PASSWORD.equals(refused.getSQLState())) {
                    return;
                }
                throw refused;
            }
        }
        throw new SQLException("The embedded PostgreSQL still lets connections in without a password after "
                + RELOAD_WAIT.toSeconds() + " s");
    }
}
