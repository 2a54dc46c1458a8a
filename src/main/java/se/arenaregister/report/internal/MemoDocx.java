package se.arenaregister.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.springframework.stereotype.Component;
import se.arenaregister.report.internal.MemoContent.Appendix;
import se.arenaregister.report.internal.MemoContent.AppendixArea;
import se.arenaregister.report.internal.MemoContent.AppendixGroup;
import se.arenaregister.report.internal.MemoContent.AppendixRow;
import se.arenaregister.report.internal.MemoContent.Memo;
import se.arenaregister.report.internal.MemoContent.Section;

/**
 * The memo as a Word document: real heading styles (so Word's navigation pane and table of contents work), text that
 * takes its look from its styles alone, appendix tables whose header row repeats on every page and whose rows never
 * split. In the built-in layout ({@link DocxLayout}) A4 with 2 cm margins and "page(pages)" in the footer as the
 * original memo has it; in the organisation's template, if one has been uploaded, its letterhead, styles and footer.
 */
@Component
public class MemoDocx {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final int TEXT_WIDTH = DocxLayout.TEXT_WIDTH;
    private static final double[] COLUMNS = {0.26, 0.21, 0.265, 0.265};
    private static final String HEADER_FILL = "E7E6E6";

    private final MemoTemplates templates;

    MemoDocx(MemoTemplates templates) {
        this.templates = templates;
    }

    /** The memo in the organisation's template if an administrator has uploaded one, otherwise in the built-in layout. */
    public byte[] render(Memo memo) {
        return render(memo, templates.forDocuments());
    }

