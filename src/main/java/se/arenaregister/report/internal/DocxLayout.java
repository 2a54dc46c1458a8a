package se.arenaregister.report.internal;

import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** The Word memo's page and styles: A4 with 2 cm margins, "page(pages)" in the footer, Title and Heading1–3. */
final class DocxLayout {

    static final String FONT = "Arial";
    /** A4 in twentieths of a point, 2 cm margins. */
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN = 1134;
    static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

    private DocxLayout() {
    }

    static void page(XWPFDocument doc) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        field(p, "PAGE", "1");
        XWPFRun open = p.createRun();
        open.setText("(");
        open.setFontFamily(FONT);
        open.setFontSize(9);
        field(p, "NUMPAGES", "1");
        XWPFRun close = p.createRun();
        close.setText(")");
        close.setFontFamily(FONT);
        close.setFontSize(9);
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
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

    private static void field(XWPFParagraph p, String instruction, String placeholder) {
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(instruction + " \\* MERGEFORMAT");
        var r = field.addNewR();
        CTRPr rpr = r.addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        rpr.addNewSz().setVal(BigInteger.valueOf(18));
        r.addNewT().setStringValue(placeholder);
    }

    /** Title and Heading1–3 as real paragraph styles with outline levels. */
    static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        style(styles, "Title", "Title", 16, -1, 0, 240);
        style(styles, "Heading1", "heading 1", 14, 0, 360, 120);
        style(styles, "Heading2", "heading 2", 12, 1, 240, 80);
        style(styles, "Heading3", "heading 3", 11, 2, 200, 60);
    }

    private static void style(XWPFStyles styles, String id, String name, int points, int outline, int before, int after) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        ct.addNewBasedOn().setVal("Normal");
        ct.addNewNext().setVal("Normal");
        ct.addNewUiPriority().setVal(BigInteger.valueOf(outline < 0 ? 10 : 9));
        ct.addNewQFormat();
        CTPPrGeneral ppr = ct.addNewPPr();
        ppr.addNewKeepNext();
        ppr.addNewKeepLines();
        var spacing = ppr.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        if (outline >= 0) {
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        CTRPr rpr = ct.addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        rpr.addNewB();
        rpr.addNewSz().setVal(BigInteger.valueOf(points * 2L));
        XWPFStyle style = new XWPFStyle(ct);
        style.setType(STStyleType.PARAGRAPH);
        styles.addStyle(style);
    }
}
