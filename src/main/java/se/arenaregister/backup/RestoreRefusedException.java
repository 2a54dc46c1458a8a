package se.arenaregister.backup;

/**
 * A backup file that cannot be restored (not a backup, another schema version, damaged or changed data) or an
 * installation that cannot take it (it already holds register data). The code is a message key; when this is
 * thrown the restore's transaction is rolled back and nothing has changed.
 */
public class RestoreRefusedException extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    public RestoreRefusedException(String code, Object... args) {
        super(code);
        this.code = code;
        this.args = args;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args;
    }
}
