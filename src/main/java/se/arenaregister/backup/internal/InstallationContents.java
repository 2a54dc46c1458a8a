package se.arenaregister.backup.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import se.arenaregister.audit.EntityType;

/**
 * Whether an installation holds register data, which a restore would overwrite. A fresh installation (started with
 * the demo data switched off) holds only the first administrator's account; its administrator may also have made
 * accounts or taken a backup before restoring. So: register data is any row in any table except the user accounts
 * and the audit log, and any audit entry about something other than accounts and backups. Read from the catalog's
 * table list, so that a table added later counts as register data without anyone remembering it.
 */
final class InstallationContents {

    static final String ACCOUNTS_TABLE = "app_user";
    /** The accounts and what belongs to them (their roles, their API tokens): not register data. */
    static final List<String> ACCOUNT_TABLES = List.of(ACCOUNTS_TABLE, "account_role", "api_token");
    static final String AUDIT_TABLE = "audit_entry";
    /** Audit entity types that are not register data: the security module's accounts and logins, and this module's backups. */
    static final List<String> NON_REGISTER_AUDIT = List.of(EntityType.USER.key(), EntityType.LOGIN.key(),
            EntityType.API_TOKEN.key(), Backups.AUDIT_ENTITY);

    private InstallationContents() {
    }

    /** The tables that hold register data; empty for an installation a backup may be restored into. */
    static List<String> tablesWithRegisterData(Connection connection, List<BackupTable> tables) throws SQLException {
        List<String> holding = new ArrayList<>();
        for (BackupTable table : tables) {
            if (ACCOUNT_TABLES.contains(table.name())) {
                continue;
            }
            String sql = table.name().equals(AUDIT_TABLE)
                    ? "SELECT EXISTS (SELECT 1 FROM " + BackupTable.quote(AUDIT_TABLE) + " WHERE entity_type <> ALL (?))"
                    : "SELECT EXISTS (SELECT 1 FROM " + BackupTable.quote(table.name()) + ")";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                if (table.name().equals(AUDIT_TABLE)) {
                    statement.setArray(1, connection.createArrayOf("varchar", NON_REGISTER_AUDIT.toArray()));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    if (rows.getBoolean(1)) {
                        holding.add(table.name());
                    }
                }
            }
        }
        return holding;
    }
}
