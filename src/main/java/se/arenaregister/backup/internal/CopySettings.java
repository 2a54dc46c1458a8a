package se.arenaregister.backup.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Session settings under which COPY text round-trips exactly: timestamps in UTC and ISO form whatever the server's
 * or the client's time zone, floats in their shortest exact form, bytea as hex. Set for the transaction only
 * ({@code SET LOCAL}), so the pooled connection goes back unchanged. The same on backup and on restore.
 */
final class CopySettings {

    private CopySettings() {
    }

    static void apply(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL TimeZone = 'UTC'");
            statement.execute("SET LOCAL DateStyle = 'ISO, YMD'");
            statement.execute("SET LOCAL IntervalStyle = 'postgres'");
            statement.execute("SET LOCAL extra_float_digits = 1");
            statement.execute("SET LOCAL bytea_output = 'hex'");
        }
    }
}
