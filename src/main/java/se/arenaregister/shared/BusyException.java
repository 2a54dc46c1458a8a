package se.arenaregister.shared;

/**
 * Work that is limited to a few at a time (e.g. a memo made from the register: a hundred megabytes of heap each at
 * 10,000 arenas) found every slot taken for longer than it waits: answered 503 with Retry-After and the message
 * {@code code} in the user's language. Nothing has been stored.
 */
public class BusyException extends RuntimeException {

    private final String code;

    public BusyException(String code) {
        super(code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
