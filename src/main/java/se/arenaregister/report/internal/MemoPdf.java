package se.arenaregister.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.arenaregister.report.internal.MemoContent.Appendix;
import se.arenaregister.report.internal.MemoContent.AppendixArea;
import se.arenaregister.report.internal.MemoContent.AppendixGroup;
import se.arenaregister.report.internal.MemoContent.AppendixRow;
import se.arenaregister.report.internal.MemoContent.Memo;
import se.arenaregister.report.internal.MemoContent.Section;

/**
 * The memo as PDF (OpenPDF): A4, 2 cm margins, DejaVu Sans embedded so å, ä and ö render anywhere (Debian:
 * {@code fonts-dejavu-core}); without it the standard Helvetica in CP1252, which has them too, not embedded. Title,
 * author and subject in the document information, which the viewer shows as the title; Swedish as the document's
 * language; a bookmark for every heading at its level. Lines break between words only ({@link PdfText}). Appendix
 * tables repeat their header row on each page and break between rows; "page(pages)" at the foot of every page.
 */
@Component
public class MemoPdf {

    private static final Logger log = LoggerFactory.getLogger(MemoPdf.class);
    /** Where Debian and Ubuntu (fonts-dejavu-core), Fedora (dejavu-sans-fonts) and Arch (ttf-dejavu) put DejaVu Sans. */
    private static final List<Path> FONT_DIRECTORIES = List.of(Path.of("/usr/share/fonts/truetype/dejavu"),
            Path.of("/usr/share/fonts/dejavu-sans-fonts"), Path.of("/usr/share/fonts/dejavu"), Path.of("/usr/share/fonts/TTF"));
    static final String LANGUAGE = DocxLayout.LANGUAGE;
    private static final AtomicLong HEADINGS = new AtomicLong();
    private static final float MARGIN = 56.7f; // 2 cm
    private static final float[] COLUMNS = {26, 22, 26, 26};
    private static final java.awt.Color HEADER_FILL = new java.awt.Color(0xE7, 0xE6, 0xE6);
    private static final java.awt.Color RULE = new java.awt.Color(0x99, 0x99, 0x99);

    private final BaseFont regular;
    private final BaseFont bold;

    public MemoPdf() {
        BaseFont[] fonts = fonts();
        this.regular = fonts[0];
        this.bold = fonts[1];
    }

    /** Whether the fonts are embedded (DejaVu Sans was found), as they must be wherever the memo is really made. */
    boolean embedsFonts() {
        return regular.getFontType() == BaseFont.FONT_TYPE_TTUNI;
    }

