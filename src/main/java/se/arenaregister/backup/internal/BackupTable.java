package se.arenaregister.backup.internal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One table as a backup sees it: the columns it stores (generated columns are left out, PostgreSQL computes them
 * again on restore) and the columns that order its rows (the primary key, or every stored column without one), so
 * that the same data always gives the same bytes and the same hash.
 */
record BackupTable(String name, List<String> columns, List<String> orderBy) {

    BackupTable {
        columns = List.copyOf(columns);
        orderBy = orderBy.isEmpty() ? List.copyOf(columns) : List.copyOf(orderBy);
    }

    String entryName() {
        return "tables/" + name + ".copy";
    }

    String copyOut() {
        return "COPY (SELECT " + list(columns) + " FROM " + quote(name) + " ORDER BY " + list(orderBy) + ") TO STDOUT";
    }

    String copyIn() {
        return "COPY " + quote(name) + " (" + list(columns) + ") FROM STDIN";
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String list(List<String> identifiers) {
        return identifiers.stream().map(BackupTable::quote).collect(Collectors.joining(", "));
    }
}
