package se.arenaregister.exchange.internal;

/** What an import accepts, so one upload cannot exhaust the server's memory. */
public final class ImportLimits {

    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    public static final int MAX_FILE_MEGABYTES = 5;
    /** Rows an import accepts unless {@code arenaregister.import.max-rows} says otherwise. */
    public static final int DEFAULT_MAX_ROWS = 20_000;
    /** Rows a file is read to at most, whatever the setting: what bounds the reading's memory. */
    static final int MAX_PARSED_ROWS = 100_000;
    public static final int MAX_CELL_CHARACTERS = 4_000;
    static final int MAX_COLUMNS = 60;
    /** Uncompressed size of all parts of an XLSX; real registers are far below this. */
    static final long MAX_UNCOMPRESSED_BYTES = 100L * 1024 * 1024;

    private ImportLimits() {
    }
}