    byte[] render(Memo memo, byte[] templateOrNull) {
        try (XWPFDocument doc = DocxLayout.newDocument(templateOrNull); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            header(doc, memo);
            for (Section section : memo.sections()) {
                section(doc, section);
            }
            if (!memo.appendix().areas().isEmpty()) {
                appendix(doc, memo.appendix());
            }
            DocxLayout.finish(doc);
            properties(doc, memo);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Title, author, subject and language as Word shows them under File > Info; a template's own are replaced. */
    private static void properties(XWPFDocument doc, Memo memo) {
        var core = doc.getProperties().getCoreProperties();
        core.setTitle(memo.header().title());
        core.setCreator(memo.header().organisation());
        core.setSubjectProperty(MemoMetadata.subject(memo.header()));
        core.setDescription(null);
        core.getUnderlyingProperties().setLanguageProperty(DocxLayout.LANGUAGE);
        core.getUnderlyingProperties().setLastModifiedByProperty(memo.header().organisation());
        java.util.Date now = new java.util.Date();
        core.setCreated(java.util.Optional.of(now));
        core.setModified(java.util.Optional.of(now));
    }

    /** As the memo's first lines: office, date and reference on one line, the author's lines under it, then the title. */
    private static void header(XWPFDocument doc, Memo memo) {
        XWPFParagraph organisation = doc.createParagraph();
        run(organisation, memo.header().organisation(), 12, true);
        XWPFParagraph line = doc.createParagraph();
        line.setSpacingAfter(memo.header().author().isEmpty() ? 360 : 0);
        run(line, memo.header().office() + "\t" + memo.header().date() + "\t" + memo.header().reference(), 10, false);
        var tabs = line.getCTP().isSetPPr() ? line.getCTP().getPPr() : line.getCTP().addNewPPr();
        var tabList = tabs.addNewTabs();
        var t1 = tabList.addNewTab();
        t1.setVal(STTabJc.LEFT);
        t1.setPos(BigInteger.valueOf(4500));
        var t2 = tabList.addNewTab();
        t2.setVal(STTabJc.LEFT);
        t2.setPos(BigInteger.valueOf(6500));
        List<String> author = memo.header().author();
        for (int i = 0; i < author.size(); i++) {
            XWPFParagraph p = doc.createParagraph();
            p.setSpacingAfter(i == author.size() - 1 ? 360 : 0);
            run(p, author.get(i), 10, false);
        }
        XWPFParagraph title = doc.createParagraph();
        title.setStyle("Title");
        run(title, memo.header().title(), 0, false);
    }

    /** A heading (with its footnote as a real Word footnote), then the writer's paragraphs. */
    private static void section(XWPFDocument doc, Section section) {
        if (!section.heading().isEmpty()) {
            XWPFParagraph heading = heading(doc, section.heading(), Math.min(section.level(), 3));
            if (section.footnote() != null) {
                XWPFFootnote note = doc.createFootnote();
                XWPFParagraph text = note.createParagraph();
                note.ensureFootnoteRef(text);
                run(text, " " + section.footnote(), 9, false);
                heading.addFootnoteReference(note);
            }
        }
        for (String paragraph : section.paragraphs()) {
            text(doc, paragraph);
        }
    }

    private static void appendix(XWPFDocument doc, Appendix appendix) {
        XWPFParagraph heading = heading(doc, appendix.heading(), 1);
        heading.setPageBreak(true);
        for (AppendixArea area : appendix.areas()) {
            heading(doc, area.name(), 2);
            for (AppendixGroup group : area.groups()) {
                if (group.name() != null) {
                    heading(doc, group.name(), 3);
                }
                table(doc, appendix.columns(), group.rows());
            }
        }
    }

    private static void table(XWPFDocument doc, List<String> columns, List<AppendixRow> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, columns.size());
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(TEXT_WIDTH));
        table.setTableAlignment(TableRowAlign.LEFT);
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (double share : COLUMNS) {
            grid.addNewGridCol().setW(BigInteger.valueOf(Math.round(TEXT_WIDTH * share)));
        }
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int c = 0; c < columns.size(); c++) {
            XWPFTableCell cell = cell(head, c);
            cell.setColor(HEADER_FILL);
            run(cell.getParagraphs().get(0), columns.get(c), 9, true);
        }
        for (int i = 0; i < rows.size(); i++) {
            AppendixRow row = rows.get(i);
            XWPFTableRow tr = table.getRow(i + 1);
            tr.setCantSplitRow(true);
            String[] values = {row.name(), row.types(), row.otherInfo(), row.purpose()};
            for (int c = 0; c < values.length; c++) {
                run(cell(tr, c).getParagraphs().get(0), values[c], 9, c == 0);
            }
        }
        doc.createParagraph().setSpacingAfter(0);
    }

    /** A cell of the appendix table, its paragraph in the table text style (9 pt, nothing after). */
    private static XWPFTableCell cell(XWPFTableRow row, int column) {
        XWPFTableCell cell = row.getCell(column);
        cell.setWidthType(TableWidthType.DXA);
        cell.setWidth(String.valueOf(Math.round(TEXT_WIDTH * COLUMNS[column])));
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setStyle(DocxLayout.styleId(p.getDocument(), DocxStyle.TABLE_TEXT));
        return cell;
    }

    private static XWPFParagraph heading(XWPFDocument doc, String text, int level) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(DocxLayout.styleId(doc, DocxStyle.heading(level)));
        run(p, text, 0, false);
        return p;
    }

    /** A body paragraph in the Normal style, which says its font, size and the space after it. */
    private static void text(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(DocxLayout.styleId(doc, DocxStyle.NORMAL));
        run(p, text, 0, false);
    }

    /**
     * A run; tabs in the text become real tabs. The font is always the style's, and so is the size when {@code size}
     * is 0 or what the built-in layout gives the paragraph's style anyway: a run repeats nothing its style says, so
     * that an organisation's template restyles the whole memo.
     */
    private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold) {
        XWPFRun r = p.createRun();
        String[] parts = (text == null ? "" : text).split("\t", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                r.addTab();
            }
            r.setText(parts[i], i);
        }
        if (size > 0 && size != DocxLayout.builtInPoints(p.getDocument(), p.getStyleID())) {
            r.setFontSize(size);
        }
        if (bold) {
            r.setBold(true);
        }
        return r;
    }
}
