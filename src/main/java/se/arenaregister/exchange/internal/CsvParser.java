package se.arenaregister.exchange.internal;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: quoted fields with doubled quotes and line breaks; separator (comma, semicolon or tab) guessed from the header line. */
final class CsvParser {

    private CsvParser() {
    }

    static List<RawSheet.Row> parse(String text) {
        char separator = guessSeparator(text);
        List<RawSheet.Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        append(cell, '"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    append(cell, c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                addCell(cells, cell);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                addCell(cells, cell);
                addRow(rows, cells, rowStart);
                cells = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                append(cell, c);
            }
            i++;
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            addCell(cells, cell);
            addRow(rows, cells, rowStart);
        }
        return rows;
    }

    private static void append(StringBuilder cell, char c) {
        if (cell.length() <= ImportLimits.MAX_CELL_CHARACTERS) {
            cell.append(c);
        }
    }

    private static void addCell(List<String> cells, StringBuilder cell) {
        if (cells.size() < ImportLimits.MAX_COLUMNS) {
            cells.add(cell.toString());
        }
        cell.setLength(0);
    }

    private static void addRow(List<RawSheet.Row> rows, List<String> cells, int number) {
        if (cells.stream().anyMatch(c -> !c.isBlank())) {
            if (rows.size() > ImportLimits.MAX_PARSED_ROWS) {
                throw new ImportRefusedException("import.file.tooManyRows", ImportLimits.MAX_PARSED_ROWS);
            }
            rows.add(new RawSheet.Row(number, cells));
        }
    }

    static char guessSeparator(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                switch (c) {
                    case ',' -> comma++;
                    case ';' -> semicolon++;
                    case '\t' -> tab++;
                    default -> { }
                }
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        return tab > comma ? '\t' : ',';
    }
}
