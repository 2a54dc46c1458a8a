package se.arenaregister.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The memo's Bilaga 1 ("Lista över arenor inom Hållbar tillväxt", PM RUN/78/2022) as a workbook, made from the
 * transcription in {@code exchange/bilaga1.tsv} (the memo's text, not the register), laid out as a user copies it into
 * a spreadsheet: the appendix's four columns under their headers as the memo writes them.
 */
public final class MemoAppendix {

    /** One row of the appendix under its heading (the sub-area). */
    record Row(String heading, String name, String type, String otherInfo, String purpose) {
    }

    static final String TITLE = "Bilaga 1: Lista över arenor inom Hållbar tillväxt";

    private MemoAppendix() {
    }

    /** The four column headers, as the memo writes them. */
    static List<String> headers() {
        return List.of(lines().get(0).split("\t", -1)).subList(1, 5);
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String line : lines().subList(1, lines().size())) {
            String[] c = line.split("\t", -1);
            rows.add(new Row(c[0], c[1], c[2], c[3], c[4]));
        }
        return rows;
    }

    /** The headings in the appendix's order, each with its rows. */
    static Map<String, List<Row>> byHeading() {
        Map<String, List<Row>> byHeading = new LinkedHashMap<>();
        rows().forEach(r -> byHeading.computeIfAbsent(r.heading(), h -> new ArrayList<>()).add(r));
        return byHeading;
    }

    /**
     * One sheet per sub-area, named as the appendix's heading (cut to the 31 characters a sheet name may have, as Excel
     * makes the user do: "Regional utvecklingsstrategi oc"), each with the header row and its arenas.
     */
    public static byte[] sheetPerSubArea() {
        return workbook(book -> byHeading().forEach((heading, rows) -> {
            XSSFSheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(heading));
            int r = 0;
            r = row(sheet, r, headers());
            for (Row row : rows) {
                r = row(sheet, r, List.of(row.name(), row.type(), row.otherInfo(), row.purpose()));
            }
        }));
    }

    /**
     * The appendix as the memo prints it, on one sheet: its title, then for each sub-area a heading row, the header row
     * again and the sub-area's arenas.
     */
    static byte[] asTheMemoPrintsIt(String sheetName) {
        return workbook(book -> {
            XSSFSheet sheet = book.createSheet(sheetName);
            int r = row(sheet, 0, List.of(TITLE));
            for (Map.Entry<String, List<Row>> e : byHeading().entrySet()) {
                r = row(sheet, r, List.of(e.getKey()));
                r = row(sheet, r, headers());
                for (Row row : e.getValue()) {
                    r = row(sheet, r, List.of(row.name(), row.type(), row.otherInfo(), row.purpose()));
                }
            }
        });
    }

    private static int row(XSSFSheet sheet, int number, List<String> cells) {
        var row = sheet.createRow(number);
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                row.createCell(i).setCellValue(cells.get(i));
            }
        }
        return number + 1;
    }

    private static byte[] workbook(java.util.function.Consumer<XSSFWorkbook> fill) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(book);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines() {
        try (InputStream in = MemoAppendix.class.getResourceAsStream("/exchange/bilaga1.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
