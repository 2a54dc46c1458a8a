package se.arenaregister.exchange.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A sheet laid out as the memo's appendix is: a title or heading above the table, the header row, and within the table a
 * heading row (a single cell naming a sub-area or an area, e.g. "Infrastruktur") followed by the header row again before
 * that sub-area's arenas. The header row is the first row that names the arena's name column, within the first
 * {@value #LEADING_ROWS} rows; rows above it are headings or skipped (each is reported); a repeated header row is
 * skipped; a heading places the rows under it, up to the next heading.
 */
final class SheetLayout {

    /** Rows above the header that are looked at for it (a title, a heading, a blank line or two). */
    static final int LEADING_ROWS = 10;

    /** A data row and the heading it stands under (null: none). */
    record Entry(RawSheet.Row row, String heading) {
    }

    private final SheetColumns columns;
    private final List<Entry> entries;

    private SheetLayout(SheetColumns columns, List<Entry> entries) {
        this.columns = columns;
        this.entries = entries;
    }

    SheetColumns columns() {
        return columns;
    }

    List<Entry> entries() {
        return entries;
    }

    static SheetLayout of(RawSheet sheet, RegisterIndex register, List<Message> notices) {
        List<RawSheet.Row> rows = sheet.rows();
        int header = headerRow(rows, register.vocabulary);
        String heading = null;
        for (RawSheet.Row above : rows.subList(0, header)) {
            String single = singleCell(above);
            if (single != null && register.namesAPlace(single)) {
                heading = single;
                notices.add(new Message(sheet.name(), above.number(), null, "import.notice.heading", single));
            } else {
                notices.add(new Message(sheet.name(), above.number(), null, "import.notice.aboveHeader", text(above)));
            }
        }
        SheetColumns columns = SheetColumns.recognise(sheet.name(), rows.get(header), register.vocabulary, notices);
        List<Entry> entries = new ArrayList<>();
        for (RawSheet.Row row : rows.subList(header + 1, rows.size())) {
            if (columns.has(Column.NAME) && columns.isHeaderAgain(row, register.vocabulary)) {
                continue;
            }
            String single = singleCell(row);
            if (single != null && register.namesAPlace(single) && !hasOtherValues(row, columns)) {
                heading = single;
                notices.add(new Message(sheet.name(), row.number(), null, "import.notice.heading", single));
                continue;
            }
            entries.add(new Entry(row, heading));
        }
        return new SheetLayout(columns, entries);
    }

    /** The first row (of the leading ones) with a cell naming the name column; else the first row. */
    private static int headerRow(List<RawSheet.Row> rows, ImportVocabulary vocabulary) {
        for (int r = 0; r < Math.min(rows.size(), LEADING_ROWS); r++) {
            for (String cell : rows.get(r).cells()) {
                if (cell != null && vocabulary.header(cell) == Column.NAME) {
                    return r;
                }
            }
        }
        return 0;
    }

    /** The row's only non-blank cell, stripped; null if it has none or several. */
    private static String singleCell(RawSheet.Row row) {
        String found = null;
        for (String cell : row.cells()) {
            if (cell != null && !cell.isBlank()) {
                if (found != null) {
                    return null;
                }
                found = cell.strip();
            }
        }
        return found;
    }

    /** A heading has nothing in the columns that only an arena fills (type, level and so on). */
    private static boolean hasOtherValues(RawSheet.Row row, SheetColumns columns) {
        Integer name = columns.index(Column.NAME);
        for (int i = 0; i < row.cells().size(); i++) {
            if ((name == null || i != name) && !row.cell(i).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static String text(RawSheet.Row row) {
        return String.join(" ", row.cells().stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList());
    }
}
