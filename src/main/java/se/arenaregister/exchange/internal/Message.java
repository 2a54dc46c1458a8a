package se.arenaregister.exchange.internal;

/**
 * A problem or notice about an import, located by sheet, row and column where that applies.
 * {@code code} is a message key; {@code args} its arguments.
 */
public record Message(String sheet, int row, String column, String code, Object... args) {

    static Message file(String code, Object... args) {
        return new Message(null, 0, null, code, args);
    }
}
