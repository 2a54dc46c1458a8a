package se.arenaregister.backup.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.arenaregister.audit.Audited;
import se.arenaregister.audit.EntityType;
import se.arenaregister.shared.HomeOrganisation;

/** Takes a full backup of the installation onto a stream, and records in the audit log who took it. */
@Service
public class Backups {

    static final String AUDIT_ENTITY = EntityType.BACKUP.key();
    /** The audit log keys entries by entity id; the installation is the one thing backed up. */
    static final long INSTALLATION = 0;
    private static final Logger log = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final TransactionTemplate audit;
    private final TransactionTemplate snapshot;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final HomeOrganisation home;
    private final SchemaCatalog catalog;

    Backups(DataSource dataSource, PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock,
            HomeOrganisation home, @Value("${spring.flyway.table:flyway_schema_history}") String flywayTable) {
        this.dataSource = dataSource;
        this.audit = new TransactionTemplate(transactions);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.events = events;
        this.clock = clock;
        this.home = home;
        this.catalog = new SchemaCatalog(flywayTable);
    }

    public String fileName() {
        String organisation = home.shortName().replaceAll("[^A-Za-z0-9]+", "-");
        return "arenaregistret-" + organisation + "-" + FILE_TIME.format(clock.instant()) + ".zip";
    }

    /**
     * Writes the backup to {@code out}. The audit entry is committed first, in a transaction of its own (the
     * snapshot is read-only): the log says who asked for the personal data even if the download breaks off, and the
     * backup holds its own entry.
     */
    public void write(OutputStream out, String takenBy) {
        audit.executeWithoutResult(status -> events.publishEvent(new Audited(AUDIT_ENTITY, INSTALLATION, Audited.Action.EXPORTED,
                Map.of(), Map.of("backup", "ZIP"))));
        long started = System.nanoTime();
        BackupManifest manifest = snapshot.execute(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                try (Statement statement = connection.createStatement()) {
                    // Also stated here, not only through the transaction manager: all tables must be of one moment.
                    statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                }
                return new BackupWriter(catalog).write(connection, out, clock.instant(), takenBy,
                        new BackupManifest.Organisation(home.name(), home.shortName()));
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the database for a backup", e);
            } catch (IOException e) {
                throw new UncheckedIOException("The backup could not be written (download broken off?)", e);
            }
        });
        log.info("Backup taken by {}: {} tables, {} rows, {} bytes of COPY text, in {} ms", takenBy, manifest.tables().size(),
                manifest.tables().stream().mapToLong(BackupManifest.Table::rows).sum(),
                manifest.tables().stream().mapToLong(BackupManifest.Table::bytes).sum(), (System.nanoTime() - started) / 1_000_000);
    }
}
