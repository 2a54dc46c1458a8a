package se.arenaregister.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * One PostgreSQL cluster in one data directory, on one port for the application's lifetime, so that
 * connection pools reach it again after {@link #restart()}. Every connection needs the password; the
 * server listens on 127.0.0.1 only.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration LEFTOVER_WAIT = Duration.ofSeconds(5);

    private final Path dataDirectory;
    private final int port;
    private final boolean durable;
    private final DatabasePassword password;
    private EmbeddedPostgres postgres;
    private ProcessHandle postmaster;
    private List<ProcessHandle> lastSeenChildren = List.of();
    private boolean closed;

    private EmbeddedPostgresServer(Path dataDirectory, int port, boolean durable, DatabasePassword password) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.durable = durable;
        this.password = password;
    }

    static EmbeddedPostgresServer start(EmbeddedDatabaseProperties properties) {
        try {
            Path dir = Path.of(properties.dataDirectory()).toAbsolutePath().normalize();
            Files.createDirectories(dir.getParent());
            stopOrphanedServer(dir);
            if (properties.clean()) {
                FileSystemUtils.deleteRecursively(dir);
            }
            refuseWithoutItsPassword(dir);
            int port = properties.port() > 0 ? properties.port() : freePort();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(dir, port, properties.durable(),
                    DatabasePassword.forDataDirectory(dir));
            server.startPostgres();
            try {
                PasswordAuthentication.enforce(dir, port, server.password);
            } catch (IOException | SQLException | RuntimeException e) {
                // A server that may still trust everyone is not left running.
                server.close();
                throw e;
            }
            log.info("Embedded PostgreSQL started on 127.0.0.1:{} with data in {} ({})", port, dir,
                    properties.durable() ? "durable" : "not durable: commits may be lost if it is killed");
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not require a password on the embedded PostgreSQL", e);
        }
    }

    private void startPostgres() throws IOException {
        String onWhenDurable = durable ? "on" : "off";
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                // Never let zonky delete the directory: it would do so on every close, also before a restart.
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(STARTUP_WAIT)
                .setLocaleConfig("locale", "C.UTF-8")
                // initdb takes the last --auth it is given, so these override zonky's own "-A trust".
                .setLocaleConfig("auth", PasswordAuthentication.METHOD)
                .setLocaleConfig("pwfile", password.file().toString())
                .setConnectConfig("password", password.value())
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "50")
                // zonky starts the server with -F and asynchronous commits; these come later on the command line and win.
                .setServerConfig("fsync", onWhenDurable)
                .setServerConfig("synchronous_commit", onWhenDurable)
                .setServerConfig("full_page_writes", onWhenDurable)
                // Longer than any legitimate statement, shorter than the driver's socket timeout (60 s).
                .setServerConfig("statement_timeout", "30s")
                .start();
        postmaster = readPostmasterPid(dataDirectory).flatMap(ProcessHandle::of)
                .orElseThrow(() -> new IOException("No running postmaster found for " + dataDirectory));
        lastSeenChildren = List.of();
    }

    /** Whether the postmaster lives; remembers its children, which outlive it if it is killed. */
    synchronized boolean isRunning() {
        if (postmaster.isAlive()) {
            lastSeenChildren = postmaster.children().toList();
            return true;
        }
        return false;
    }

    /**
     * Starts a new server on the same data directory and port after the old one died. PostgreSQL recovers
     * from its write-ahead log; it refuses to start while processes of the old server still hold its
     * shared memory, so those are waited for and, if they linger, killed.
     */
    synchronized void restart() throws IOException {
        if (closed) {
            return;
        }
        awaitLeftovers();
        // Releases zonky's lock on the directory; its attempt to stop the dead server fails and is logged.
        postgres.close();
        startPostgres();
    }

    private void awaitLeftovers() {
        for (ProcessHandle leftover : lastSeenChildren) {
            try {
                leftover.onExit().get(LEFTOVER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception stillThere) {
                log.warn("Killing PostgreSQL process {} left by the server that died in {}", leftover.pid(), dataDirectory);
                leftover.destroyForcibly();
            }
        }
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    int port() {
        return port;
    }

    String jdbcUrl() {
        return PasswordAuthentication.jdbcUrl(port);
    }

    String username() {
        return PasswordAuthentication.SUPERUSER;
    }

    String password() {
        return password.value();
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        postgres.close();
    }

    static Optional<Long> readPostmasterPid(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
        return firstLine.matches("\\d+") ? Optional.of(Long.parseLong(firstLine)) : Optional.empty();
    }

    /** A new password would never open a cluster protected by a lost one; better say so than time out. */
    private static void refuseWithoutItsPassword(Path dataDirectory) throws IOException {
        Path passwordFile = DatabasePassword.fileFor(dataDirectory);
        if (!Files.exists(passwordFile) && Files.exists(dataDirectory.resolve("pg_hba.conf"))
                && !PasswordAuthentication.trusts(dataDirectory)) {
            throw new IllegalStateException("The embedded PostgreSQL in " + dataDirectory
                    + " asks for a password, but its password file " + passwordFile + " is missing; restore it from a backup");
        }
    }

    /** Fixed once, so that every restart listens where the pool already connects. */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * A JVM that was killed leaves its PostgreSQL running, which would keep this start from using the
     * data directory. Such a server is stopped (cleanly, SIGTERM) before starting our own.
     */
    private static void stopOrphanedServer(Path dataDirectory) throws IOException {
        readPostmasterPid(dataDirectory).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                // A stale pid file may name a process that has nothing to do with PostgreSQL.
                .filter(process -> process.info().command().map(command -> command.endsWith("/postgres")).orElse(false))
                .ifPresent(orphan -> {
            log.warn("Stopping PostgreSQL (pid {}) left running on {} by an earlier run", orphan.pid(), dataDirectory);
            orphan.destroy();
            try {
                orphan.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("Could not stop the PostgreSQL left running on " + dataDirectory, e);
            }
        });
    }
}
