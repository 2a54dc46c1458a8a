package se.arenaregister.backup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Restores a backup into the connection's database, inside the caller's transaction (which must roll back on any
 * exception, so that nothing is ever half-restored). In order: the manifest must be ours and of the database's
 * schema version, with the same tables and columns; every table is locked, so that two restores cannot both find
 * the installation empty; the installation must hold no register data; then all tables are emptied and filled
 * table by table, referenced tables first, each entry's rows and hash checked as it streams in; the identity
 * sequences continue after the restored rows; and finally every table is read back and its hash compared again,
 * so the database holds exactly what the backup held.
 */
final class BackupRestorer {

    private final SchemaCatalog catalog;

    BackupRestorer(SchemaCatalog catalog) {
        this.catalog = catalog;
    }

    BackupManifest restore(Connection connection, ZipFile zip) throws SQLException, IOException {
        BackupManifest manifest = manifest(zip);
        String databaseVersion = catalog.schemaVersion(connection);
        if (!manifest.schemaVersion().equals(databaseVersion)) {
            throw new RestoreRefusedException("backup.refused.version", manifest.schemaVersion(), databaseVersion);
        }
        List<BackupTable> tables = catalog.tables(connection);
        Map<String, BackupManifest.Table> entries = matching(manifest, tables);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LOCK TABLE " + names(tables) + " IN ACCESS EXCLUSIVE MODE");
        }
        List<String> holding = InstallationContents.tablesWithRegisterData(connection, tables);
        if (!holding.isEmpty()) {
            throw new RestoreRefusedException("backup.refused.notEmpty", holding.size());
        }
        CopySettings.apply(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET CONSTRAINTS ALL DEFERRED");
            statement.execute("TRUNCATE " + names(tables));
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (BackupTable table : tables) {
            fill(copy, zip, table, entries.get(table.name()));
        }
        for (OwnedSequence sequence : catalog.ownedSequences(connection)) {
            try (PreparedStatement statement = connection.prepareStatement(sequence.resetSql())) {
                statement.setString(1, sequence.sequence());
                statement.setString(2, sequence.sequence());
                statement.execute();
            }
        }
        for (BackupTable table : tables) {
            readBack(copy, table, entries.get(table.name()));
        }
        return manifest;
    }

    private static BackupManifest manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
        if (entry == null) {
            throw new RestoreRefusedException("backup.refused.noManifest");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return BackupManifest.read(in);
        }
    }

    /** The manifest's tables by name, refused unless they are exactly the schema's tables with the same columns. */
    private static Map<String, BackupManifest.Table> matching(BackupManifest manifest, List<BackupTable> tables) {
        Map<String, BackupManifest.Table> entries;
        try {
            entries = manifest.tables().stream().collect(Collectors.toMap(BackupManifest.Table::name, Function.identity()));
        } catch (IllegalStateException duplicate) {
            throw new RestoreRefusedException("backup.refused.badManifest");
        }
        boolean same = entries.size() == tables.size() && tables.stream().allMatch(table ->
                entries.containsKey(table.name()) && table.columns().equals(entries.get(table.name()).columns()));
        if (!same) {
            throw new RestoreRefusedException("backup.refused.schema");
        }
        return entries;
    }

    private static void fill(CopyManager copy, ZipFile zip, BackupTable table, BackupManifest.Table expected)
            throws IOException {
        ZipEntry entry = expected.entry() == null ? null : zip.getEntry(expected.entry());
        if (entry == null) {
            throw new RestoreRefusedException("backup.refused.missingEntry", table.name());
        }
        long rows;
        BoundedHashingInputStream data;
        try (InputStream in = zip.getInputStream(entry)) {
            data = new BoundedHashingInputStream(in, expected.bytes());
            rows = copy.copyIn(table.copyIn(), data);
        } catch (BoundedHashingInputStream.TooLongException e) {
            throw new RestoreRefusedException("backup.refused.tampered", table.name());
        } catch (SQLException e) {
            throw new RestoreRefusedException("backup.refused.invalidData", table.name());
        } catch (java.util.zip.ZipException e) {
            throw new RestoreRefusedException("backup.refused.damaged");
        }
        if (data.bytes() != expected.bytes() || !data.sha256().equals(expected.sha256())) {
            throw new RestoreRefusedException("backup.refused.tampered", table.name());
        }
        if (rows != expected.rows()) {
            throw new RestoreRefusedException("backup.refused.rowCount", table.name(), expected.rows(), rows);
        }
    }

    /** The table as now stored must give the very bytes the backup held. */
    private static void readBack(CopyManager copy, BackupTable table, BackupManifest.Table expected) throws IOException {
        Digests.HashingOutputStream stored = new Digests.HashingOutputStream(OutputStream.nullOutputStream());
        try {
            copy.copyOut(table.copyOut(), stored);
        } catch (SQLException e) {
            throw new RestoreRefusedException("backup.refused.invalidData", table.name());
        }
        if (!Objects.equals(stored.sha256(), expected.sha256())) {
            throw new RestoreRefusedException("backup.refused.readBack", table.name());
        }
    }

    private static String names(List<BackupTable> tables) {
        return tables.stream().map(table -> BackupTable.quote(table.name())).collect(Collectors.joining(", "));
    }
}
