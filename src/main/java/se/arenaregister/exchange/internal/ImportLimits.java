package se.arenaregister.exchange.internal;

/** What an import accepts, so one upload cannot exhaust the server's memory. */
public final class ImportLimits {

    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    public static final int MAX_FILE_MEGABYTES = 5;
    public static final int MAX_ROWS = 5_000;
    public static final int MAX_CELL_CHARACTERS = 4_000;
    static final int MAX_COLUMNS = 60;
    /** Uncompressed size of all parts of an XLSX; real registers are far below this. */
    static final long MAX_UNCOMPRESSED_BYTES = 100L * 1024 * 1024;

    private ImportLimits() {
    }
}
