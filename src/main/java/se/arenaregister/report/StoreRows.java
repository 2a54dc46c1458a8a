package se.arenaregister.report;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Small helpers the memo's stores share ({@link EditionStore}, {@link SectionStore}, {@link ProposalStore}). */
final class StoreRows {

    private StoreRows() {
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
