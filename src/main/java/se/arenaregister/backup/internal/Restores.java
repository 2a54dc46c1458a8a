package se.arenaregister.backup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.arenaregister.audit.Audited;

/**
 * Restores a backup into an empty installation, in one transaction, and records the restore in the audit log in
 * that same transaction (after the restored history, so the log shows where the data came from). Afterwards the
 * backup's accounts are the installation's accounts.
 */
@Service
public class Restores {

    private static final Logger log = LoggerFactory.getLogger(Restores.class);

    /** What was restored, for the page and the log. */
    public record Outcome(String takenAt, String takenBy, String organisation, int tables, long rows, Duration took) {
    }

    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final SchemaCatalog catalog;

    @Autowired
    Restores(DataSource dataSource, PlatformTransactionManager transactions, ApplicationEventPublisher events,
             @Value("${spring.flyway.table:flyway_schema_history}") String flywayTable) {
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        this.catalog = new SchemaCatalog(flywayTable);
    }

    /** An upload: kept in a temporary file while it is restored (a ZIP is read by its directory, at the end). */
    public Outcome restore(InputStream upload) {
        Path file = null;
        try {
            file = Files.createTempFile("arenaregister-restore-", ".zip");
            Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
            return restore(file);
        } catch (IOException e) {
            throw new RestoreRefusedException("backup.refused.unreadable");
        } finally {
            deleteQuietly(file);
        }
    }

    public Outcome restore(Path file) {
        long started = System.nanoTime();
        try (ZipFile zip = open(file)) {
            BackupManifest manifest = transaction.execute(status -> {
                Connection connection = DataSourceUtils.getConnection(dataSource);
                try {
                    BackupManifest restored = new BackupRestorer(catalog).restore(connection, zip);
                    events.publishEvent(new Audited(Backups.AUDIT_ENTITY, Backups.INSTALLATION, Audited.Action.RESTORED, Map.of(),
                            Map.of("takenAt", String.valueOf(restored.takenAt()), "takenBy", String.valueOf(restored.takenBy()),
                                    "schemaVersion", restored.schemaVersion())));
                    return restored;
                } catch (SQLException e) {
                    throw new IllegalStateException("The restore failed in the database", e);
                } catch (ZipException e) {
                    throw new RestoreRefusedException("backup.refused.damaged");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            Outcome outcome = new Outcome(String.valueOf(manifest.takenAt()), manifest.takenBy(),
                    manifest.organisation() == null ? null : manifest.organisation().name(), manifest.tables().size(),
                    manifest.tables().stream().mapToLong(BackupManifest.Table::rows).sum(), Duration.ofNanos(System.nanoTime() - started));
            log.info("Restored the backup taken {} by {}: {} tables, {} rows, in {} ms", outcome.takenAt(), outcome.takenBy(),
                    outcome.tables(), outcome.rows(), outcome.took().toMillis());
            return outcome;
        } catch (IOException e) {
            throw new RestoreRefusedException("backup.refused.unreadable");
        }
    }

    /** The tables holding register data; a backup can be restored only when there are none. */
    public List<String> tablesWithRegisterData() {
        return transaction.execute(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                return InstallationContents.tablesWithRegisterData(connection, catalog.tables(connection));
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the installation's tables", e);
            }
        });
    }

    private static ZipFile open(Path file) throws IOException {
        try {
            return new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new RestoreRefusedException("backup.refused.notZip");
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the uploaded backup's temporary file {}", file, e);
        }
    }
}
