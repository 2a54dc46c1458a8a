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
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.arenaregister.report.MemoEdition;
import se.arenaregister.support.IntegrationTest;

/**
 * The demo's 2022 edition (memo RUN/78/2022 written in the register and sent) read back: DOCX with POI, PDF with
 * pdftotext (Debian poppler-utils). A committee secretary must recognise the memo: its headings in its order, its
 * sentences and numbers, Appendix 1 for Hållbar tillväxt only, and nothing the committee's document must not say.
 */
@IntegrationTest
class MemoDocumentsTest {

    private static final Path PDFTOTEXT = Path.of("/usr/bin/pdftotext");
    private static final String COMMITTEE = "Övervakningskommittén för de åtta regionala strukturfondsprogrammen";

    /** Every heading of RUN/78/2022, in the memo's order. */
    static final List<String> MEMO_HEADINGS = List.of("Kollektivtrafik", "Samverkan med kommunerna", "Samverkan tågtrafikutveckling",
            "Andra samverkansarenor och dialoger", "Samverkan på tjänstepersonsnivå", "Kultur och bildning", "Beskrivning av arenor",
            "Sammanfattande analys", "Hållbar tillväxt", "Beskrivning av arenor", "Övergripande", "EU",
            "Regional utvecklingsstrategi och smart specialisering", "Infrastruktur", "Bredband", "Digitalisering",
            "Näringslivsutveckling", "Kompetensförsörjning", "Landsbygdsutveckling", "Hållbarhet", "Miljö, energi och klimat", "Övriga",
            "Sammanfattande analys av politiska arenor", "Utvecklingsområden och beslutsförslag", "Bolag", "Beslutsförslag",
            "Bilaga 1: Lista över arenor inom Hållbar tillväxt");
    /** Sentences of the memo with the numbers the register computes (inserted figures) and those it keeps as written. */
    static final List<String> MEMO_SENTENCES = List.of(
            "Regionen är med i 14 forum varav åtta är på politisk nivå.",
            "Regionen är med i tio forum varav samtliga är på tjänstepersonsnivå, av dessa driver regionen fem.",
            "Regionen deltar i tio forum, varav tre leds av regionen.",
            "Regionen medverkar i nio forum som är påverkande",
            "Därför föreslås att regiondirektören får i uppdrag att ta fram en tydlig beskrivning av rådets uppdrag och syfte."
                    + " Uppdraget föreslås återrapporteras vid nämndens sammanträde i juni.",
            "Områdets kartläggning och analys omfattar inte de arenor och nätverk");
    /** Words the committee's document never has: flags, lateness, example data. */
    static final List<String> NEVER_IN_THE_MEMO = List.of("OBS", "försenad", "Påhittad", "Exempel:", "(exempel)", "{{", "}}");

    @Autowired
    MockMvc mvc;
    @Autowired
    MemoContent content;
    @Autowired
    MemoDocx docx;
    @Autowired
    MemoPdf pdf;
    @Autowired
    se.arenaregister.report.MemoEditions editions;

    /** The start-up warm-up (off in tests) renders both documents in the background and says when it is done. */
    @Test
    void theWarmUpRendersTheMemoInTheBackground() throws Exception {
        DocumentWarmUp warmUp = new DocumentWarmUp(content, docx, pdf, editions);
        warmUp.warmUp();
        assertThat(warmUp.await(java.time.Duration.ofSeconds(60))).isTrue();
        assertThat(warmUp.rendered()).as("both documents rendered").isTrue();
    }

