package se.arenaregister.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A printed page read back: the PDF's text a page at a time, with poppler's pdftotext (OpenPDF reads no text from Chromium's fonts). */
final class Pdfs {

    private static final Path PDFTOTEXT = Path.of("/usr/bin/pdftotext");

    private Pdfs() {
    }

    /**
     * The text of each page (UTF-8, in reading order). Without pdftotext the test is skipped with a message, except in CI
     * ({@code -Dbrowser.required=true}; .ci/run installs poppler-utils), where that is a failure.
     */
    static List<String> pages(Path pdf) throws IOException {
        boolean installed = Files.isExecutable(PDFTOTEXT);
        assertThat(installed || !Boolean.getBoolean("browser.required"))
                .as("/usr/bin/pdftotext is missing (apt-get install poppler-utils) and -Dbrowser.required=true").isTrue();
        assumeTrue(installed, "/usr/bin/pdftotext is missing (apt-get install poppler-utils): the printed text is not checked");
        Path txt = Files.createTempFile("printed", ".txt");
        try {
            Process process = new ProcessBuilder(PDFTOTEXT.toString(), "-enc", "UTF-8", pdf.toString(), txt.toString())
                    .redirectErrorStream(true).start();
            try {
                assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            assertThat(process.exitValue()).isZero();
            // pdftotext ends every page with a form feed.
            return Arrays.stream(Files.readString(txt, StandardCharsets.UTF_8).split("\f")).filter(p -> !p.isBlank()).toList();
        } finally {
            Files.deleteIfExists(txt);
        }
    }
}
