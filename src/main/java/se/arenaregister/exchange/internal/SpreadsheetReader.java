package se.arenaregister.exchange.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads an uploaded XLSX or CSV into rows of text, refusing what is not a spreadsheet. XLSX is read
 * with POI's streaming (SAX) reader: a formula cell gives its cached value, nothing is ever evaluated.
 * Zip bombs are stopped twice: a first pass counts the uncompressed bytes, and POI's
 * {@code ZipSecureFile} refuses parts that inflate more than its ratio allows.
 */
final class SpreadsheetReader {

    record Result(List<RawSheet> sheets, List<Message> notices) {
    }

    private SpreadsheetReader() {
    }

    static Result read(String filename, byte[] bytes) {
        if (bytes.length == 0) {
            throw new ImportRefusedException("import.file.empty");
        }
        if (bytes.length > ImportLimits.MAX_FILE_BYTES) {
            throw new ImportRefusedException("import.file.tooLarge", ImportLimits.MAX_FILE_MEGABYTES);
        }
        FileMagic magic = FileMagic.valueOf(bytes);
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        return switch (magic) {
            case OOXML -> xlsx(bytes);
            case OLE2 -> throw new ImportRefusedException(isEncrypted(bytes) ? "import.file.encrypted" : "import.file.oldExcel");
            case UNKNOWN -> {
                if (name.endsWith(".xlsx") || name.endsWith(".xls") || looksBinary(bytes)) {
                    throw new ImportRefusedException("import.file.notSpreadsheet");
                }
                yield csv(bytes);
            }
            default -> throw new ImportRefusedException("import.file.notSpreadsheet");
        };
    }

    private static boolean isEncrypted(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage") || fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    // ---- XLSX

    private static Result xlsx(byte[] bytes) {
        checkUncompressedSize(bytes);
        Path file = null;
        try {
            file = Files.createTempFile("arenaregister-import", ".xlsx");
            Files.write(file, bytes);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
                XSSFReader reader = new XSSFReader(pkg);
                StylesTable styles = reader.getStylesTable();
                XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
                List<RawSheet> result = new ArrayList<>();
                int[] rowsSeen = {0};
                while (sheets.hasNext()) {
                    try (InputStream sheet = sheets.next()) {
                        SheetCollector collector = new SheetCollector(rowsSeen);
                        XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, new DataFormatter(Locale.ROOT), false));
                        parser.parse(new InputSource(sheet));
                        result.add(new RawSheet(sheets.getSheetName(), collector.rows));
                    }
                }
                return new Result(result, List.of());
            }
        } catch (ImportRefusedException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new ImportRefusedException("import.file.encrypted");
        } catch (Exception e) {
            if (isZipBomb(e)) {
                throw new ImportRefusedException("import.file.zipBomb");
            }
            throw new ImportRefusedException("import.file.corrupt");
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed by the operating system
                }
            }
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * Inflates every part once, discarding the bytes, to refuse a file that would unpack to too much.
     * Reads the zip's central directory (commons-compress, as POI does), so a truncated file fails here.
     */
    private static void checkUncompressedSize(byte[] bytes) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            int entries = 0;
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
                if (++entries > 10_000) {
                    throw new ImportRefusedException("import.file.zipBomb");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        total += n;
                        if (total > ImportLimits.MAX_UNCOMPRESSED_BYTES) {
                            throw new ImportRefusedException("import.file.zipBomb");
                        }
                    }
                }
            }
            if (entries == 0) {
                throw new ImportRefusedException("import.file.corrupt");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRefusedException refused) {
                throw refused;
            }
            throw new ImportRefusedException("import.file.corrupt");
        }
    }

    /** Collects one sheet's non-empty rows, within the row, column and cell-length limits. */
    private static final class SheetCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

        final List<RawSheet.Row> rows = new ArrayList<>();
        private final int[] rowsSeen;
        private List<String> current;
        private int currentNumber;

        SheetCollector(int[] rowsSeen) {
            this.rowsSeen = rowsSeen;
        }

        @Override
        public void startRow(int rowNum) {
            current = new ArrayList<>();
            currentNumber = rowNum + 1;
        }

        @Override
        public void endRow(int rowNum) {
            if (current.stream().anyMatch(c -> c != null && !c.isBlank())) {
                if (++rowsSeen[0] > ImportLimits.MAX_PARSED_ROWS + 50) {
                    throw new ImportRefusedException("import.file.tooManyRows", ImportLimits.MAX_PARSED_ROWS);
                }
                rows.add(new RawSheet.Row(currentNumber, current));
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? current.size() : new CellReference(reference).getCol();
            if (column >= ImportLimits.MAX_COLUMNS) {
                return;
            }
            while (current.size() < column) {
                current.add("");
            }
            current.add(clip(value));
        }
    }

    /** Keeps one character over the limit, so the row is reported as too long instead of silently cut. */
    static String clip(String value) {
        if (value == null) {
            return "";
        }
        return value.length() > ImportLimits.MAX_CELL_CHARACTERS ? value.substring(0, ImportLimits.MAX_CELL_CHARACTERS + 1) : value;
    }

    // ---- CSV

    private static Result csv(byte[] bytes) {
        List<Message> notices = new ArrayList<>();
        String text;
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            // Excel in a Swedish locale saves "CSV" as Windows-1252 (a superset of Latin-1): read it as such, and say so.
            text = new String(bytes, offset, bytes.length - offset, Charset.forName("windows-1252"));
            notices.add(Message.file("import.notice.windows1252"));
        }
        return new Result(List.of(new RawSheet("CSV", CsvParser.parse(text))), notices);
    }
}
