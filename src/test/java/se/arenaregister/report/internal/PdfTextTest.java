package se.arenaregister.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.junit.jupiter.api.Test;

/**
 * Lines of the memo's PDF break between words only: never inside a word without a hyphen, never inside a date. Read back
 * with pdftotext: every word of the text comes out whole, or split only where a line may break (after "/" or a hyphen
 * between letters).
 */
class PdfTextTest {

    private static final String LONG_WORD = "Kultursamverkansmodellens";
    private static final String DATES = "Översynen planerades till 2023-05-31 och flyttades sedan till 2023-09-15, "
            + "därefter till 2024-01-10 och 2024-03-31; återrapporteras 2024-06-30 eller senast 2024-12-31 enligt beslut 2025-01-15.";

    @Test
    void aLineBreaksAtSpacesAfterSlashesAndAtHyphensBetweenLettersOnly() {
        assertThat(PdfText.words("Påverkan/samverkan Östersund-Örnsköldsvik 2023-05-31 kund-/medborgardialog 14\u00a0forum"))
                .containsExactly("Påverkan/", "samverkan", "Östersund-", "Örnsköldsvik", "2023-05-31", "kund-/", "medborgardialog",
                        "14\u00a0forum");
        assertThat(PdfText.breaksAfter('-', '3', '0')).as("inside a date").isFalse();
        assertThat(PdfText.breaksAfter('-', 'U', 'f')).as("EU-forumen").isTrue();
        assertThat(PdfText.breaksAfter('\u00a0', 'a', 'b')).as("no-break space").isFalse();
    }

    @Test
    void aWordWiderThanItsCellMakesTheCellsTextSmallerInsteadOfBreakingIt() {
        BaseFont font = MemoPdfs.font();
        PdfPCell cell = new PdfPCell(new Phrase(PdfText.chunk(LONG_WORD + " och Kompetensförsörjningsdagarna", new Font(font, 8.5f))));
        cell.setPadding(4);
        PdfPTable table = new PdfPTable(new float[] {1});
        table.setTotalWidth(110);
        table.setLockedWidth(true);
        table.addCell(cell);
        PdfText.fit(table, 481);
        Chunk chunk = (Chunk) cell.getPhrase().getChunks().get(0);
        assertThat(chunk.getFont().getSize()).as("made smaller").isLessThan(8.5f).isGreaterThanOrEqualTo(PdfText.MIN_CELL_SIZE);
        assertThat(PdfText.widestWord(chunk)).as("the widest word fits the cell").isLessThanOrEqualTo(110 - 8);
    }

    @Test
    void readBackNoLineEndsInsideAWordOrADate() throws Exception {
        BaseFont font = MemoPdfs.font();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56.7f, 56.7f, 56.7f, 66.7f);
        PdfWriter.getInstance(doc, out);
        doc.open();
        Font body = new Font(font, 8.5f);
        // The appendix's columns; the narrowest (22 %) is too narrow for the word at 8.5 pt.
        PdfPTable table = new PdfPTable(new float[] {22, 26, 26, 26});
        table.setWidthPercentage(100);
        String[] cells = {LONG_WORD, "Påverkan/verkställande/informationsutbyte", DATES, "Övervakningskommittén för de åtta regionala "
                + "strukturfondsprogrammen, Östersund-Örnsköldsvik och EU-forumen"};
        for (String text : cells) {
            table.addCell(new PdfPCell(new Phrase(PdfText.chunk(text, body))));
        }
        // A column a quarter of the text's width: narrow enough that the dates meet its right edge.
        PdfPTable narrow = new PdfPTable(new float[] {25, 75});
        narrow.setWidthPercentage(100);
        narrow.addCell(new PdfPCell(new Phrase(new Chunk(DATES + " " + LONG_WORD, body))));
        narrow.addCell(new PdfPCell(new Phrase(new Chunk("", body))));
        Paragraph dates = new Paragraph(new Chunk(DATES + " " + DATES, new Font(font, 10.5f)));
        for (var element : List.of(table, narrow, dates)) {
            PdfText.prepare(element, doc.right() - doc.left());
            doc.add(element);
        }
        doc.close();

        String text = MemoPdfs.text(out.toByteArray());
        if (text == null) {
            return;
        }
        List<String> source = List.of(cells[0], cells[1], cells[2], cells[3], DATES, LONG_WORD);
        assertThat(MemoPdfs.brokenWords(text, source)).as("words broken where no line may break").isEmpty();
        assertThat(text).contains(LONG_WORD, "2023-05-31", "2024-12-31");
    }
}
