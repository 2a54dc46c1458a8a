package se.arenaregister.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Scheduled work that must not run on two application nodes at once (several nodes share one PostgreSQL):
 * {@code once.run("reminders.send", () -> ...)} takes a PostgreSQL advisory lock named after the job on a connection of
 * its own and runs the work only if no other node holds it; the lock is released when the work ends (and by the
 * server if the node dies, since it belongs to that connection's session). A node that finds the lock taken skips
 * this turn: the node holding it does the work. A job whose turn comes on two nodes at the same moment therefore runs
 * once; the jobs are also written so that a late second run (a node whose clock is off by more than the run lasts)
 * finds nothing left to do. PostgreSQL's own lock rather than a coordinator table of our own: nothing to clean up
 * after a crash. The work gets no transaction from here: it takes its own, on other connections.
 */
@Component
public class OnceAcrossNodes {

    private static final Logger log = LoggerFactory.getLogger(OnceAcrossNodes.class);
    /** The first half of the lock's two-part key: the register's jobs, apart from other users of advisory locks. */
    private static final int NAMESPACE = 0x41524a42;

    private final DataSource dataSource;

    OnceAcrossNodes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code work} if no other node is running the job {@code name}; returns whether it ran here. */
    public boolean run(String name, Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!call(connection, "SELECT pg_try_advisory_lock(?, hashtext(?))", name)) {
                log.debug("{}: running on another node, skipped here", name);
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                call(connection, "SELECT pg_advisory_unlock(?, hashtext(?))", name);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Could not take or release the lock of job " + name, e);
        }
    }

    private static boolean call(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, NAMESPACE);
            statement.setString(2, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
