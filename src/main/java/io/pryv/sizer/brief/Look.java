package io.pryv.sizer.brief;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPTableEvent;
import io.pryv.sizer.model.Numbers;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import java.util.Random;
import java.util.zip.Deflater;

/**
 * The brief's look: embedded fonts, one accent colour, one type scale, table helpers and number
 * formats. One instance per document; fonts are parsed once per thread (see {@link #FONTS}).
 */
final class Look {
    static final Color ACCENT = new Color(0x1F, 0x4E, 0x86);
    static final Color ACCENT_TINT = new Color(0xE4, 0xEC, 0xF5);
    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color GREY = new Color(0x6B, 0x6B, 0x6B);
    static final Color RULE = new Color(0xC8, 0xCD, 0xD3);
    static final Color PAPER_TINT = new Color(0xF5, 0xF6, 0xF8);
    static final Color WARN = new Color(0xA6, 0x3D, 0x00);

    // Type scale, in points.
    static final float TITLE = 22, H1 = 14, H2 = 10.5f, BODY = 9.5f, TABLE = 8.5f, SMALL = 7.5f;
    /** Room a table cell leaves on each side of its text. */
    static final float SIDE_PADDING = 4;

    /** The TrueType files, read from openpdf-fonts-extra once per JVM: batches write thousands of briefs. */
    private static final byte[] REGULAR_TTF = resource("/liberation/LiberationSans-Regular.ttf");
    private static final byte[] BOLD_TTF = resource("/liberation/LiberationSans-Bold.ttf");

    /**
     * Parsed fonts, one pair per thread: a BaseFont keeps per-write state (the subset tag's random
     * source), so threads of a batch must not share one. Parsing from bytes costs about 2 ms.
     */
    private static final ThreadLocal<BaseFont[]> FONTS = ThreadLocal.withInitial(() -> new BaseFont[] {
            font("LiberationSans-Regular.ttf", REGULAR_TTF), font("LiberationSans-Bold.ttf", BOLD_TTF)});

    final BaseFont regular;
    final BaseFont bold;
    final Font title, subtitle, h1, h2, body, bodyBold, bodyGrey, cell, cellBold, cellHead, cellWarn, small, smallGrey;

    /** @param seed makes the font subset tags (normally random) depend on the document's content only */
    Look(long seed) {
        BaseFont[] fonts = FONTS.get();
        regular = fonts[0];
        bold = fonts[1];
        regular.setSecureRandom(new SeededRandom(seed));
        bold.setSecureRandom(new SeededRandom(seed + 1));
        title = new Font(bold, TITLE, Font.NORMAL, ACCENT);
        subtitle = new Font(regular, 13, Font.NORMAL, INK);
        h1 = new Font(bold, H1, Font.NORMAL, ACCENT);
        h2 = new Font(bold, H2, Font.NORMAL, INK);
        body = new Font(regular, BODY, Font.NORMAL, INK);
        bodyBold = new Font(bold, BODY, Font.NORMAL, INK);
        bodyGrey = new Font(regular, BODY, Font.NORMAL, GREY);
        cell = new Font(regular, TABLE, Font.NORMAL, INK);
        cellBold = new Font(bold, TABLE, Font.NORMAL, INK);
        cellHead = new Font(bold, TABLE, Font.NORMAL, ACCENT);
        cellWarn = new Font(bold, TABLE, Font.NORMAL, WARN);
        small = new Font(regular, SMALL, Font.NORMAL, INK);
        smallGrey = new Font(regular, SMALL, Font.NORMAL, GREY);
    }

    // ---- tables ----

