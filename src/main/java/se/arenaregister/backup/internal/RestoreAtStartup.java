package se.arenaregister.backup.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code ARENAREGISTER_RESTORE_FROM=/path/backup.zip}: restores the backup at start, before the first administrator
 * and the demo data are made (both then find the restored data and do nothing), for backups too large to upload
 * and for moving to a new server. Only into an empty installation: if the database already holds register data
 * (typically because this is the start after the restore and the variable is still set), it says so and starts
 * normally. A backup that cannot be restored stops the start, since someone asked for exactly this restore.
 */
@Component
@Order(-10)
class RestoreAtStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RestoreAtStartup.class);

    private final Restores restores;
    private final String restoreFrom;

    RestoreAtStartup(Restores restores, @Value("${arenaregister.restore-from:}") String restoreFrom) {
        this.restores = restores;
        this.restoreFrom = restoreFrom;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (restoreFrom == null || restoreFrom.isBlank()) {
            return;
        }
        Path file = Path.of(restoreFrom.strip());
        var holding = restores.tablesWithRegisterData();
        if (!holding.isEmpty()) {
            log.warn("ARENAREGISTER_RESTORE_FROM={} not restored: the database already holds register data (in {}). "
                    + "Remove the setting once a restore has been made.", file, String.join(", ", holding));
            return;
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("ARENAREGISTER_RESTORE_FROM: no such file " + file.toAbsolutePath());
        }
        try {
            var outcome = restores.restore(file);
            log.info("ARENAREGISTER_RESTORE_FROM: restored {} ({} rows); log in with the backup's accounts", file, outcome.rows());
        } catch (RestoreRefusedException e) {
            throw new IllegalStateException("ARENAREGISTER_RESTORE_FROM: " + file + " cannot be restored (" + e.code() + ")", e);
        }
    }
}
