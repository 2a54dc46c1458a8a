package se.arenaregister.report.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The Word memo's document: the built-in layout (A4, 2 cm margins, Arial 11 pt in Swedish, "page(pages)" in the footer),
 * or an organisation's own template with its body emptied and everything else kept (styles, numbering, headers and
 * footers with their images, page size and margins). Every style a paragraph or table of the memo names is defined in
 * the document, so the template decides the look: the memo asks for a style by what it is for ({@link Style}), and
 * {@link #styleId} answers the document's id for it, which in a template made in Swedish Word is "Rubrik1", not
 * "Heading1" (Word keeps the English name of a built-in style, "heading 1", whatever the id).
 */
final class DocxLayout {

    static final String FONT = "Arial";
    /** The memo's language: Swedish, for spelling and hyphenation in Word. */
    static final String LANGUAGE = "sv-SE";
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** A4 in twentieths of a point, 2 cm margins. */
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN = 1134;
    static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
    /**
     * Each document's ids for the memo's styles, looked up once: a memo asks for them for every paragraph and run, and
     * a template may have hundreds of styles. Filled when first asked, after {@link #newDocument} has added what was
     * missing; weak, so a document that is done with goes with its entry.
     */
    private static final Map<XWPFDocument, Map<Style, String>> IDS = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * The styles the memo uses, with the id and name the built-in layout gives them. A template must define the first
     * five ({@link #required}); the others are added from the built-in layout when it lacks them.
     */
    enum Style {
        NORMAL("Normal", "Normal", 11, true),
        TITLE("Title", "Title", 16, true),
        HEADING1("Heading1", "heading 1", 14, true),
        HEADING2("Heading2", "heading 2", 12, true),
        HEADING3("Heading3", "heading 3", 11, true),
        /** Table cells: 9 pt, nothing after. Not a Word built-in style, so its name is Swedish. */
        TABLE_TEXT("Tabelltext", "Tabelltext", 9, false),
        FOOTER("Footer", "footer", 9, false),
        /** The appendix tables: single thin borders, Word's "Table Grid". */
        TABLE("TableGrid", "Table Grid", 0, false),
        /** The default table style that {@link #TABLE} is based on, as in every Word document. */
        TABLE_NORMAL("TableNormal", "Normal Table", 0, false);

        final String id;
        final String name;
        /** The size the built-in layout gives the style's text, in points (0: a table style). */
        final int points;
        final boolean required;

        Style(String id, String name, int points, boolean required) {
            this.id = id;
            this.name = name;
            this.points = points;
            this.required = required;
        }

        static Style heading(int level) {
            return switch (level) {
                case 1 -> HEADING1;
                case 2 -> HEADING2;
                default -> HEADING3;
            };
        }

        boolean isTableStyle() {
            return this == TABLE || this == TABLE_NORMAL;
        }
    }

    private DocxLayout() {
    }

    /**
     * A document to write the memo into: the built-in layout when {@code templateOrNull} is null, otherwise the template
     * (a DOCX or DOTX that {@link #missingStyles} accepts) with its body emptied, and the styles, footer and page set-up
     * it lacks taken from the built-in layout.
     */
    static XWPFDocument newDocument(byte[] templateOrNull) {
        if (templateOrNull == null) {
            XWPFDocument doc = new XWPFDocument();
            styles(doc);
            page(doc);
            footer(doc);
            return doc;
        }
        XWPFDocument doc = open(templateOrNull);
        try {
            emptyBody(doc);
            // A protected template ("read only", "filling in forms") would hand the committee a memo nobody can edit.
            doc.removeProtectionEnforcement();
            asDocument(doc);
            XWPFStyles styles = doc.getStyles() == null ? doc.createStyles() : doc.getStyles();
            language(styles);
            for (Style style : Style.values()) {
                if (find(styles, style) == null) {
                    addBuiltIn(styles, style);
                }
            }
            CTSectPr sect = section(doc);
            if (!sect.isSetPgSz() || !sect.isSetPgMar()) {
                page(doc);
            }
            if (!hasDefaultFooter(sect)) {
                footer(doc);
            }
            return doc;
        } catch (RuntimeException e) {
            close(doc);
            throw e;
        }
    }

    /** Opens a DOCX or DOTX; anything else, or a file POI cannot read, is an {@link IllegalArgumentException}. */
    static XWPFDocument open(byte[] bytes) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Not a readable DOCX: " + e.getMessage(), e);
        }
    }

    /** The styles a template must define but does not (by id or by Word's name for them); empty for a usable template. */
    static List<Style> missingStyles(XWPFDocument doc) {
        List<Style> missing = new ArrayList<>();
        for (Style style : Style.values()) {
            if (style.required && (doc.getStyles() == null || find(doc.getStyles(), style) == null)) {
                missing.add(style);
            }
        }
        return missing;
    }

    /** The document's id for the style; the built-in id when the document does not define it (only while it is set up). */
    static String styleId(XWPFDocument doc, Style style) {
        return IDS.computeIfAbsent(doc, DocxLayout::ids).get(style);
    }

    private static Map<Style, String> ids(XWPFDocument doc) {
        Map<Style, String> ids = new EnumMap<>(Style.class);
        for (Style style : Style.values()) {
            CTStyle found = doc.getStyles() == null ? null : find(doc.getStyles(), style);
            ids.put(style, found == null ? style.id : found.getStyleId());
        }
        return ids;
    }

    /**
     * What the built-in layout makes the text of a paragraph with this style id (null: Normal) in points: the memo's
     * code states sizes against the built-in layout, and a run repeats a size only where it differs from its style's.
     */
    static int builtInPoints(XWPFDocument doc, String styleId) {
        if (styleId != null) {
            for (Style style : Style.values()) {
                if (!style.isTableStyle() && (styleId.equals(style.id) || styleId.equals(styleId(doc, style)))) {
                    return style.points;
                }
            }
        }
        return Style.NORMAL.points;
    }

    /**
     * After the memo is written: a paragraph or table that names a style by its built-in id gets the document's id for
     * it (so code that writes "Title" works in a Swedish template, where it is "Rubrik"), and a table without a style
     * gets the memo's table style.
     */
    static void finish(XWPFDocument doc) {
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                restyle(doc, p);
            } else if (element instanceof XWPFTable table) {
                if (table.getStyleID() == null || table.getStyleID().isEmpty()) {
                    table.setStyleID(styleId(doc, Style.TABLE));
                }
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        cell.getParagraphs().forEach(p -> restyle(doc, p));
                    }
                }
            }
        }
    }

    private static void restyle(XWPFDocument doc, XWPFParagraph p) {
        String id = p.getStyleID();
        for (Style style : Style.values()) {
            if (style.id.equals(id) && !styleId(doc, style).equals(id)) {
                p.setStyle(styleId(doc, style));
            }
        }
    }

    /** A style of the document with the style's Word name or, failing that, its id. */
    private static CTStyle find(XWPFStyles styles, Style style) {
        CTStyles ct = styles.getCtStyles();
        if (ct == null) {
            return null;
        }
        STStyleType.Enum type = style.isTableStyle() ? STStyleType.TABLE : STStyleType.PARAGRAPH;
        CTStyle byId = null;
        for (CTStyle candidate : ct.getStyleArray()) {
            if (candidate.isSetType() && candidate.getType() != type) {
                continue;
            }
            if (candidate.getName() != null && style.name.equalsIgnoreCase(candidate.getName().getVal())) {
                return candidate;
            }
            if (byId == null && style.id.equalsIgnoreCase(candidate.getStyleId())) {
                byId = candidate;
            }
        }
        return byId;
    }

    /** Everything in the template's body goes but its last section's properties (page size, margins, header and footer). */
    private static void emptyBody(XWPFDocument doc) {
        for (int i = doc.getBodyElements().size() - 1; i >= 0; i--) {
            doc.removeBodyElement(i);
        }
        // Content controls, bookmarks and the like, which POI lists (or not) but does not remove from the XML.
        for (XmlObject child : doc.getDocument().getBody().selectPath("./*")) {
            if (!(child instanceof CTSectPr)) {
                try (XmlCursor cursor = child.newCursor()) {
                    cursor.removeXml();
                }
            }
        }
    }

    /** A DOTX is stored as a template; the memo made from it is a document, which Word opens as such. */
    private static void asDocument(XWPFDocument doc) {
        PackagePart main = doc.getPackagePart();
        if (XWPFRelation.TEMPLATE.getContentType().equals(main.getContentType())) {
            doc.getPackage().replaceContentType(XWPFRelation.TEMPLATE.getContentType(), XWPFRelation.DOCUMENT.getContentType());
        }
    }

    /** The text is Swedish: the default language, and Normal's when a template names another. */
    private static void language(XWPFStyles styles) {
        CTStyles ct = styles.getCtStyles();
        CTDocDefaults defaults = ct.isSetDocDefaults() ? ct.getDocDefaults() : ct.addNewDocDefaults();
        var rPrDefault = defaults.isSetRPrDefault() ? defaults.getRPrDefault() : defaults.addNewRPrDefault();
        CTRPr rpr = rPrDefault.isSetRPr() ? rPrDefault.getRPr() : rPrDefault.addNewRPr();
        (rpr.sizeOfLangArray() > 0 ? rpr.getLangArray(0) : rpr.addNewLang()).setVal(LANGUAGE);
        CTStyle normal = find(styles, Style.NORMAL);
        if (normal != null && normal.isSetRPr() && normal.getRPr().sizeOfLangArray() > 0) {
            normal.getRPr().getLangArray(0).setVal(LANGUAGE);
        }
    }

    private static CTSectPr section(XWPFDocument doc) {
        var body = doc.getDocument().getBody();
        return body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    }

    private static boolean hasDefaultFooter(CTSectPr sect) {
        for (CTHdrFtrRef ref : sect.getFooterReferenceArray()) {
            if (ref.getType() == null || ref.getType() == STHdrFtr.DEFAULT) {
                return true;
            }
        }
        return false;
    }

    static void page(XWPFDocument doc) {
        CTSectPr sect = section(doc);
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN));
        mar.setBottom(BigInteger.valueOf(MARGIN));
        mar.setLeft(BigInteger.valueOf(MARGIN));
        mar.setRight(BigInteger.valueOf(MARGIN));
        mar.setHeader(BigInteger.valueOf(567));
        mar.setFooter(BigInteger.valueOf(567));
    }

    /** "3(12)" at the right of the footer, in the Footer style: fields Word updates as it lays the pages out. */
    private static void footer(XWPFDocument doc) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        p.setStyle(styleId(doc, Style.FOOTER));
        p.setAlignment(ParagraphAlignment.RIGHT);
        field(p, "PAGE");
        XWPFRun open = p.createRun();
        open.setText("(");
        field(p, "NUMPAGES");
        XWPFRun close = p.createRun();
        close.setText(")");
    }

    private static void field(XWPFParagraph p, String instruction) {
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(instruction + " \\* MERGEFORMAT");
        field.addNewR().addNewT().setStringValue("1");
    }

    /** Every style the built-in layout uses, with Swedish as the default language. */
    static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTStyles ct = styles.getCtStyles();
        CTDocDefaults defaults = ct.isSetDocDefaults() ? ct.getDocDefaults() : ct.addNewDocDefaults();
        CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
        fonts(rpr);
        rpr.addNewSz().setVal(BigInteger.valueOf(22));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(22));
        rpr.addNewLang().setVal(LANGUAGE);
        defaults.addNewPPrDefault();
        for (Style style : Style.values()) {
            addBuiltIn(styles, style);
        }
    }

    private static void addBuiltIn(XWPFStyles styles, Style style) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(style.id);
        ct.addNewName().setVal(style.name);
        if (style.isTableStyle()) {
            tableStyle(ct, style);
        } else {
            paragraphStyle(ct, style);
        }
        XWPFStyle added = new XWPFStyle(ct);
        added.setType(ct.getType());
        styles.addStyle(added);
    }

    private static void paragraphStyle(CTStyle ct, Style style) {
        ct.setType(STStyleType.PARAGRAPH);
        if (style == Style.NORMAL) {
            ct.setDefault(true);
            ct.addNewQFormat();
        } else {
            ct.addNewBasedOn().setVal(Style.NORMAL.id);
        }
        CTPPrGeneral ppr = ct.addNewPPr();
        CTRPr rpr = ct.addNewRPr();
        var spacing = ppr.addNewSpacing();
        switch (style) {
            case NORMAL -> {
                spacing.setAfter(BigInteger.valueOf(120));
                fonts(rpr);
                rpr.addNewLang().setVal(LANGUAGE);
            }
            case TITLE -> headingStyle(ct, ppr, spacing, -1, 0, 240);
            case HEADING1 -> headingStyle(ct, ppr, spacing, 0, 360, 120);
            case HEADING2 -> headingStyle(ct, ppr, spacing, 1, 240, 80);
            case HEADING3 -> headingStyle(ct, ppr, spacing, 2, 200, 60);
            default -> spacing.setAfter(BigInteger.ZERO);
        }
        if (style.required && style != Style.NORMAL) {
            rpr.addNewB();
        }
        if (style.points != Style.NORMAL.points) {
            rpr.addNewSz().setVal(BigInteger.valueOf(style.points * 2L));
            rpr.addNewSzCs().setVal(BigInteger.valueOf(style.points * 2L));
        }
    }

    private static void headingStyle(CTStyle ct, CTPPrGeneral ppr, CTSpacing spacing, int outline, int before, int after) {
        ct.addNewNext().setVal(Style.NORMAL.id);
        ct.addNewUiPriority().setVal(BigInteger.valueOf(outline < 0 ? 10 : 9));
        ct.addNewQFormat();
        ppr.addNewKeepNext();
        ppr.addNewKeepLines();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        if (outline >= 0) {
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
    }

    /**
     * Word's own definitions: "Normal Table" with its cell margins, "Table Grid" with single borders on it. The table
     * properties are written as XML: the POI schema classes this project ships (poi-ooxml-lite) lack the compiled schema
     * of a style's table properties, so building them through the typed API fails at run time.
     */
    private static void tableStyle(CTStyle ct, Style style) {
        ct.setType(STStyleType.TABLE);
        String tblPr;
        if (style == Style.TABLE_NORMAL) {
            ct.setDefault(true);
            ct.addNewUiPriority().setVal(BigInteger.valueOf(99));
            ct.addNewSemiHidden();
            ct.addNewUnhideWhenUsed();
            tblPr = "<w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
                    + "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/>"
                    + "<w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar>";
        } else {
            ct.addNewBasedOn().setVal(Style.TABLE_NORMAL.id);
            ct.addNewUiPriority().setVal(BigInteger.valueOf(39));
            ct.addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
            StringBuilder borders = new StringBuilder("<w:tblBorders>");
            for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
                borders.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>");
            }
            tblPr = borders.append("</w:tblBorders>").toString();
        }
        try {
            XmlObject fragment = XmlObject.Factory.parse("<w:tblPr xmlns:w=\"" + W + "\">" + tblPr + "</w:tblPr>");
            try (XmlCursor from = fragment.newCursor(); XmlCursor to = ct.newCursor()) {
                from.toFirstChild();
                to.toEndToken();
                from.copyXml(to);
            }
        } catch (XmlException e) {
            throw new IllegalStateException("The built-in table style does not parse", e);
        }
    }

    private static void fonts(CTRPr rpr) {
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
    }

    private static void close(XWPFDocument doc) {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