    /** A full-width table whose first {@code headerRows} rows repeat on every page it spans. */
    static PdfPTable table(float[] widths, int headerRows) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(headerRows);
        t.setSplitRows(true);
        t.setSpacingBefore(4);
        t.setSpacingAfter(10);
        t.setTableEvent(RULES);
        return t;
    }

    /**
     * The rule under each row of a table, drawn here once per row: as cell borders OpenPDF would stroke
     * each cell's own in a graphics state of its own, a third of a page's content. Header rows (their
     * cells are the accent-tinted ones) get the accent rule; a row whose cells draw borders of their own
     * (the totals) is left to them. Stateless, so one instance serves every table on every thread.
     */
    static final PdfPTableEvent RULES = (table, widths, heights, headerRows, rowStart, canvases) -> {
        // Over the cells' backgrounds and under their own borders, which are painted later, as before.
        PdfContentByte cb = canvases[PdfPTable.BACKGROUNDCANVAS];
        cb.saveState();
        cb.setLineCap(PdfContentByte.LINE_CAP_BUTT);
        cb.setLineJoin(PdfContentByte.LINE_JOIN_MITER);
        Color drawn = null;
        for (int i = 0; i < widths.length; i++) {
            // The document writes a page's rows from row 0 (its repeated headers first): row i is line i.
            PdfPCell first = firstCell(table.getRow(i));
            if (first == null || first.hasBorders()) continue;
            boolean head = ACCENT_TINT.equals(first.getBackgroundColor());
            Color color = head ? ACCENT : RULE;
            float width = head ? 0.8f : 0.4f;
            if (!color.equals(drawn)) {
                if (drawn != null) cb.stroke();
                cb.setLineWidth(width);
                cb.setColorStroke(color);
                drawn = color;
            }
            // Where a cell's bottom border lay: inside the row, half the rule's width above its bottom.
            float y = heights[i + 1] + width / 2;
            cb.moveTo(widths[i][0], y);
            cb.lineTo(widths[i][widths[i].length - 1], y);
        }
        if (drawn != null) cb.stroke();
        cb.restoreState();
    };

    private static PdfPCell firstCell(PdfPRow row) {
        if (row == null) return null;
        for (PdfPCell c : row.getCells()) if (c != null) return c;
        return null;
    }

    PdfPCell head(String text) {
        return head(text, Element.ALIGN_LEFT);
    }

    PdfPCell head(String text, int align) {
        PdfPCell c = base(new Phrase(text, cellHead), align);
        c.setBackgroundColor(ACCENT_TINT); // also what marks a header row for RULES
        return c;
    }

    PdfPCell text(String text) {
        return base(new Phrase(text, cell), Element.ALIGN_LEFT);
    }

    PdfPCell text(String text, Font font) {
        return base(new Phrase(text, font), Element.ALIGN_LEFT);
    }

    PdfPCell text(Phrase text) {
        return base(text, Element.ALIGN_LEFT);
    }

    PdfPCell number(String text) {
        return base(new Phrase(text, cell), Element.ALIGN_RIGHT);
    }

    PdfPCell number(String text, Font font) {
        return base(new Phrase(text, font), Element.ALIGN_RIGHT);
    }

    /** A tinted row that spans the table: a group heading inside a long table. */
    PdfPCell band(String text, int colspan) {
        return band(new Phrase(text, cellBold), colspan);
    }

    PdfPCell band(Phrase text, int colspan) {
        PdfPCell c = base(text, Element.ALIGN_LEFT);
        c.setColspan(colspan);
        c.setBackgroundColor(PAPER_TINT);
        return c;
    }

    /** A totals cell: an accent rule above it, drawn by the cell, so the table's RULES leave its row alone. */
    static PdfPCell total(PdfPCell c) {
        c.setBorder(Rectangle.TOP | Rectangle.BOTTOM);
        c.setBorderWidthTop(0.8f);
        c.setBorderColorTop(ACCENT);
        c.setBorderWidthBottom(0.4f);
        c.setBorderColorBottom(RULE);
        return c;
    }

    private static PdfPCell base(Phrase p, int align) {
        PdfPCell c = new PdfPCell(p);
        c.setHorizontalAlignment(align);
        c.setVerticalAlignment(Element.ALIGN_TOP);
        c.setPaddingTop(3);
        c.setPaddingBottom(4.5f);
        c.setPaddingLeft(SIDE_PADDING);
        c.setPaddingRight(SIDE_PADDING);
        c.setUseAscender(true);
        c.setBorder(Rectangle.NO_BORDER); // the table's RULES draw the rule under each row
        return c;
    }

    /**
     * The text, or where it would overflow {@code max} points its start and end joined by an
     * ellipsis: host names differ at their end ("core-frankfurt-am-main-07"), so the end stays.
     */
    static String fit(BaseFont font, String s, float size, float max) {
        if (font.getWidthPoint(s, size) <= max) return s;
        int keepEnd = Math.min(4, s.length() / 3);
        String end = s.substring(s.length() - keepEnd);
        String start = s.substring(0, s.length() - keepEnd);
        while (!start.isEmpty() && font.getWidthPoint(start + "…" + end, size) > max) start = start.substring(0, start.length() - 1);
        return start.isEmpty() ? "…" : start + "…" + end;
    }

    // ---- numbers: grouped thousands and no trailing zeros, as the decision log prints them ----

    static String n(long v) {
        return Numbers.format(v);
    }

    static String n(BigDecimal v) {
        return Numbers.format(v);
    }

    /** A share (0.5) as a percentage with one decimal ("50.0 %"), as the workbook shows it, so columns line up. */
    static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    // ---- fonts ----

    private static byte[] resource(String path) {
        try (InputStream in = Look.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("font " + path + " missing: is openpdf-fonts-extra on the class path?");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether both fonts draw every character of {@code text}: a character they lack is left out of the PDF silently. */
    static boolean printable(String text) {
        BaseFont[] fonts = FONTS.get();
        return text.chars().allMatch(c -> fonts[0].charExists(c) && fonts[1].charExists(c));
    }

    private static BaseFont font(String name, byte[] ttf) {
        try {
            // Not cached by OpenPDF: its cache would hand one instance to every thread.
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
            // Each document deflates its two font subsets (about 80 KB): the fastest level halves that
            // cost for 5 % more bytes. NO_COMPRESSION would save as much again, for 45 KB more per file.
            font.setCompressionLevel(Deflater.BEST_SPEED);
            return font;
        } catch (Exception e) {
            throw new IllegalStateException("cannot load font " + name, e);
        }
    }

    /** OpenPDF draws the 6-letter subset tag from SecureRandom.nextDouble(); this one repeats itself. */
    private static final class SeededRandom extends SecureRandom {
        private final Random random;

        SeededRandom(long seed) {
            super(new NoSpi(), null);
            random = new Random(seed);
        }

        @Override
        public double nextDouble() {
            return random.nextDouble();
        }
    }

    private static final class NoSpi extends SecureRandomSpi {
        @Override protected void engineSetSeed(byte[] seed) {}

        @Override protected void engineNextBytes(byte[] bytes) {
            throw new UnsupportedOperationException("only nextDouble is used");
        }

        @Override protected byte[] engineGenerateSeed(int n) {
            throw new UnsupportedOperationException("only nextDouble is used");
        }
    }
}
