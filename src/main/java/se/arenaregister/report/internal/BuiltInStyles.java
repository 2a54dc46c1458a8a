package se.arenaregister.report.internal;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The built-in layout's styles (Arial, Swedish, Word's own table styles), written into a new document or added to a
 * template that lacks one; and Swedish as the language of a template's text.
 */
final class BuiltInStyles {

    private static final String FONT = DocxLayout.FONT;
    private static final String LANGUAGE = DocxLayout.LANGUAGE;
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private BuiltInStyles() {
    }

    /** The text is Swedish: the default language, and Normal's when a template names another. */
    static void language(XWPFStyles styles) {
        CTStyles ct = styles.getCtStyles();
        CTDocDefaults defaults = ct.isSetDocDefaults() ? ct.getDocDefaults() : ct.addNewDocDefaults();
        var rPrDefault = defaults.isSetRPrDefault() ? defaults.getRPrDefault() : defaults.addNewRPrDefault();
        CTRPr rpr = rPrDefault.isSetRPr() ? rPrDefault.getRPr() : rPrDefault.addNewRPr();
        (rpr.sizeOfLangArray() > 0 ? rpr.getLangArray(0) : rpr.addNewLang()).setVal(LANGUAGE);
        CTStyle normal = DocxStyle.NORMAL.in(styles);
        if (normal != null && normal.isSetRPr() && normal.getRPr().sizeOfLangArray() > 0) {
            normal.getRPr().getLangArray(0).setVal(LANGUAGE);
        }
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
        for (DocxStyle style : DocxStyle.values()) {
            addBuiltIn(styles, style);
        }
    }

    static void addBuiltIn(XWPFStyles styles, DocxStyle style) {
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

    private static void paragraphStyle(CTStyle ct, DocxStyle style) {
        ct.setType(STStyleType.PARAGRAPH);
        if (style == DocxStyle.NORMAL) {
            ct.setDefault(true);
            ct.addNewQFormat();
        } else {
            ct.addNewBasedOn().setVal(DocxStyle.NORMAL.id);
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
        if (style.required && style != DocxStyle.NORMAL) {
            rpr.addNewB();
        }
        if (style.points != DocxStyle.NORMAL.points) {
            rpr.addNewSz().setVal(BigInteger.valueOf(style.points * 2L));
            rpr.addNewSzCs().setVal(BigInteger.valueOf(style.points * 2L));
        }
    }

    private static void headingStyle(CTStyle ct, CTPPrGeneral ppr, CTSpacing spacing, int outline, int before, int after) {
        ct.addNewNext().setVal(DocxStyle.NORMAL.id);
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
    private static void tableStyle(CTStyle ct, DocxStyle style) {
        ct.setType(STStyleType.TABLE);
        String tblPr;
        if (style == DocxStyle.TABLE_NORMAL) {
            ct.setDefault(true);
            ct.addNewUiPriority().setVal(BigInteger.valueOf(99));
            ct.addNewSemiHidden();
            ct.addNewUnhideWhenUsed();
            tblPr = "<w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
                    + "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/>"
                    + "<w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar>";
        } else {
            ct.addNewBasedOn().setVal(DocxStyle.TABLE_NORMAL.id);
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
}
