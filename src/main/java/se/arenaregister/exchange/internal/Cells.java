package se.arenaregister.exchange.internal;

import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.util.WorkbookUtil;

/**
 * Cell text in and out of spreadsheets. A cell starting with {@code = + - @}, tab or carriage return
 * may be taken as a formula by Excel or LibreOffice (CSV/formula injection), so exports prefix it with
 * an apostrophe; imports take that apostrophe off again, so a round trip changes nothing.
 */
final class Cells {

    static final int MAX_SHEET_NAME = 31;
    private static final String DANGEROUS = "=+-@\t\r";

    private Cells() {
    }

    static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        return DANGEROUS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    static String restore(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\'' && DANGEROUS.indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }

    static boolean looksLikeFormula(String value) {
        return value != null && !value.isEmpty() && DANGEROUS.indexOf(value.charAt(0)) >= 0;
    }

    /** A valid sheet name (no {@code []*?/\:}, at most 31 characters), unique among {@code taken} regardless of case. */
    static String sheetName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "-" : wanted.strip(), '-');
        base = base.replaceAll("^'+|'+$", "").strip();
        if (base.isEmpty()) {
            base = "-";
        }
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }
}
