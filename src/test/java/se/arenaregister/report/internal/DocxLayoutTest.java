package se.arenaregister.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import se.arenaregister.support.WordTemplates;

/** The Word memo's document set-up, read back with POI: the built-in layout's styles, and a template made ready. */
class DocxLayoutTest {

    @Test
    void theBuiltInLayoutDefinesNormalAndTheHeadingsInSwedish() throws IOException {
        try (XWPFDocument doc = reopen(DocxLayout.newDocument(null))) {
            CTStyle normal = doc.getStyles().getStyle("Normal").getCTStyle();
            assertThat(String.valueOf(normal.getDefault())).as("Normal is the default paragraph style").isIn("1", "true", "on");
            assertThat(normal.getRPr().getRFontsArray(0).getAscii()).isEqualTo("Arial");
            assertThat(normal.getPPr().getSpacing().getAfter()).hasToString("120");
            assertThat(normal.getRPr().getLangArray(0).getVal()).isEqualTo("sv-SE");
            var defaults = doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr();
            assertThat(defaults.getLangArray(0).getVal()).as("the document's default language").isEqualTo("sv-SE");
            assertThat(defaults.getSzArray(0).getVal()).as("11 pt").hasToString("22");

            for (int level = 1; level <= 3; level++) {
                CTStyle heading = doc.getStyles().getStyle("Heading" + level).getCTStyle();
                assertThat(heading.getName().getVal()).isEqualTo("heading " + level);
                assertThat(heading.getBasedOn().getVal()).isEqualTo("Normal");
                assertThat(heading.getPPr().getOutlineLvl().getVal()).hasToString(String.valueOf(level - 1));
            }
            assertThat(doc.getStyles().getStyle("Title").getCTStyle().getBasedOn().getVal()).isEqualTo("Normal");
            assertThat(doc.getStyles().getStyle("TableGrid").getCTStyle().getBasedOn().getVal()).isEqualTo("TableNormal");
            assertEveryBasedOnExists(doc);

            XWPFFooter footer = doc.getHeaderFooterPolicy().getDefaultFooter();
            assertThat(footer.getParagraphs().get(0).getStyleID()).isEqualTo("Footer");
            assertThat(footer.getParagraphs().get(0).getCTP().xmlText()).contains("PAGE", "NUMPAGES");
        }
    }

    @Test
    void aTemplateKeepsItsStylesHeaderAndMarginsAndLosesItsBody() throws IOException {
        byte[] template = WordTemplates.template().swedishIds().titleColour("C00000").header("Testregionen").bytes();
        try (XWPFDocument doc = reopen(DocxLayout.newDocument(template))) {
            assertThat(doc.getBodyElements()).as("the template's sample text and table").isEmpty();
            assertThat(doc.getStyles().getStyle("Rubrik").getCTStyle().getRPr().getColorArray(0).xgetVal().getStringValue()).isEqualTo("C00000");
            assertThat(DocxLayout.styleId(doc, DocxStyle.TITLE)).isEqualTo("Rubrik");
            assertThat(DocxLayout.styleId(doc, DocxStyle.HEADING2)).isEqualTo("Rubrik2");
            assertThat(DocxLayout.styleId(doc, DocxStyle.NORMAL)).isEqualTo("Normal");
            assertThat(doc.getStyles().styleExist("Heading1")).as("no second heading style of our own").isFalse();
            assertThat(doc.getStyles().styleExist("Tabelltext")).as("what the template lacks comes from the built-in layout").isTrue();
            assertThat(doc.getStyles().styleExist("TableGrid")).isTrue();
            assertEveryBasedOnExists(doc);

            XWPFHeader header = doc.getHeaderFooterPolicy().getDefaultHeader();
            assertThat(header.getText()).contains("Testregionen");
            assertThat(header.getAllPictures()).as("the logo in the header").hasSize(1);
            assertThat(doc.getDocument().getBody().getSectPr().getPgMar().getLeft()).hasToString(String.valueOf(WordTemplates.MARGIN));
            assertThat(doc.getHeaderFooterPolicy().getDefaultFooter().getParagraphs().get(0).getCTP().xmlText())
                    .as("the template has no footer: ours, with the page numbers").contains("NUMPAGES");
            var defaults = doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr();
            assertThat(defaults.getLangArray(0).getVal()).isEqualTo("sv-SE");
        }
    }

    @Test
    void aTemplatesOwnFooterIsKeptAndNoneIsAdded() throws IOException {
        byte[] template = WordTemplates.template().footer("Regionens sidfot").bytes();
        try (XWPFDocument doc = reopen(DocxLayout.newDocument(template))) {
            assertThat(doc.getFooterList()).hasSize(1);
            assertThat(doc.getFooterList().get(0).getText()).contains("Regionens sidfot").doesNotContain("NUMPAGES");
        }
    }

    @Test
    void aDotxBecomesADocument() throws IOException {
        byte[] template = WordTemplates.template().asDotx().bytes();
        try (XWPFDocument original = DocxLayout.open(template)) {
            assertThat(original.getPackagePart().getContentType()).isEqualTo(XWPFRelation.TEMPLATE.getContentType());
        }
        try (XWPFDocument doc = reopen(DocxLayout.newDocument(template))) {
            assertThat(doc.getPackagePart().getContentType()).isEqualTo(XWPFRelation.DOCUMENT.getContentType());
        }
    }

