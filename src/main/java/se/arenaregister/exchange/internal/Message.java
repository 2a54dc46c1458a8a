package se.arenaregister.exchange.internal;

/**
 * A problem or notice about an import, located by sheet, row and column where that applies.
 * {@code column} is the column's header as the file writes it; where the file has no such column, {@code label} is the
 * column it is about, shown by its label in the reader's language (never by its code). {@code code} is a message key;
 * {@code args} its arguments.
 */
public record Message(String sheet, int row, String column, Column label, String code, Object... args) {

    public Message(String sheet, int row, String column, String code, Object... args) {
        this(sheet, row, column, null, code, args);
    }

    static Message file(String code, Object... args) {
        return new Message(null, 0, null, null, code, args);
    }

    /** About {@code column} of a row: named by the file's header when the file has the column, else by its label. */
    static Message at(String sheet, int row, SheetColumns columns, Column column, String code, Object... args) {
        return columns.has(column) ? new Message(sheet, row, columns.header(column), null, code, args)
                : new Message(sheet, row, null, column, code, args);
    }
}
