package se.arenaregister.backup.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes the backup ZIP: one entry of COPY text per table, streamed from PostgreSQL through the ZIP to the caller's
 * stream table by table (no table is held in memory), and the manifest last, when every hash is known. The caller
 * provides the transaction (one REPEATABLE READ snapshot, so all tables are of the same moment).
 */
final class BackupWriter {

    private final SchemaCatalog catalog;

    BackupWriter(SchemaCatalog catalog) {
        this.catalog = catalog;
    }

    BackupManifest write(Connection connection, OutputStream out, Instant takenAt, String takenBy,
                         BackupManifest.Organisation organisation) throws SQLException, IOException {
        CopySettings.apply(connection);
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        String schemaVersion = catalog.schemaVersion(connection);
        String postgresVersion = connection.getMetaData().getDatabaseProductVersion();
        List<BackupManifest.Table> tables = new ArrayList<>();
        ZipOutputStream zip = new ZipOutputStream(out);
        for (BackupTable table : catalog.tables(connection)) {
            zip.putNextEntry(new ZipEntry(table.entryName()));
            Digests.HashingOutputStream data = new Digests.HashingOutputStream(zip);
            long rows = copy.copyOut(table.copyOut(), data);
            data.close();
            zip.closeEntry();
            tables.add(new BackupManifest.Table(table.name(), table.entryName(), table.columns(), rows, data.bytes(), data.sha256()));
        }
        BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, BackupManifest.FORMAT_VERSION, schemaVersion,
                postgresVersion, takenAt, takenBy, organisation, tables);
        zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
        manifest.write(new Digests.HashingOutputStream(zip));
        zip.closeEntry();
        zip.finish();
        return manifest;
    }
}
