package se.arenaregister.exchange.internal;

import java.util.List;

/** A sheet as read from the file: its name and its non-empty rows (1-based numbers as the spreadsheet shows them). */
record RawSheet(String name, List<Row> rows) {

    record Row(int number, List<String> cells) {

        String cell(int index) {
            return index < cells.size() && cells.get(index) != null ? cells.get(index) : "";
        }
    }
}
