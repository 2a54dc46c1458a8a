package se.arenaregister.shared;

/**
 * Something refused as a whole, not field by field (a file that cannot be imported, a backup that cannot be restored):
 * the code is a message key with its arguments, shown to the user in their language. Nothing has been stored when
 * it is thrown.
 */
public abstract class RefusedException extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    protected RefusedException(String code, Object... args) {
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
