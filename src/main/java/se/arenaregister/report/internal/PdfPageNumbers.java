package se.arenaregister.report.internal;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/** "3(12)" at the foot of every page; the total is filled in when the document closes. */
final class PdfPageNumbers extends PdfPageEventHelper {
    private final BaseFont font;
    private PdfTemplate total;

    PdfPageNumbers(BaseFont font) {
        this.font = font;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        String page = writer.getPageNumber() + "(";
        float size = 9;
        float pageWidth = font.getWidthPoint(page, size);
        float totalWidth = font.getWidthPoint("00)", size);
        float x = document.right() - pageWidth - totalWidth;
        float y = document.bottom() - 24;
        cb.beginText();
        cb.setFontAndSize(font, size);
        cb.setTextMatrix(x, y);
        cb.showText(page);
        cb.endText();
        cb.addTemplate(total, x + pageWidth, y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(font, 9);
        total.setTextMatrix(0, 0);
        total.showText((writer.getPageNumber() - 1) + ")");
        total.endText();
    }
}