    @Test
    void theDocxIsTheMemoWithItsHeadingsInOrderItsNumbersAndItsAppendix() throws Exception {
        byte[] bytes = mvc.perform(get("/memos/" + edition2022() + "/memo.docx"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", MemoDocx.CONTENT_TYPE))
                .andExpect(header().string("Content-Disposition", containsString("PM-arenor-2022.docx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText().replaceAll("\\s+", " ");
            assertThat(text).contains("PM Samverkans- och påverkansarenor regionala utvecklingsnämnden", "Samordningskansliet",
                    "2022-01-19", "RUN/78/2022", "Utvecklingsstrateg", COMMITTEE);
            assertThat(text).as("the public gets the author by title, never by name").doesNotContain("Exempelsson");
            MEMO_SENTENCES.forEach(sentence -> assertThat(text).contains(sentence));
            NEVER_IN_THE_MEMO.forEach(word -> assertThat(text).doesNotContain(word));
            List<String> headings = doc.getParagraphs().stream()
                    .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading")).map(MemoDocumentsTest::headingText).toList();
            assertThat(headings).containsExactlyElementsOf(headingsWithAppendixAreas(doc));
            assertThat(doc.getFootnotes()).as("the two footnotes under Hållbar tillväxt").hasSizeGreaterThanOrEqualTo(2);
            List<XWPFTable> tables = doc.getTables();
            assertThat(tables).isNotEmpty();
            XWPFTable first = tables.get(0);
            assertThat(first.getRow(0).getCell(0).getText()).isEqualTo("Namn på arena/nätverk/forum");
            assertThat(first.getRow(0).isRepeatHeader()).isTrue();
            assertThat(tables).anySatisfy(t -> assertThat(t.getRows()).anySatisfy(r -> assertThat(r.getCell(0).getText()).isEqualTo("Bärighetsrådet")));
            assertThat(tables).noneSatisfy(t -> assertThat(t.getRows()).anySatisfy(r -> assertThat(r.getCell(0).getText()).isEqualTo("Kultur Z")));
        }
    }

    /** A heading's own text: POI appends the text of a footnote on it ("[footnoteRef:1] [1: …]"). */
    private static String headingText(XWPFParagraph p) {
        return p.getText().replaceAll("\\[footnoteRef:\\d+].*$", "").strip();
    }

    /** The memo's headings, then the appendix's own (its area and sub-areas), which follow the appendix heading. */
    private static List<String> headingsWithAppendixAreas(XWPFDocument doc) {
        List<String> all = doc.getParagraphs().stream()
                .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading")).map(MemoDocumentsTest::headingText).toList();
        int appendix = all.indexOf(MEMO_HEADINGS.get(MEMO_HEADINGS.size() - 1));
        assertThat(appendix).as("the appendix heading").isEqualTo(MEMO_HEADINGS.size() - 1);
        assertThat(all.subList(0, appendix + 1)).containsExactlyElementsOf(MEMO_HEADINGS);
        assertThat(all.get(appendix + 1)).isEqualTo("Hållbar tillväxt");
        return all;
    }

    @Test
    void thePdfHasTheSameHeadingsInOrderAndTheSameSentences() throws Exception {
        byte[] bytes = mvc.perform(get("/memos/" + edition2022() + "/memo.pdf"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        // Without poppler-utils the PDF's text cannot be read back: skipped with a message, except in CI
        // (-Dbrowser.required=true, .ci/run installs it), where that is a failure.
        boolean pdftotext = Files.isExecutable(PDFTOTEXT);
        assertThat(pdftotext || !Boolean.getBoolean("browser.required"))
                .as("/usr/bin/pdftotext is missing (apt-get install poppler-utils) and -Dbrowser.required=true").isTrue();
        assumeTrue(pdftotext, "/usr/bin/pdftotext is missing (apt-get install poppler-utils): the PDF's text is not checked");
        Path file = Files.createTempFile("memo", ".pdf");
        Path txt = Files.createTempFile("memo", ".txt");
        try {
            Files.write(file, bytes);
            Process process = new ProcessBuilder(PDFTOTEXT.toString(), "-enc", "UTF-8", file.toString(), txt.toString())
                    .redirectErrorStream(true).start();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
            String raw = Files.readString(txt, StandardCharsets.UTF_8);
            String text = raw.replaceAll("\\s+", " ").replace("/ ", "/");
            MEMO_SENTENCES.forEach(sentence -> assertThat(text).contains(sentence));
            NEVER_IN_THE_MEMO.forEach(word -> assertThat(text).doesNotContain(word));
            int at = 0;
            for (String heading : MEMO_HEADINGS) {
                int found = text.indexOf(heading, at);
                assertThat(found).as("heading \"%s\" after position %d", heading, at).isGreaterThanOrEqualTo(0);
                at = found + heading.length();
            }
            long pages = raw.chars().filter(c -> c == '\f').count();
            assertThat(pages).as("pages").isGreaterThan(3);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(txt);
        }
    }

    /** The newest sent edition (other tests may send editions of later years), at the memo's old addresses too. */
    @Test
    void theReportsPageLeadsToTheNewestSentEditionAndItsDocuments() throws Exception {
        MemoEdition newest = editions.editions().stream().filter(MemoEdition::isSent).findFirst().orElseThrow();
        mvc.perform(get("/reports"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/reports/memo.docx")))
                .andExpect(content().string(containsString("/reports/memo.pdf")))
                .andExpect(content().string(containsString(newest.label())))
                .andExpect(content().string(containsString("/memos/" + newest.id())));
        mvc.perform(get("/reports/memo.pdf"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("PM-arenor-" + newest.year() + ".pdf")));
    }

    private long edition2022() {
        return editions.editions().stream().filter(e -> e.year() == 2022).findFirst().orElseThrow().id();
    }
}
