package se.arenaregister.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.arenaregister.support.IntegrationTest;

/** The generated memo read back: DOCX with POI, PDF with pdftotext (Debian poppler-utils). */
@IntegrationTest
class MemoDocumentsTest {

    private static final Path PDFTOTEXT = Path.of("/usr/bin/pdftotext");
    private static final String COMMITTEE = "Övervakningskommittén för de åtta regionala strukturfondsprogrammen";

    @Autowired
    MockMvc mvc;
    @Autowired
    java.time.Clock clock;
    @Autowired
    MemoContent content;
    @Autowired
    MemoDocx docx;
    @Autowired
    MemoPdf pdf;

    /** The start-up warm-up (off in tests) renders both documents in the background and says when it is done. */
    @Test
    void theWarmUpRendersTheMemoInTheBackground() throws Exception {
        DocumentWarmUp warmUp = new DocumentWarmUp(content, docx, pdf);
        warmUp.warmUp();
        assertThat(warmUp.await(java.time.Duration.ofSeconds(60))).isTrue();
        assertThat(warmUp.rendered()).as("both documents rendered").isTrue();
    }

    @Test
    void theDocxHasTheMemosStructureFiguresAndAppendix() throws Exception {
        byte[] bytes = mvc.perform(get("/reports/memo.docx").param("reference", "RUN/99/2026"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", MemoDocx.CONTENT_TYPE))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("PM-arenor-" + LocalDate.now(clock) + ".docx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text).contains("PM Samverkans- och påverkansarenor regionala utvecklingsnämnden", "Samordningskansliet",
                    "RUN/99/2026", "Region Jämtland Härjedalen", "Bärighetsrådet", COMMITTEE, "Utvecklingsområden", "Beslutsförslag",
                    "Förändringar i registret",
                    "Bilaga 1");
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            assertThat(paragraphs).anySatisfy(p -> {
                assertThat(p.getStyle()).isEqualTo("Heading1");
                assertThat(p.getText()).isEqualTo("Hållbar tillväxt");
            });
            int infrastructure = indexOfHeading(paragraphs, "Infrastruktur");
            assertThat(infrastructure).as("heading Infrastruktur").isNotNegative();
            assertThat(paragraphs.get(infrastructure + 1).getText()).contains("14");

            List<XWPFTable> tables = doc.getTables();
            assertThat(tables).isNotEmpty();
            XWPFTable first = tables.get(0);
            assertThat(first.getRow(0).getCell(0).getText()).isEqualTo("Namn på arena/nätverk/forum");
            assertThat(first.getRow(0).getCell(3).getText()).isEqualTo("Syfte med arenan");
            assertThat(first.getRow(0).isRepeatHeader()).isTrue();
            assertThat(first.getRow(1).isCantSplitRow()).isTrue();
            assertThat(tables).anySatisfy(t -> assertThat(t.getRows()).anySatisfy(r -> assertThat(r.getCell(0).getText()).isEqualTo("Bärighetsrådet")));
            assertThat(tables).anySatisfy(t -> assertThat(t.getRows()).anySatisfy(r -> assertThat(r.getCell(1).getText()).contains("/")));
            assertThat(tables.stream().mapToInt(t -> t.getRows().size() - 1).sum()).as("every arena of the appendix").isGreaterThanOrEqualTo(90);
        }
    }

    @Test
    void thePdfHasTheSameTextsWithSwedishLettersIntactOnSeveralPages() throws Exception {
        byte[] bytes = mvc.perform(get("/reports/memo.pdf"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("PM-arenor-" + LocalDate.now(clock) + ".pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        // Without poppler-utils the PDF's text cannot be read back: skipped with a message, except in CI
        // (-Dbrowser.required=true, .ci/run installs it), where that is a failure.
        boolean pdftotext = Files.isExecutable(PDFTOTEXT);
        assertThat(pdftotext || !Boolean.getBoolean("browser.required"))
                .as("/usr/bin/pdftotext is missing (apt-get install poppler-utils) and -Dbrowser.required=true").isTrue();
        assumeTrue(pdftotext, "/usr/bin/pdftotext is missing (apt-get install poppler-utils): the PDF's text is not checked");
        Path pdf = Files.createTempFile("memo", ".pdf");
        Path txt = Files.createTempFile("memo", ".txt");
        try {
            Files.write(pdf, bytes);
            Process process = new ProcessBuilder(PDFTOTEXT.toString(), "-enc", "UTF-8", pdf.toString(), txt.toString())
                    .redirectErrorStream(true).start();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
            String raw = Files.readString(txt, StandardCharsets.UTF_8);
            // Lines wrap in table cells, also right after a "/" ("arena/nätverk/" | "forum"): such a wrap is no space.
            String text = raw.replaceAll("\\s+", " ").replace("/ ", "/");
            assertThat(text).contains("PM Samverkans- och påverkansarenor regionala utvecklingsnämnden", "Samordningskansliet",
                    "Hållbar tillväxt", "Infrastruktur", "Namn på arena/nätverk/forum", "Bärighetsrådet", COMMITTEE);
            assertThat(text).containsPattern("Infrastruktur [^.]*14");
            long pages = raw.chars().filter(c -> c == '\f').count();
            assertThat(pages).as("pages").isGreaterThan(3);
        } finally {
            Files.deleteIfExists(pdf);
            Files.deleteIfExists(txt);
        }
    }

    @Test
    void theReportsPageExplainsAndLinks() throws Exception {
        mvc.perform(get("/reports"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/reports/memo.docx")))
                .andExpect(content().string(containsString("/reports/memo.pdf")))
                .andExpect(content().string(containsString("/analysis/intro")))
                .andExpect(content().string(containsString("RUN/xx/" + LocalDate.now(clock).getYear())));
    }

    private static int indexOfHeading(List<XWPFParagraph> paragraphs, String heading) {
        for (int i = 0; i < paragraphs.size(); i++) {
            XWPFParagraph p = paragraphs.get(i);
            if (p.getStyle() != null && p.getStyle().startsWith("Heading") && p.getText().equals(heading)) {
                return i;
            }
        }
        return -1;
    }
}
