package se.arenaregister.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import com.lowagie.text.pdf.BaseFont;

/** The memo's PDF read back, for the tests: its text with pdftotext, and the words of it that came out broken. */
final class MemoPdfs {

    private static final Path PDFTOTEXT = Path.of("/usr/bin/pdftotext");
    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private MemoPdfs() {
    }

    /**
     * The PDF's text (UTF-8, in reading order), or null when pdftotext is missing: then the test is skipped with a
     * message, except in CI (-Dbrowser.required=true, .ci/run installs poppler-utils), where that is a failure.
     */
    static String text(byte[] pdf) throws IOException, InterruptedException {
        boolean installed = Files.isExecutable(PDFTOTEXT);
        assertThat(installed || !Boolean.getBoolean("browser.required"))
                .as("/usr/bin/pdftotext is missing (apt-get install poppler-utils) and -Dbrowser.required=true").isTrue();
        assumeTrue(installed, "/usr/bin/pdftotext is missing (apt-get install poppler-utils): the PDF's text is not checked");
        Path file = Files.createTempFile("memo", ".pdf");
        Path txt = Files.createTempFile("memo", ".txt");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder(PDFTOTEXT.toString(), "-enc", "UTF-8", file.toString(), txt.toString())
                    .redirectErrorStream(true).start();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
            return Files.readString(txt, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(txt);
        }
    }

    /**
     * The words of {@code text} that are not words of {@code source}, nor a run of a source word's pieces between the
     * places where a line may break (see {@link PdfText#words}): a word broken inside, such as "Kultursamverkansmodel",
     * or a date split at its hyphen. Page numbers ("3(12)"), bullets and a full stop after a word are the renderer's own.
     */
    static Set<String> brokenWords(String text, Collection<String> source) {
        Set<String> allowed = new HashSet<>();
        for (String s : source) {
            for (String token : s.split("\\s+")) {
                List<String> pieces = PdfText.words(token);
                for (int from = 0; from < pieces.size(); from++) {
                    runs(pieces, from, "", allowed);
                }
                allowed.add(token);
                // A number grouped with no-break spaces ("12\u00a0345"): pdftotext may write them as plain spaces.
                allowed.addAll(List.of(token.split("[\u00a0\u202f]")));
            }
        }
        Set<String> broken = new TreeSet<>();
        for (String token : text.split("\\s+")) {
            // The renderer puts a full stop after a verdict ("… behöver utvecklas. Motivering"): punctuation at the end of a
            // word breaks nothing.
            // A heading's footnote number is raised right after its last word ("tillväxt¹"): pdftotext writes "tillväxt1".
            if (!token.isEmpty() && !allowed.contains(token) && !allowed.contains(token.replaceAll("[.,:;]+$", ""))
                    && !(token.matches(".*\\p{L}\\d{1,2}") && allowed.contains(token.replaceAll("\\d{1,2}$", "")))
                    && !token.matches("\\d+\\(\\d+\\)|•")) {
                broken.add(token);
            }
        }
        return broken;
    }

    /**
     * Every run of pieces from {@code from} on. pdftotext joins a word broken after a hyphen at the end of a line and drops
     * the hyphen ("EU-" | "forumen" comes out "EUforumen"), so each hyphen between letters may also be missing.
     */
    private static void runs(List<String> pieces, int from, String before, Set<String> allowed) {
        if (from == pieces.size()) {
            return;
        }
        String piece = pieces.get(from);
        String run = before + piece;
        allowed.add(run);
        runs(pieces, from + 1, run, allowed);
        if (piece.length() > 1 && piece.endsWith("-") && Character.isLetter(piece.charAt(piece.length() - 2))) {
            runs(pieces, from + 1, before + piece.substring(0, piece.length() - 1), allowed);
        }
    }

    /** Every text in a record (the memo), its lists and maps, dates and numbers as they print. */
    static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        collect(value, out);
        return out;
    }

    private static void collect(Object value, List<String> out) {
        if (value == null) {
            return;
        }
        if (value instanceof CharSequence text) {
            out.add(text.toString());
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> collect(item, out));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(item -> collect(item, out));
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    component.getAccessor().setAccessible(true);
                    collect(component.getAccessor().invoke(value), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else {
            out.add(value.toString());
        }
    }

    /** DejaVu Sans as the memo uses it, or Helvetica where it is not installed. */
    static BaseFont font() {
        try {
            return Files.isReadable(DEJAVU) ? BaseFont.createFont(DEJAVU.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED)
                    : BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (IOException | com.lowagie.text.DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