    /** Code that names a style by its built-in id gets the template's id for it once the memo is written. */
    @Test
    void finishingGivesBuiltInIdsTheTemplatesIdsAndTablesTheTableStyle() throws IOException {
        try (XWPFDocument doc = DocxLayout.newDocument(WordTemplates.template().swedishIds().bytes())) {
            XWPFParagraph title = doc.createParagraph();
            title.setStyle("Title");
            XWPFParagraph heading = doc.createParagraph();
            heading.setStyle("Heading3");
            doc.createTable(1, 1);
            DocxLayout.finish(doc);
            assertThat(title.getStyleID()).isEqualTo("Rubrik");
            assertThat(heading.getStyleID()).isEqualTo("Rubrik3");
            assertThat(doc.getTables().get(0).getStyleID()).isEqualTo("TableGrid");
        }
    }

    @Test
    void aTemplateMayNameItsStylesInEnglishOrSwedishWord() throws IOException {
        for (byte[] template : List.of(WordTemplates.template().bytes(), WordTemplates.template().swedishIds().bytes())) {
            MemoTemplates.check(template);
            try (XWPFDocument doc = DocxLayout.open(template)) {
                assertThat(DocxLayout.missingStyles(doc)).isEmpty();
            }
        }
    }

    @Test
    void aTemplateWithoutAHeadingStyleIsRefusedNamingIt() throws IOException {
        byte[] template = WordTemplates.template().swedishIds().without("heading 3").without("Title").bytes();
        try (XWPFDocument doc = DocxLayout.open(template)) {
            assertThat(DocxLayout.missingStyles(doc)).containsExactly(DocxStyle.TITLE, DocxStyle.HEADING3);
        }
        assertThatThrownBy(() -> MemoTemplates.check(template)).isInstanceOfSatisfying(TemplateRefusedException.class, e -> {
            assertThat(e.code()).isEqualTo("report.template.refused.styles");
            assertThat(e.missingStyles()).containsExactly("report.template.style.TITLE", "report.template.style.HEADING3");
        });
    }

    @Test
    void filesThatAreNoTemplateAreRefusedWithTheirReason() throws IOException {
        assertRefused(null, "report.template.refused.missing");
        assertRefused(new byte[0], "report.template.refused.empty");
        assertRefused(new byte[MemoTemplates.MAX_BYTES + 1], "report.template.refused.tooLarge");
        assertRefused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                "report.template.refused.oldFormat");
        assertRefused("Namn;Typ\nEtt forum;Påverkan\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "report.template.refused.notDocx");
        assertRefused(zip("hello.txt", "inte Word"), "report.template.refused.notDocx");
        byte[] docx = WordTemplates.template().bytes();
        assertRefused(java.util.Arrays.copyOf(docx, docx.length / 2), "report.template.refused.notDocx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Arenor");
            workbook.write(out);
            assertRefused(out.toByteArray(), "report.template.refused.notDocx");
        }
        try (XWPFDocument doc = DocxLayout.open(docx); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getPackage().replaceContentType(XWPFRelation.DOCUMENT.getContentType(), XWPFRelation.MACRO_DOCUMENT.getContentType());
            doc.write(out);
            assertRefused(out.toByteArray(), "report.template.refused.macros");
        }
    }

    @Test
    void theFileNameLosesItsPathAndControlCharacters() {
        assertThat(MemoTemplates.fileName("C:\\fakepath\\Brevmall RJH.docx")).isEqualTo("Brevmall RJH.docx");
        assertThat(MemoTemplates.fileName("../../mall\u0000.docx")).isEqualTo("mall.docx");
        assertThat(MemoTemplates.fileName("  ")).isEqualTo("mall.docx");
        assertThat(MemoTemplates.fileName(null)).isEqualTo("mall.docx");
        assertThat(MemoTemplates.fileName("a".repeat(300) + ".docx")).hasSize(255).endsWith(".docx");
    }

    @Test
    void aDocumentWrittenIntoTheTemplateReadsBackAsText() throws IOException {
        XWPFDocument doc = DocxLayout.newDocument(WordTemplates.template().bytes());
        doc.createParagraph().createRun().setText("PM-text");
        try (XWPFDocument read = reopen(doc); XWPFWordExtractor text = new XWPFWordExtractor(read)) {
            assertThat(text.getText()).contains("PM-text", "Testregionen").doesNotContain(WordTemplates.BODY_TEXT);
        }
    }

    private static void assertRefused(byte[] file, String code) {
        assertThatThrownBy(() -> MemoTemplates.check(file)).as(code)
                .isInstanceOfSatisfying(TemplateRefusedException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    static void assertEveryBasedOnExists(XWPFDocument doc) {
        List<String> missing = new ArrayList<>();
        for (XWPFStyle style : doc.getStyles().getStyles()) {
            CTStyle ct = style.getCTStyle();
            if (ct.getBasedOn() != null && !doc.getStyles().styleExist(ct.getBasedOn().getVal())) {
                missing.add(ct.getStyleId() + " based on " + ct.getBasedOn().getVal());
            }
            if (ct.getNext() != null && !doc.getStyles().styleExist(ct.getNext().getVal())) {
                missing.add(ct.getStyleId() + " followed by " + ct.getNext().getVal());
            }
        }
        assertThat(missing).as("styles based on (or followed by) a style that does not exist").isEmpty();
    }

    static XWPFDocument reopen(XWPFDocument doc) throws IOException {
        try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
        }
    }

    private static byte[] zip(String name, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
