package se.arenaregister.document.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * The type of an uploaded file, from its bytes alone: Tika core's magic detection, then a look inside containers,
 * which Tika core alone does not do (it sees every DOCX, XLSX, ODT … as a zip and every DOC or XLS as an OLE2 file):
 * a zip's {@code [Content_Types].xml} names the OOXML main part, an ODF zip's first entry {@code mimetype} holds its
 * type, an OLE2 file's root holds {@code WordDocument} or {@code Workbook}. Only the types of {@link #ALLOWED} are
 * accepted, and a name whose extension says one of them must agree with the bytes.
 */
@Component
public class FileTypes {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    public static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
    public static final String DOC = "application/msword";
    public static final String XLS = "application/vnd.ms-excel";
    public static final String TEXT = "text/plain";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    /** Each accepted type with the extensions a file of it may have. */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry(PDF, Set.of("pdf")), Map.entry(DOCX, Set.of("docx")), Map.entry(XLSX, Set.of("xlsx")),
            Map.entry(PPTX, Set.of("pptx")), Map.entry(ODT, Set.of("odt")), Map.entry(ODS, Set.of("ods")),
            Map.entry(DOC, Set.of("doc")), Map.entry(XLS, Set.of("xls")), Map.entry(TEXT, Set.of("txt", "text", "csv", "md")),
            Map.entry(PNG, Set.of("png")), Map.entry(JPEG, Set.of("jpg", "jpeg")));

    private static final int MAX_ZIP_ENTRIES = 10_000;
    private static final int MAX_ENTRY_BYTES = 1024 * 1024;

    private final Tika tika = new Tika();

    /** The outcome: the type the bytes are, or why the file is refused (a message code). */
    public record Verdict(String contentType, String refusal) {

        static Verdict type(String contentType) {
            return new Verdict(contentType, null);
        }

        static Verdict refused(String code) {
            return new Verdict(null, code);
        }

        public boolean accepted() {
            return refusal == null;
        }
    }

    public Verdict check(byte[] content, String fileName) {
        String detected = detect(content);
        if (detected == null || !ALLOWED.containsKey(detected)) {
            return Verdict.refused("document.file.type");
        }
        Optional<String> extension = extension(fileName);
        boolean claimsKnownType = extension.isPresent() && ALLOWED.values().stream().anyMatch(e -> e.contains(extension.get()));
        if (claimsKnownType && !ALLOWED.get(detected).contains(extension.get())) {
            return Verdict.refused("document.file.mismatch");
        }
        return Verdict.type(detected);
    }

    /** The type of the bytes, or null when it cannot be told (an unreadable container). */
    String detect(byte[] content) {
        String magic;
        try (InputStream in = new ByteArrayInputStream(content)) {
            magic = tika.detect(in);
        } catch (IOException e) {
            return null;
        }
        return switch (magic) {
            case "application/zip" -> insideZip(content);
            case "application/x-tika-msoffice" -> insideOle2(content);
            case "application/x-tika-ooxml" -> insideZip(content);
            default -> magic;
        };
    }

    private static String insideZip(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int seen = 0;
            boolean first = true;
            while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES) {
                if (first && "mimetype".equals(entry.getName())) {
                    String type = new String(zip.readNBytes(200), StandardCharsets.US_ASCII).strip();
                    return type.equals(ODT) || type.equals(ODS) ? type : type.isEmpty() ? null : type;
                }
                first = false;
                if ("[Content_Types].xml".equals(entry.getName())) {
                    String types = new String(zip.readNBytes(MAX_ENTRY_BYTES), StandardCharsets.UTF_8);
                    return ooxmlMainPart(types);
                }
            }
            return "application/zip";
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The main part's content type names the document type ({@code …wordprocessingml.document.main+xml}); macros are refused. */
    private static String ooxmlMainPart(String types) {
        if (types.contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")) {
            return DOCX;
        }
        if (types.contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")) {
            return XLSX;
        }
        if (types.contains("application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml")) {
            return PPTX;
        }
        return "application/x-tika-ooxml";
    }

    private static String insideOle2(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("WordDocument")) {
                return DOC;
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return XLS;
            }
            return "application/x-tika-msoffice";
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static Optional<String> extension(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1 ? Optional.empty()
                : Optional.of(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
