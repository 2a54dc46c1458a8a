package se.arenaregister.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Word templates as an organisation makes them, built with POI for the tests: the styles Normal, Title and Heading 1–3
 * (with Swedish Word's ids "Rubrik", "Rubrik1"… if asked), a header with a text and a small logo, margins of 25 mm,
 * some sample text and a table in the body, and a footer if asked.
 */
public final class WordTemplates {

    /** The template's margins, in twentieths of a point (25 mm): not the built-in layout's 2 cm. */
    public static final int MARGIN = 1417;
    public static final String BODY_TEXT = "Mallens exempeltext som inte ska med i PM:et";

    private boolean swedishIds;
    private String titleColour = "7030A0";
    private String titleFont = "Georgia";
    private String header = "Testregionen";
    private String footer;
    private boolean template;
    private final Set<String> without = new HashSet<>();

    private WordTemplates() {
    }

    public static WordTemplates template() {
        return new WordTemplates();
    }

    /** Ids as Swedish Word writes them ("Rubrik", "Rubrik1"), with Word's English names ("Title", "heading 1"). */
    public WordTemplates swedishIds() {
        swedishIds = true;
        return this;
    }

    public WordTemplates titleColour(String colour) {
        titleColour = colour;
        return this;
    }

    public WordTemplates titleFont(String font) {
        titleFont = font;
        return this;
    }

    public WordTemplates header(String text) {
        header = text;
        return this;
    }

    public WordTemplates footer(String text) {
        footer = text;
        return this;
    }

    /** Saved as a Word template (DOTX) rather than a document. */
    public WordTemplates asDotx() {
        template = true;
        return this;
    }

    /** Leaves out the style with this Word name ("heading 3"). */
    public WordTemplates without(String styleName) {
        without.add(styleName);
        return this;
    }

    public byte[] bytes() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFStyles styles = doc.createStyles();
            style(styles, "Normal", "Normal", null, "Calibri", 20, null, true);
            style(styles, swedishIds ? "Rubrik" : "Title", "Title", "Normal", titleFont, 40, titleColour, false);
            for (int level = 1; level <= 3; level++) {
                style(styles, (swedishIds ? "Rubrik" : "Heading") + level, "heading " + level, "Normal", "Calibri Light", 32 - 4 * level,
                        "2F5496", false);
            }
            if (header != null) {
                XWPFHeader head = doc.createHeader(HeaderFooterType.DEFAULT);
                XWPFParagraph p = head.createParagraph();
                p.createRun().setText(header);
                XWPFRun logo = p.createRun();
                logo.addPicture(new ByteArrayInputStream(png()), Document.PICTURE_TYPE_PNG, "logo.png", Units.toEMU(40), Units.toEMU(20));
            }
            if (footer != null) {
                doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(footer);
            }
            doc.createParagraph().createRun().setText(BODY_TEXT);
            doc.createTable(2, 2).getRow(0).getCell(0).setText("Mallens tabell");
            CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                    : doc.getDocument().getBody().addNewSectPr();
            var size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
            size.setW(BigInteger.valueOf(11906));
            size.setH(BigInteger.valueOf(16838));
            CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
            BigInteger margin = BigInteger.valueOf(MARGIN);
            mar.setTop(margin);
            mar.setBottom(margin);
            mar.setLeft(margin);
            mar.setRight(margin);
            if (template) {
                doc.getPackage().replaceContentType(XWPFRelation.DOCUMENT.getContentType(), XWPFRelation.TEMPLATE.getContentType());
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private void style(XWPFStyles styles, String id, String name, String basedOn, String font, int halfPoints, String colour,
                       boolean isDefault) {
        if (without.contains(name)) {
            return;
        }
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        if (isDefault) {
            ct.setDefault(true);
        }
        if (basedOn != null) {
            ct.addNewBasedOn().setVal(basedOn);
        }
        CTRPr rpr = ct.addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        if (colour != null) {
            rpr.addNewColor().setVal(colour);
        }
        XWPFStyle style = new XWPFStyle(ct);
        style.setType(STStyleType.PARAGRAPH);
        styles.addStyle(style);
    }

    /** A 4 × 2 pixel logo. */
    private static byte[] png() {
        try {
            BufferedImage image = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
            image.setRGB(0, 0, 0x7030A0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
