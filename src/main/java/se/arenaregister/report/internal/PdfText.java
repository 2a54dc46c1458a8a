package se.arenaregister.report.internal;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;

/**
 * How the memo's PDF breaks lines: between words only. OpenPDF would also break at every hyphen (a date such as
 * 2023-05-31 across two lines) and, when a word is wider than the line, anywhere inside it without a hyphen
 * ("Kultursamverkansmodel" | "lens" in a narrow table cell). Here a line breaks only at a space, after a "/"
 * ("arena/" | "nätverk"), and after a hyphen between two letters ("Östersund-" | "Örnsköldsvik"); a table cell whose
 * longest word does not fit its width gets its text made smaller until it does (down to {@link #MIN_CELL_SIZE}).
 *
 * <p>Swedish hyphenation (OpenPDF's {@code HyphenationAuto} with patterns) is not used: the only Swedish patterns in
 * OpenPDF's XML format on Maven Central (Jan Michael Rynning's, in {@code com.itextpdf:hyph}) state no licence ("more
 * info about the licence to be added later") and lack the {@code <classes>} block OpenPDF's parser needs (with one
 * added they hyphenate well: kul-tur-sam-ver-kans-mo-del-lens); {@code net.sf.offo:fop-hyph} holds them only as
 * serialized Apache FOP objects.
 */
final class PdfText {

    /** The smallest size a table cell's text is made to fit its longest word; below it OpenPDF breaks the word. */
    static final float MIN_CELL_SIZE = 6f;

    /** Where a line may break: see the class comment. */
    static final SplitCharacter BETWEEN_WORDS = new DefaultSplitCharacter() {
        @Override
        public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
            return breaksAfter(at(current, cc, ck), current > 0 ? at(current - 1, cc, ck) : ' ',
                    current + 1 < end ? at(current + 1, cc, ck) : ' ');
        }

        private char at(int index, char[] cc, PdfChunk[] ck) {
            return getCurrentCharacter(index, cc, ck);
        }
    };

    private PdfText() {
    }

    /** Whether a line may end after {@code c}, which stands between {@code before} and {@code after}. */
    static boolean breaksAfter(char c, char before, char after) {
        if (c == '\u00a0' || c == '\u202f' || c == '\u2011') {
            return false; // no-break spaces and the non-breaking hyphen
        }
        if (c <= ' ' || (c >= '\u2002' && c <= '\u200b')) {
            return true;
        }
        if (c == '/') {
            return true;
        }
        return (c == '-' || c == '\u2010') && Character.isLetter(before) && Character.isLetter(after);
    }

    /** A chunk that breaks between words only. */
    static Chunk chunk(String text, Font font) {
        Chunk chunk = new Chunk(text == null ? "" : text, font);
        chunk.setSplitCharacter(BETWEEN_WORDS);
        return chunk;
    }

    /**
     * Readies an element for a column {@code width} points wide, just before it is added: its text breaks between
     * words only, and in a table each cell's text fits the cell's longest word.
     */
    static void prepare(Element element, float width) {
        if (element instanceof PdfPTable table) {
            fit(table, width);
            return;
        }
        Font first = null;
        for (Element part : element.getChunks()) {
            if (part instanceof Chunk chunk) {
                chunk.setSplitCharacter(BETWEEN_WORDS);
                first = first == null ? chunk.getFont() : first;
            }
        }
        // A paragraph made empty and filled with chunks keeps the default font, Helvetica, for its line ends: the PDF
        // would then name a font it does not embed.
        if (element instanceof Phrase phrase && first != null && phrase.getFont().getBaseFont() == null) {
            phrase.setFont(first);
        }
    }

    /**
     * Each cell's text breaks between words only and, where a word is wider than the cell, gets smaller until the
     * widest word fits. The table is laid out again afterwards (its row heights were measured with the old sizes).
     */
    static void fit(PdfPTable table, float width) {
        float total = table.isLockedWidth() ? table.getTotalWidth() : width * table.getWidthPercentage() / 100f;
        if (total <= 0) {
            return;
        }
        table.setTotalWidth(total);
        float[] columns = table.getAbsoluteWidths();
        boolean changed = false;
        for (PdfPRow row : table.getRows()) {
            PdfPCell[] cells = row.getCells();
            for (int c = 0; c < cells.length; c++) {
                PdfPCell cell = cells[c];
                if (cell == null || cell.getPhrase() == null) {
                    continue;
                }
                float cellWidth = 0;
                for (int k = c; k < Math.min(columns.length, c + cell.getColspan()); k++) {
                    cellWidth += columns[k];
                }
                changed |= fit(cell.getPhrase(), cellWidth - cell.getEffectivePaddingLeft() - cell.getEffectivePaddingRight());
            }
        }
        if (changed) {
            table.calculateHeights(true);
        }
    }

    /** Makes the phrase's text smaller if its widest word is wider than {@code width}; true if it did. */
    static boolean fit(Phrase phrase, float width) {
        List<Chunk> chunks = new ArrayList<>();
        float scale = 1;
        for (Element part : phrase.getChunks()) {
            if (part instanceof Chunk chunk) {
                chunk.setSplitCharacter(BETWEEN_WORDS);
                chunks.add(chunk);
                float widest = widestWord(chunk);
                if (widest > width && width > 0) {
                    scale = Math.min(scale, width / widest);
                }
            }
        }
        if (scale >= 1) {
            return false;
        }
        for (Chunk chunk : chunks) {
            Font font = new Font(chunk.getFont());
            // A little under the exact ratio: widths are summed in floats, and the line must not come out a hair too wide.
            font.setSize(Math.max(MIN_CELL_SIZE, chunk.getFont().getSize() * scale * 0.98f));
            chunk.setFont(font);
        }
        return true;
    }

    /** The width of the chunk's widest piece that no line may break inside, in points. */
    static float widestWord(Chunk chunk) {
        BaseFont font = chunk.getFont().getCalculatedBaseFont(false);
        float size = chunk.getFont().getCalculatedSize();
        float widest = 0;
        for (String word : words(chunk.getContent())) {
            widest = Math.max(widest, font.getWidthPoint(word, size));
        }
        return widest;
    }

    /** The pieces of {@code text} that no line breaks inside, without the spaces after them. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if (breaksAfter(text.charAt(i), before, after)) {
                String word = text.substring(from, i + 1).strip();
                if (!word.isEmpty()) {
                    words.add(word);
                }
                from = i + 1;
            }
        }
        String last = text.substring(from).strip();
        if (!last.isEmpty()) {
            words.add(last);
        }
        return words;
    }
}
