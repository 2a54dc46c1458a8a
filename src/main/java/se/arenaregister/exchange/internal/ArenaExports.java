package se.arenaregister.exchange.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import se.arenaregister.arena.ArenaFilter;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.arena.ArenaRow;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.shared.HomeOrganisation;

/**
 * The register's current (filtered) list as a spreadsheet. Every cell is written as text, never as a
 * formula, and text that a spreadsheet could take for a formula is neutralised ({@link Cells}). The representatives
 * column names officials only for internal readers ({@link ArenaTable}).
 */
@Service
public class ArenaExports {

    public enum Separator {
        COMMA(','), SEMICOLON(';');

        final char character;

        Separator(char character) {
            this.character = character;
        }
    }

    /** Rows kept in memory while writing XLSX; the rest are flushed to a temporary file. */
    private static final int XLSX_WINDOW = 200;

    private final ArenaQueries queries;
    private final MessageSource messages;
    private final HomeOrganisation home;
    private final PersonQueries people;
    private final Clock clock;

    ArenaExports(ArenaQueries queries, MessageSource messages, HomeOrganisation home, PersonQueries people, Clock clock) {
        this.queries = queries;
        this.messages = messages;
        this.home = home;
        this.people = people;
        this.clock = clock;
    }

    /** The table in {@code locale}; {@code internal}: the reader is signed in and sees officials' names. */
    private ArenaTable table(Locale locale, boolean internal) {
        return new ArenaTable(messages, locale, home, people.seatedOn(LocalDate.now(clock)), internal);
    }

    /**
     * One sheet per area, bold frozen header with autofilter, fixed column widths. Streamed: the arenas come from a cursor
     * in register order (area by area), POI's SXSSF keeps {@value #XLSX_WINDOW} rows in memory and flushes the rest to a
     * compressed temporary file, so the whole register is never held in memory.
     */
    public void xlsx(ArenaFilter filter, Locale locale, boolean internal, OutputStream out) throws IOException {
        ArenaTable table = table(locale, internal);
        SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_WINDOW);
        workbook.setCompressTempFiles(true);
        try (workbook) {
            Sheets sheets = new Sheets(workbook, table);
            queries.forEach(filter, arena -> sheets.add(arena));
            if (sheets.current == null) {
                sheets.start(messages.getMessage("exchange.sheet.empty", null, locale));
            }
            sheets.finish();
            workbook.write(out);
        } finally {
            workbook.dispose();
        }
    }

    /** The workbook's sheets written as the arenas arrive: a new sheet whenever the area changes. */
    private static final class Sheets {

        private final SXSSFWorkbook workbook;
        private final ArenaTable table;
        private final CellStyle header;
        private final CellStyle text;
        private final CellStyle longText;
        private final Set<String> taken = new HashSet<>();
        private final Column[] columns = Column.values();
        private final List<String> headers;
        private SXSSFSheet current;
        private String currentArea;
        private int next;

        Sheets(SXSSFWorkbook workbook, ArenaTable table) {
            this.workbook = workbook;
            this.table = table;
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            text = workbook.createCellStyle();
            text.setVerticalAlignment(VerticalAlignment.TOP);
            longText = workbook.createCellStyle();
            longText.setVerticalAlignment(VerticalAlignment.TOP);
            longText.setWrapText(true);
            headers = table.headers();
        }

        void add(ArenaRow arena) {
            if (current == null || !arena.area().name().equals(currentArea)) {
                finish();
                start(arena.area().name());
            }
            Row row = current.createRow(next++);
            List<String> cells = table.cells(arena);
            for (int c = 0; c < columns.length; c++) {
                var cell = row.createCell(c);
                cell.setCellValue(Cells.neutralise(cells.get(c)));
                cell.setCellStyle(columns[c].isLongText() ? longText : text);
            }
        }

        void start(String area) {
            currentArea = area;
            current = workbook.createSheet(Cells.sheetName(area, taken));
            Row headerRow = current.createRow(0);
            for (int c = 0; c < columns.length; c++) {
                var cell = headerRow.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(header);
                current.setColumnWidth(c, columns[c].width() * 256);
            }
            next = 1;
        }

        /** Freeze, filter and print settings of the sheet just written. */
        void finish() {
            if (current == null) {
                return;
            }
            current.createFreezePane(0, 1);
            current.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, columns.length - 1));
            // Printed: landscape A4 with the header row on every page. Not fitted to the page's width: thirteen
            // columns at one page's width print at about 40 %, too small to read (the memo is for printing).
            current.getPrintSetup().setLandscape(true);
            current.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            current.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        }
    }

    /**
     * RFC 4180 CSV in UTF-8 with a byte order mark, so Excel reads å, ä and ö right; CRLF line ends. Streamed from a cursor,
     * row by row.
     */
    public void csv(ArenaFilter filter, Separator separator, Locale locale, boolean internal, OutputStream out) throws IOException {
        ArenaTable table = table(locale, internal);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writeCsvLine(writer, table.headers(), separator.character);
        try {
            queries.forEach(filter, row -> {
                try {
                    writeCsvLine(writer, table.cells(row), separator.character);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    private static void writeCsvLine(Writer writer, List<String> cells, char separator) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(separator);
            }
            writer.write(csvField(Cells.neutralise(cells.get(i)), separator));
        }
        writer.write("\r\n");
    }

    static String csvField(String value, char separator) {
        if (value.indexOf(separator) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
