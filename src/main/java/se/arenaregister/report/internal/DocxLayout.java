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
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;

/**
 * The Word memo's document: the built-in layout (A4, 2 cm margins, Arial 11 pt in Swedish, "page(pages)" in the footer),
 * or an organisation's own template with its body emptied and everything else kept (styles, numbering, headers and
 * footers with their images, page size and margins). Every style a paragraph or table of the memo names is defined in
 * the document, so the template decides the look: the memo asks for a style by what it is for ({@link DocxStyle}), and
 * {@link #styleId} answers the document's id for it, which in a template made in Swedish Word is "Rubrik1", not
 * "Heading1" (Word keeps the English name of a built-in style, "heading 1", whatever the id).
 */
final class DocxLayout {

    static final String FONT = "Arial";
    /** The memo's language: Swedish, for spelling and hyphenation in Word. */
    static final String LANGUAGE = "sv-SE";
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
    private static final Map<XWPFDocument, Map<DocxStyle, String>> IDS = Collections.synchronizedMap(new WeakHashMap<>());

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
            BuiltInStyles.styles(doc);
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
            BuiltInStyles.language(styles);
            for (DocxStyle style : DocxStyle.values()) {
                if (style.in(styles) == null) {
                    BuiltInStyles.addBuiltIn(styles, style);
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
    static List<DocxStyle> missingStyles(XWPFDocument doc) {
        List<DocxStyle> missing = new ArrayList<>();
        for (DocxStyle style : DocxStyle.values()) {
            if (style.required && (doc.getStyles() == null || style.in(doc.getStyles()) == null)) {
                missing.add(style);
            }
        }
        return missing;
    }

    /** The document's id for the style; the built-in id when the document does not define it (only while it is set up). */
    static String styleId(XWPFDocument doc, DocxStyle style) {
        return IDS.computeIfAbsent(doc, DocxLayout::ids).get(style);
    }

    private static Map<DocxStyle, String> ids(XWPFDocument doc) {
        Map<DocxStyle, String> ids = new EnumMap<>(DocxStyle.class);
        for (DocxStyle style : DocxStyle.values()) {
            CTStyle found = doc.getStyles() == null ? null : style.in(doc.getStyles());
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
            for (DocxStyle style : DocxStyle.values()) {
                if (!style.isTableStyle() && (styleId.equals(style.id) || styleId.equals(styleId(doc, style)))) {
                    return style.points;
                }
            }
        }
        return DocxStyle.NORMAL.points;
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
                    table.setStyleID(styleId(doc, DocxStyle.TABLE));
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
        for (DocxStyle style : DocxStyle.values()) {
            if (style.id.equals(id) && !styleId(doc, style).equals(id)) {
                p.setStyle(styleId(doc, style));
            }
        }
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
        p.setStyle(styleId(doc, DocxStyle.FOOTER));
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

    private static void close(XWPFDocument doc) {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
