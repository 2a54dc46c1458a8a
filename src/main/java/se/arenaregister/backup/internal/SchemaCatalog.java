package se.arenaregister.backup.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the backup reads from PostgreSQL's catalog about the application's schema (the connection's current
 * schema): its tables, their stored columns and primary keys, the foreign keys between them and the sequences
 * behind identity columns. Read from the catalog rather than listed by hand, so that a table added by a later
 * migration is in the next backup without anyone remembering it.
 */
final class SchemaCatalog {

    /**
     * Tables of the schema, not Flyway's history, not tables an extension owns, and not those a migration marks as
     * transient (a comment starting {@code transient:}, e.g. one-time form tokens): what they hold is not worth restoring.
     */
    private static final String TABLES = """
            SELECT c.oid, c.relname FROM pg_class c
            WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition
              AND c.relname <> ?
              AND coalesce(obj_description(c.oid, 'pg_class'), '') NOT LIKE 'transient:%'
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.classid = 'pg_class'::regclass
                                                          AND d.deptype = 'e')
            ORDER BY c.relname""";

    private static final String STORED_COLUMNS = """
            SELECT a.attname FROM pg_attribute a
            WHERE a.attrelid = CAST(? AS oid) AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
            ORDER BY a.attnum""";

    private static final String PRIMARY_KEY = """
            SELECT a.attname FROM pg_constraint con
            CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, position)
            JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
            WHERE con.conrelid = CAST(? AS oid) AND con.contype = 'p'
            ORDER BY k.position""";

    private static final String FOREIGN_KEYS = """
            SELECT child.relname AS child, parent.relname AS parent, con.condeferrable
            FROM pg_constraint con
            JOIN pg_class child ON child.oid = con.conrelid
            JOIN pg_class parent ON parent.oid = con.confrelid
            WHERE con.contype = 'f' AND child.relnamespace = current_schema()::regnamespace""";

    private static final String OWNED_SEQUENCES = """
            SELECT s.oid::regclass::text AS sequence, t.relname AS table_name, a.attname AS column_name
            FROM pg_class s
            JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass
                            AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
            JOIN pg_class t ON t.oid = d.refobjid
            JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
            WHERE s.relkind = 'S' AND t.relnamespace = current_schema()::regnamespace
            ORDER BY t.relname, a.attname""";

    /** The latest versioned migration applied: a backup restores only into this same schema version. */
    private static final String SCHEMA_VERSION = """
            SELECT version FROM %s WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1""";

    private final String flywayTable;

    SchemaCatalog(String flywayTable) {
        this.flywayTable = flywayTable;
    }

    /** The schema's tables, in an order that satisfies their foreign keys (referenced tables first). */
    List<BackupTable> tables(Connection connection) throws SQLException {
        Map<String, Long> oids = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(TABLES)) {
            statement.setString(1, flywayTable);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    oids.put(rows.getString("relname"), rows.getLong("oid"));
                }
            }
        }
        List<TableOrder.ForeignKey> keys = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(FOREIGN_KEYS); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                keys.add(new TableOrder.ForeignKey(rows.getString("child"), rows.getString("parent"), rows.getBoolean("condeferrable")));
            }
        }
        List<BackupTable> tables = new ArrayList<>();
        for (String name : TableOrder.parentsFirst(oids.keySet(), keys)) {
            long oid = oids.get(name);
            tables.add(new BackupTable(name, names(connection, STORED_COLUMNS, oid), names(connection, PRIMARY_KEY, oid)));
        }
        return tables;
    }

    List<OwnedSequence> ownedSequences(Connection connection) throws SQLException {
        List<OwnedSequence> sequences = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(OWNED_SEQUENCES); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                sequences.add(new OwnedSequence(rows.getString("sequence"), rows.getString("table_name"), rows.getString("column_name")));
            }
        }
        return sequences;
    }

    String schemaVersion(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SCHEMA_VERSION.formatted(BackupTable.quote(flywayTable)));
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static List<String> names(Connection connection, String sql, long oid) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, oid);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }
}
