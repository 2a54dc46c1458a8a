package se.arenaregister.exchange.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import se.arenaregister.shared.HomeOrganisation;

/**
 * The register's current (filtered) list as a spreadsheet. Every cell is written as text, never as a
 * formula, and text that a spreadsheet could take for a formula is neutralised ({@link Cells}).
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

    ArenaExports(ArenaQueries queries, MessageSource messages, HomeOrganisation home) {
        this.queries = queries;
        this.messages = messages;
        this.home = home;
    }

    /** One sheet per area, bold frozen header with autofilter, fixed column widths. */
    public void xlsx(ArenaFilter filter, Locale locale, OutputStream out) throws IOException {
        ArenaTable table = new ArenaTable(messages, locale, home);
        Map<String, List<ArenaRow>> byArea = new LinkedHashMap<>();
        for (ArenaRow row : queries.list(filter)) {
            byArea.computeIfAbsent(row.area().name(), a -> new java.util.ArrayList<>()).add(row);
        }
        if (byArea.isEmpty()) {
            byArea.put(messages.getMessage("exchange.sheet.empty", null, locale), List.of());
        }
        SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_WINDOW);
        workbook.setCompressTempFiles(true);
        try (workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle text = workbook.createCellStyle();
            text.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle longText = workbook.createCellStyle();
            longText.setVerticalAlignment(VerticalAlignment.TOP);
            longText.setWrapText(true);
            Set<String> taken = new HashSet<>();
            Column[] columns = Column.values();
            List<String> headers = table.headers();
            for (Map.Entry<String, List<ArenaRow>> area : byArea.entrySet()) {
                SXSSFSheet sheet = workbook.createSheet(Cells.sheetName(area.getKey(), taken));
                Row headerRow = sheet.createRow(0);
                for (int c = 0; c < columns.length; c++) {
                    var cell = headerRow.createCell(c);
                    cell.setCellValue(headers.get(c));
                    cell.setCellStyle(header);
                    sheet.setColumnWidth(c, columns[c].width() * 256);
                }
                int r = 1;
                for (ArenaRow arena : area.getValue()) {
                    Row row = sheet.createRow(r++);
                    List<String> cells = table.cells(arena);
                    for (int c = 0; c < columns.length; c++) {
                        var cell = row.createCell(c);
                        cell.setCellValue(Cells.neutralise(cells.get(c)));
                        cell.setCellStyle(columns[c].isLongText() ? longText : text);
                    }
                }
                sheet.createFreezePane(0, 1);
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.length - 1));
                // Printed: landscape A4 with the header row on every page. Not fitted to the page's width: twelve
                // columns at one page's width print at about 40 %, too small to read (the memo is for printing).
                sheet.getPrintSetup().setLandscape(true);
                sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
                sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
        }
    }

    /** RFC 4180 CSV in UTF-8 with a byte order mark, so Excel reads å, ä and ö right; CRLF line ends. */
    public void csv(ArenaFilter filter, Separator separator, Locale locale, OutputStream out) throws IOException {
        ArenaTable table = new ArenaTable(messages, locale, home);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writeCsvLine(writer, table.headers(), separator.character);
        for (ArenaRow row : queries.list(filter)) {
            writeCsvLine(writer, table.cells(row), separator.character);
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
