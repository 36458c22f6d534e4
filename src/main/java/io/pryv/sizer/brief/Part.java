package io.pryv.sizer.brief;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfWriter;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.Sizing;

/** What every part of the brief shares: the document, the model, and how headings and text are set. */
abstract class Part {
    final Document doc;
    final PdfWriter writer;
    final Look look;
    final Sizing sizing;
    final Questionnaire q;

    Part(Document doc, PdfWriter writer, Look look, Sizing sizing) {
        this.doc = doc;
        this.writer = writer;
        this.look = look;
        this.sizing = sizing;
        this.q = sizing.questionnaire();
    }

    abstract void add() throws DocumentException;

    float width() {
        return doc.right() - doc.left();
    }

    /** Space left on the page below what is already placed. */
    float spaceLeft() {
        return writer.getVerticalPosition(true) - doc.bottom();
    }

    /** A section heading, bookmarked; it moves to a new page rather than stand alone at the bottom. */
    void section(String title, float keepWithNext) throws DocumentException {
        if (spaceLeft() < 40 + keepWithNext) doc.newPage();
        Chunk c = new Chunk(title, look.h1);
        c.setGenericTag(PageFrame.LEVEL1 + title);
        Paragraph p = new Paragraph(new Phrase(c));
        p.setLeading(Look.H1 * 1.2f);
        p.setSpacingBefore(16);
        p.setSpacingAfter(5);
        doc.add(p);
    }

    /** A sub-heading; bookmarked below the last section when {@code bookmark} is set. */
    void subsection(String title, boolean bookmark, float keepWithNext) throws DocumentException {
        if (spaceLeft() < 30 + keepWithNext) doc.newPage();
        Chunk c = new Chunk(title, look.h2);
        if (bookmark) c.setGenericTag(PageFrame.LEVEL2 + title);
        Paragraph p = new Paragraph(new Phrase(c));
        p.setLeading(Look.H2 * 1.25f);
        p.setSpacingBefore(9);
        p.setSpacingAfter(2);
        doc.add(p);
    }

    void text(String text) throws DocumentException {
        text(text, look.body);
    }

    void text(String text, Font font) throws DocumentException {
        Paragraph p = new Paragraph(font.getSize() * 1.4f, text, font);
        p.setSpacingAfter(4);
        p.setAlignment(Element.ALIGN_LEFT);
        doc.add(p);
    }

    /** "Label: text" with the label in bold. */
    void lead(String label, String text) throws DocumentException {
        // The paragraph's own font sets its spacing: without one OpenPDF would pull in Helvetica.
        Paragraph p = new Paragraph(Look.BODY * 1.4f, "", look.body);
        p.add(new Chunk(label, look.bodyBold));
        p.add(new Chunk(text, look.body));
        p.setSpacingAfter(4);
        doc.add(p);
    }

    static String orNone(String s, String none) {
        return s == null || s.isBlank() ? none : s;
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
