package se.arenaregister.exchange;

/**
 * A file that cannot be imported at all (not a spreadsheet, encrypted, corrupt, too large, no name
 * column). The code is a message key; nothing has been stored when this is thrown.
 */
public class ImportRefusedException extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    public ImportRefusedException(String code, Object... args) {
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
