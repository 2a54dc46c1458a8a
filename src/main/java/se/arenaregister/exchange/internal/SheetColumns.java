package se.arenaregister.exchange.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns recognised in a sheet's header row: where each one is and the header text the file gave
 * it, so that a message names the column as the user wrote it.
 */
final class SheetColumns {

    private final Map<Column, Integer> indexes;
    private final Map<Column, String> headers = new EnumMap<>(Column.class);

    private SheetColumns(Map<Column, Integer> indexes, RawSheet.Row header) {
        this.indexes = indexes;
        indexes.forEach((c, i) -> headers.put(c, header.cell(i).strip()));
    }

    /** The recognised columns of a sheet's header row; unknown and repeated ones are reported and ignored. */
    static SheetColumns recognise(String sheet, RawSheet.Row header, ImportVocabulary vocabulary, List<Message> notices) {
        Map<Column, Integer> indexes = new EnumMap<>(Column.class);
        for (int i = 0; i < header.cells().size(); i++) {
            String text = header.cell(i);
            if (text.isBlank()) {
                continue;
            }
            Column column = vocabulary.header(text);
            if (column == null || indexes.containsKey(column)) {
                notices.add(new Message(sheet, header.number(), text.strip(), "import.notice.unknownColumn"));
            } else {
                indexes.put(column, i);
            }
        }
        return new SheetColumns(indexes, header);
    }

    boolean has(Column column) {
        return indexes.containsKey(column);
    }

    /** Where the column is in a row, or null if the sheet has no such column. */
    Integer index(Column column) {
        return indexes.get(column);
    }

    /** The column as the file's header names it, or null if the file has no such column ({@link Message#at} then names it). */
    String header(Column column) {
        return headers.get(column);
    }

    Set<Column> present() {
        return indexes.keySet();
    }

    /** The header row again, as the memo repeats it above each sub-area's table: its recognised cells say so. */
    boolean isHeaderAgain(RawSheet.Row row, ImportVocabulary vocabulary) {
        int same = 0;
        for (Map.Entry<Column, Integer> e : indexes.entrySet()) {
            String text = row.cell(e.getValue());
            if (!text.isBlank() && vocabulary.header(text) == e.getKey()) {
                same++;
            }
        }
        return same >= Math.min(2, indexes.size()) && vocabulary.header(row.cell(indexes.get(Column.NAME))) == Column.NAME;
    }
}
