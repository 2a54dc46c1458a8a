package se.arenaregister.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.arenaregister.report.internal.MemoContent.Memo;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.WordTemplates;

/**
 * The memo's layout as a reader and another program see it: in Word, every style it names is defined and body text
 * takes its look from its style, so an organisation's template restyles it (a template's title colour, its header,
 * with Swedish Word's style ids); in the PDF, the title, language and a bookmark per heading, embedded fonts, and
 * lines that never break inside a word or a date.
 */
@IntegrationTest
class MemoLayoutTest {

    @Autowired
    MemoContent content;
    @Autowired
    MemoDocx docx;
    @Autowired
    MemoPdf pdf;
    @Autowired
    se.arenaregister.report.MemoEditions editions;

    Memo memo;

    @BeforeEach
    void assemble() {
        long edition2022 = editions.editions().stream().filter(e -> e.year() == 2022).findFirst().orElseThrow().id();
        memo = content.assemble(editions.data(edition2022), true);
    }

    @Test
    void theBuiltInDocxDefinesEveryStyleItNamesAndItsTextRepeatsNoneOfThem() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.render(memo, null)))) {
            assertEveryNamedStyleExists(doc);
            assertThat(doc.getStyles().styleExist("Normal")).isTrue();
            DocxLayoutTest.assertEveryBasedOnExists(doc);
            assertThat(doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal()).isEqualTo("sv-SE");

            List<String> repeated = new ArrayList<>();
            for (XWPFParagraph p : paragraphs(doc)) {
                for (XWPFRun run : p.getRuns()) {
                    boolean font = run.getCTR().isSetRPr() && run.getCTR().getRPr().sizeOfRFontsArray() > 0;
                    boolean size = run.getCTR().isSetRPr() && run.getCTR().getRPr().sizeOfSzArray() > 0;
                    if (font || (size && p.getStyleID() != null)) {
                        repeated.add(p.getStyleID() + ": " + p.getText());
                    }
                }
            }
            assertThat(repeated).as("styled paragraphs whose runs set a font or size of their own").isEmpty();
            assertThat(doc.getParagraphs()).filteredOn(p -> "Normal".equals(p.getStyleID())).as("body text in Normal").hasSizeGreaterThan(20);
            assertThat(doc.getTables()).allSatisfy(t -> assertThat(t.getStyleID()).isEqualTo("TableGrid"));
            assertThat(doc.getProperties().getCoreProperties().getSubject()).contains("RUN/78/2022");
        }
    }

    @Test
    void aTemplateWithSwedishStyleIdsShapesTheMemoAndKeepsItsHeader() throws Exception {
        byte[] template = WordTemplates.template().swedishIds().titleColour("7030A0").titleFont("Georgia").header("Testregionen").bytes();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.render(memo, template)))) {
            assertEveryNamedStyleExists(doc);
            DocxLayoutTest.assertEveryBasedOnExists(doc);
            XWPFParagraph title = doc.getParagraphs().stream().filter(p -> p.getText().equals(memo.header().title())).findFirst().orElseThrow();
            assertThat(title.getStyleID()).isEqualTo("Rubrik");
            XWPFStyle titleStyle = doc.getStyles().getStyle("Rubrik");
            assertThat(titleStyle.getCTStyle().getRPr().getColorArray(0).xgetVal().getStringValue()).isEqualTo("7030A0");
            assertThat(titleStyle.getCTStyle().getRPr().getRFontsArray(0).getAscii()).isEqualTo("Georgia");
            assertThat(title.getRuns()).allSatisfy(run -> assertThat(run.getColor()).as("no colour of its own").isNull());
            assertThat(doc.getParagraphs()).filteredOn(p -> p.getText().equals("Kollektivtrafik"))
                    .extracting(XWPFParagraph::getStyleID).contains("Rubrik1");
            assertThat(doc.getStyles().styleExist("Heading1")).as("the template's heading, not a second one").isFalse();

            assertThat(doc.getHeaderList()).anySatisfy(h -> {
                assertThat(h.getText()).contains("Testregionen");
                assertThat(h.getAllPictures()).hasSize(1);
            });
            assertThat(doc.getParagraphs()).noneSatisfy(p -> assertThat(p.getText()).contains(WordTemplates.BODY_TEXT));
            assertThat(doc.getDocument().getBody().getSectPr().getPgMar().getLeft()).hasToString(String.valueOf(WordTemplates.MARGIN));
            assertThat(doc.getHeaderFooterPolicy().getDefaultFooter().getParagraphs().get(0).getCTP().xmlText())
                    .as("no footer in the template: the memo's page numbers").contains("NUMPAGES");
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo(memo.header().title());
        }
    }

    @Test
    void thePdfHasItsTitleLanguageBookmarksAndEmbeddedFonts() throws Exception {
        PdfReader reader = new PdfReader(pdf.render(memo));
        try {
            PdfDictionary catalog = reader.getCatalog();
            assertThat(catalog.getAsString(PdfName.LANG)).hasToString("sv-SE");
            assertThat(catalog.getAsDict(PdfName.VIEWERPREFERENCES).get(PdfName.DISPLAYDOCTITLE)).hasToString("true");
            Map<String, String> info = reader.getInfo();
            assertThat(info).containsEntry("Title", memo.header().title()).containsEntry("Author", memo.header().organisation());
            assertThat(info.get("Subject")).contains("RUN/78/2022", memo.header().office());

            List<Map<String, Object>> bookmarks = SimpleBookmark.getBookmarkList(reader);
            assertThat(bookmarks).extracting(b -> b.get("Title")).contains("Kollektivtrafik", "Hållbar tillväxt",
                    "Utvecklingsområden och beslutsförslag");
            Map<String, Object> growth = bookmarks.stream().filter(b -> "Hållbar tillväxt".equals(b.get("Title"))).findFirst().orElseThrow();
            assertThat(kids(growth)).extracting(b -> b.get("Title")).as("level 2 under its level 1")
                    .contains("Beskrivning av arenor", "Sammanfattande analys av politiska arenor");
            assertThat(kids(kids(growth).get(0))).extracting(b -> b.get("Title")).as("level 3 under its level 2")
                    .contains("Infrastruktur", "Bredband");
            Map<String, Object> appendix = bookmarks.get(bookmarks.size() - 1);
            assertThat((String) appendix.get("Title")).startsWith("Bilaga 1");
            assertThat(kids(appendix)).as("the appendix's areas").isNotEmpty();
            assertThat(kids(appendix)).anySatisfy(area -> assertThat(kids(area)).as("its sub-areas, level 3").isNotEmpty());

            boolean ci = Boolean.getBoolean("browser.required");
            assertThat(pdf.embedsFonts() || !ci).as("DejaVu Sans is missing (fonts-dejavu-core) and -Dbrowser.required=true").isTrue();
            for (int page = 1; pdf.embedsFonts() && page <= reader.getNumberOfPages(); page++) {
                PdfDictionary fonts = reader.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
                for (PdfName name : fonts.getKeys()) {
                    PdfDictionary font = fonts.getAsDict(name);
                    if (PdfName.TYPE0.equals(font.getAsName(PdfName.SUBTYPE))) {
                        font = font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
                    }
                    PdfDictionary descriptor = font.getAsDict(PdfName.FONTDESCRIPTOR);
                    assertThat(descriptor == null ? null : descriptor.get(PdfName.FONTFILE2))
                            .as("font %s (%s) on page %d embedded", name, font.get(PdfName.BASEFONT), page).isNotNull();
                }
            }
        } finally {
            reader.close();
        }
    }

    /** The whole memo read back: no word (from the register or the texts) comes out broken where no line may break. */
    @Test
    void noLineOfThePdfEndsInsideAWordOrADate() throws Exception {
        String text = MemoPdfs.text(pdf.render(memo));
        if (text == null) {
            return;
        }
        assertThat(MemoPdfs.brokenWords(text, MemoPdfs.strings(memo))).as("words broken where no line may break").isEmpty();
        assertThat(text).contains("Kompetensförsörjningsdagarna", "Övervakningskommittén");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> kids(Map<String, Object> bookmark) {
        Object kids = bookmark.get("Kids");
        return kids == null ? List.of() : (List<Map<String, Object>>) kids;
    }

    /** Every paragraph and table names only styles the document defines: body, table cells, headers and footers. */
    private static void assertEveryNamedStyleExists(XWPFDocument doc) {
        List<String> undefined = new ArrayList<>();
        for (XWPFParagraph p : paragraphs(doc)) {
            if (p.getStyleID() != null && !doc.getStyles().styleExist(p.getStyleID())) {
                undefined.add(p.getStyleID() + " (" + p.getText() + ")");
            }
        }
        for (XWPFTable table : doc.getTables()) {
            if (table.getStyleID() != null && !doc.getStyles().styleExist(table.getStyleID())) {
                undefined.add("table " + table.getStyleID());
            }
        }
        assertThat(undefined).as("styles named but not defined in styles.xml").isEmpty();
    }

    private static List<XWPFParagraph> paragraphs(XWPFDocument doc) {
        List<XWPFParagraph> all = new ArrayList<>();
        collect(doc.getBodyElements(), all);
        for (XWPFHeaderFooter part : doc.getHeaderList()) {
            collect(part.getBodyElements(), all);
        }
        for (XWPFHeaderFooter part : doc.getFooterList()) {
            collect(part.getBodyElements(), all);
        }
        return all;
    }

    private static void collect(List<IBodyElement> elements, List<XWPFParagraph> into) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph p) {
                into.add(p);
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collect(cell.getBodyElements(), into);
                    }
                }
            }
        }
    }
}
