package se.arenaregister.backup.internal;

import se.arenaregister.shared.RefusedException;

/**
 * A backup file that cannot be restored (not a backup, another schema version, damaged or changed data) or an
 * installation that cannot take it (it already holds register data). The code is a message key; when this is
 * thrown the restore's transaction is rolled back and nothing has changed.
 */
public class RestoreRefusedException extends RefusedException {

    public RestoreRefusedException(String code, Object... args) {
        super(code, args);
    }
}
