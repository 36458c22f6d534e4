package io.pryv.sizer.brief;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * What every page carries: a running header (customer and project), a footer with "page x of y",
 * and the outline entries of the headings placed on it. The total page count is a small template
 * filled when the document closes, so the brief is laid out only once.
 */
final class PageFrame extends PdfPageEventHelper {
    /** Generic-tag prefixes that mark a heading for the outline: level 1 or 2. */
    static final String LEVEL1 = "1|", LEVEL2 = "2|";

    private static final float FOOT_SIZE = 7.5f;
    private final Look look;
    private final String header;
    private final String footer;
    private PdfTemplate total;
    private String headerText, footerText;
    private PdfOutline lastLevel1;
    private String lastTag;

    PageFrame(Look look, String header, String footer) {
        this.look = look;
        this.header = header;
        this.footer = footer;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        // Room for four digits; filled in onCloseDocument.
        total = writer.getDirectContent().createTemplate(look.regular.getWidthPoint("0000", FOOT_SIZE), FOOT_SIZE + 2);
        // Long customer and project names are cut rather than run into the right-hand text.
        float room = (document.right() - document.left()) * 0.7f;
        headerText = Look.fit(look.regular, header, FOOT_SIZE, room);
        footerText = Look.fit(look.regular, footer, FOOT_SIZE, room);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        float left = document.left(), right = document.right();
        float headY = document.top() + 22, footY = document.bottom() - 26;

        cb.saveState();
        cb.setColorStroke(Look.RULE);
        cb.setLineWidth(0.5f);
        cb.moveTo(left, headY - 5);
        cb.lineTo(right, headY - 5);
        cb.moveTo(left, footY + 10);
        cb.lineTo(right, footY + 10);
        cb.stroke();
        cb.restoreState();

        // Single lines set straight on the page: a ColumnText per line costs more than the rest of the frame.
        // "page x of" ends a space before the total's template, which sits at the right margin.
        float totalX = right - total.getWidth();
        float space = look.regular.getWidthPoint(" ", FOOT_SIZE);
        cb.beginText();
        cb.setFontAndSize(look.regular, FOOT_SIZE);
        cb.setColorFill(Look.GREY);
        cb.showTextAligned(Element.ALIGN_LEFT, headerText, left, headY, 0);
        cb.showTextAligned(Element.ALIGN_RIGHT, "Pryv.io procurement brief", right, headY, 0);
        cb.showTextAligned(Element.ALIGN_LEFT, footerText, left, footY, 0);
        cb.showTextAligned(Element.ALIGN_RIGHT, "page " + writer.getPageNumber() + " of", totalX - space, footY, 0);
        cb.endText();
        cb.addTemplate(total, totalX, footY);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(look.regular, FOOT_SIZE);
        total.setColorFill(Look.GREY);
        total.setTextMatrix(0, 0);
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }

    /** A heading was placed: bookmark it where it stands, on the page it landed on. */
    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String tag) {
        if (tag.equals(lastTag)) return; // a heading that wraps reports each of its lines
        lastTag = tag;
        PdfDestination at = new PdfDestination(PdfDestination.XYZ, document.left(), rect.getTop() + 6, 0);
        if (tag.startsWith(LEVEL1)) {
            lastLevel1 = new PdfOutline(writer.getRootOutline(), at, tag.substring(LEVEL1.length()), true);
        } else if (tag.startsWith(LEVEL2)) {
            new PdfOutline(lastLevel1 != null ? lastLevel1 : writer.getRootOutline(), at, tag.substring(LEVEL2.length()), false);
        }
    }

}