    private static BaseFont[] fonts() {
        try {
            for (Path directory : FONT_DIRECTORIES) {
                Path regularFile = directory.resolve("DejaVuSans.ttf");
                Path boldFile = directory.resolve("DejaVuSans-Bold.ttf");
                if (Files.isReadable(regularFile) && Files.isReadable(boldFile)) {
                    return new BaseFont[] {
                            BaseFont.createFont(regularFile.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED),
                            BaseFont.createFont(boldFile.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED)};
                }
            }
            log.warn("DejaVu Sans not found in {} (Debian: apt-get install fonts-dejavu-core); the memo PDF uses Helvetica, "
                    + "not embedded", FONT_DIRECTORIES);
            return new BaseFont[] {
                    BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED),
                    BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED)};
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("No font for the memo PDF", e);
        }
    }

    public byte[] render(Memo memo) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 10);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new PdfPageNumbers(regular));
            // The viewer shows the title, not the file name, and opens with the bookmarks; the text is Swedish.
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle | PdfWriter.PageModeUseOutlines);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(LANGUAGE));
            doc.addTitle(memo.header().title());
            doc.addAuthor(memo.header().organisation());
            doc.addSubject(MemoMetadata.subject(memo.header()));
            doc.addCreator("Arenaregistret");
            doc.open();
            header(doc, memo);
            int footnote = 0;
            for (Section section : memo.sections()) {
                footnote = section(doc, writer, section, footnote);
            }
            if (!memo.appendix().areas().isEmpty()) {
                appendix(doc, writer, memo.appendix());
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the memo PDF", e);
        }
        return out.toByteArray();
    }

    private void header(Document doc, Memo memo) {
        add(doc, paragraph(memo.header().organisation(), font(true, 12), 0, 2));
        PdfPTable line = new PdfPTable(new float[] {45, 20, 35});
        line.setWidthPercentage(100);
        line.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        line.getDefaultCell().setPadding(0);
        Font small = font(false, 10);
        line.addCell(new Phrase(memo.header().office(), small));
        line.addCell(new Phrase(memo.header().date().toString(), small));
        line.addCell(new Phrase(memo.header().reference(), small));
        line.setSpacingAfter(memo.header().author().isEmpty() ? 28 : 2);
        add(doc, line);
        List<String> author = memo.header().author();
        for (int i = 0; i < author.size(); i++) {
            add(doc, paragraph(author.get(i), small, 0, i == author.size() - 1 ? 24 : 0));
        }
        add(doc, paragraph(memo.header().title(), font(true, 16), 0, 12));
    }

    /**
     * A heading (its footnote marked with a superscript number and printed under the section), then the writer's
     * paragraphs. Returns the last footnote number used.
     */
    private int section(Document doc, PdfWriter writer, Section section, int footnotes) {
        int used = footnotes;
        if (!section.heading().isEmpty()) {
            if (section.footnote() == null) {
                heading(doc, writer, section.heading(), Math.min(section.level(), 3));
            } else {
                used++;
                heading(doc, writer, section.heading(), Math.min(section.level(), 3), String.valueOf(used));
            }
        }
        section.paragraphs().forEach(s -> add(doc, text(s)));
        if (section.footnote() != null && !section.heading().isEmpty()) {
            Paragraph note = paragraph("", font(false, 8.5f), 2, 8);
            Chunk number = new Chunk(String.valueOf(used), font(false, 6.5f));
            number.setTextRise(3);
            note.add(number);
            note.add(new Chunk(" " + section.footnote(), font(false, 8.5f)));
            add(doc, note);
        }
        return used;
    }

    private void appendix(Document doc, PdfWriter writer, Appendix appendix) {
        doc.newPage();
        heading(doc, writer, appendix.heading(), 1);
        for (AppendixArea area : appendix.areas()) {
            boolean first = true;
            for (AppendixGroup group : area.groups()) {
                PdfPTable table = table(appendix.columns(), group.rows());
                // Keep the headings with the table's header and first row: move them all to the next page together.
                table.setTotalWidth(doc.right() - doc.left());
                float needed = table.getRowHeight(0) + (group.rows().isEmpty() ? 0 : table.getRowHeight(1)) + 12
                        + (group.name() != null ? 30 : 0) + (first ? 40 : 0);
                if (writer.getVerticalPosition(true) - doc.bottom() < needed) {
                    doc.newPage();
                }
                if (first) {
                    heading(doc, writer, area.name(), 2);
                    first = false;
                }
                if (group.name() != null) {
                    heading(doc, writer, group.name(), 3);
                }
                add(doc, table);
            }
        }
    }

    private PdfPTable table(List<String> columns, List<AppendixRow> rows) {
        PdfPTable table = new PdfPTable(COLUMNS);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        // A row that does not fit moves whole to the next page (under the repeated header); only a row taller
        // than a page is split. splitLate(false) would cut rows at every page end and leave fragments.
        table.setSplitLate(true);
        table.setSplitRows(true);
        table.setSpacingBefore(4);
        table.setSpacingAfter(10);
        Font head = font(true, 8.5f);
        for (String column : columns) {
            PdfPCell cell = cell(column, head);
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        Font name = font(false, 8.5f);
        Font body = font(false, 8.5f);
        for (AppendixRow row : rows) {
            table.addCell(cell(row.name(), name));
            table.addCell(cell(row.types(), body));
            table.addCell(cell(row.otherInfo(), body));
            table.addCell(cell(row.purpose(), body));
        }
        return table;
    }

    /** A table cell whose lines break between words only; {@link #add} fits its text to its width. */
    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(PdfText.chunk(text, font)));
        cell.setPadding(4);
        cell.setPaddingTop(3);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setLeading(0, 1.2f);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }

    private void heading(Document doc, PdfWriter writer, String text, int level) {
        heading(doc, writer, text, level, null);
    }

    /** A heading (with a footnote number raised after it, or null), moved to the next page rather than left alone at the bottom of one. */
    private void heading(Document doc, PdfWriter writer, String text, int level, String footnote) {
        float size = level == 1 ? 14 : level == 2 ? 12 : 10.5f;
        float needed = level == 1 ? 110 : 90;
        if (writer.getVerticalPosition(true) - doc.bottom() < needed) {
            doc.newPage();
        }
        String title = text == null ? "" : text;
        Chunk chunk = PdfText.chunk(title, font(true, size));
        String destination = "heading-" + HEADINGS.incrementAndGet();
        chunk.setLocalDestination(destination);
        Paragraph p = paragraph(chunk, level == 1 ? 14 : 10, level == 1 ? 6 : 4);
        if (footnote != null) {
            Chunk number = new Chunk(footnote, font(false, size * 0.6f));
            number.setTextRise(size * 0.4f);
            p.add(number);
        }
        p.setKeepTogether(true);
        add(doc, p);
        PdfOutline parent = writer.getRootOutline();
        for (int l = 1; l < level && !parent.getKids().isEmpty(); l++) {
            parent = parent.getKids().get(parent.getKids().size() - 1);
        }
        new PdfOutline(parent, PdfAction.gotoLocalPage(destination, false), title, level == 1);
    }

    private Paragraph text(String text) {
        return paragraph(text, font(false, 10.5f), 0, 6);
    }

    private static Paragraph paragraph(String text, Font font, float before, float after) {
        return paragraph(PdfText.chunk(text, font), before, after);
    }

    private static Paragraph paragraph(Chunk chunk, float before, float after) {
        Paragraph p = new Paragraph(chunk);
        p.setLeading(chunk.getFont().getSize() * 1.35f);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return p;
    }

    private Font font(boolean isBold, float size) {
        return new Font(isBold ? bold : regular, size);
    }

    /** Every element goes in through here, readied to break its lines between words only (see {@link PdfText}). */
    private static void add(Document doc, Element element) {
        try {
            PdfText.prepare(element, doc.right() - doc.left());
            doc.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
