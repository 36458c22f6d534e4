package io.pryv.sizer.brief;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.Sizing;

/** What every part of the brief shares: the document, the model, and how headings and text are set. */
abstract class Part {
    /** A table that breaks keeps at least this many body rows on each page; one of up to WHOLE body rows stays whole. */
    static final int MIN_ROWS = 3, WHOLE = 12;

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

    /** Height of {@code n} lines of body text set by {@link #text(String)}, to keep them with what follows. */
    static float lines(int n) {
        return n * Look.BODY * 1.4f + 4;
    }

    /** Height of a page's frame. */
    float pageHeight() {
        return doc.top() - doc.bottom();
    }

    /**
     * The height table {@code t} needs where it starts, to pass as the keep-with-next of the heading above
     * it: all of a short table that fits on a page, else its header and first {@link #MIN_ROWS} rows.
     */
    float keep(PdfPTable t) {
        t.setTotalWidth(width()); // measured at the width the document will lay it out at
        int head = t.getHeaderRows();
        float whole = t.spacingBefore() + t.getTotalHeight();
        if (t.size() - head <= WHOLE && whole <= pageHeight()) return whole;
        float first = t.spacingBefore() + t.getHeaderHeight();
        for (int i = head; i < Math.min(t.size(), head + MIN_ROWS); i++) first += t.getRowHeight(i);
        return first;
    }

    /**
     * Adds a table so that a short one stays whole and a long one leaves no page with fewer than
     * {@link #MIN_ROWS} of its body rows: a lone row under a repeated header reads as a mistake.
     */
    void table(PdfPTable t) throws DocumentException {
        if (spaceLeft() < keep(t)) doc.newPage(); // keep(t) also measures t, for the row heights below
        // Where the document will break it: rows move whole to the next page, under the repeated header
        // (split late); the spacing before counts only below other content, as in PdfDocument.
        int head = t.getHeaderRows(), lastPage = head, pageBefore = -1; // their first rows
        float room = spaceLeft() - (spaceLeft() < pageHeight() ? t.spacingBefore() : 0) - t.getHeaderHeight();
        for (int i = head; i < t.size(); i++) {
            if (t.getRowHeight(i) > room && i > lastPage) {
                pageBefore = lastPage;
                lastPage = i;
                room = pageHeight() - t.getHeaderHeight();
            }
            room -= t.getRowHeight(i);
        }
        int cut = t.size() - MIN_ROWS;
        if (pageBefore < 0 || t.size() - lastPage >= MIN_ROWS || cut - pageBefore < MIN_ROWS) {
            doc.add(t);
            return;
        }
        // The last page takes rows from the one before: the table ends there and goes on under its header.
        PdfPTable rest = new PdfPTable(t);
        for (int i = head; i < cut; i++) rest.deleteRow(head);
        while (t.size() > cut) t.deleteLastRow();
        doc.add(t);
        doc.newPage();
        doc.add(rest);
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
