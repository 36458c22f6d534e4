package io.pryv.sizer.workbook;

import io.pryv.sizer.model.Costs;
import io.pryv.sizer.xlsx.PageFooter;
import io.pryv.sizer.xlsx.Styles;
import io.pryv.sizer.xlsx.Styles.Style;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes one result sheet top to bottom: titles, tables, totals. It measures what it writes so
 * that column widths and the heights of wrapped rows come from the content (POI's autoSizeColumn
 * is slow on long sheets and depends on the fonts of the machine that runs it). Widths are in
 * Excel's unit, the width of a digit; {@link #width} estimates text in that unit.
 *
 * <p>The sheet's settings (widths, merges, panes, printing) go through POI, its rows do not: POI's
 * object model of a cell costs tens of times more than the cell's XML, which is written here
 * directly (as POI's streaming SXSSF does, without its need of the machine's fonts). Strings are
 * inline, not shared. {@link io.pryv.sizer.files.ReproducibleXlsx} puts the rows into the sheet.
 */
final class SheetWriter {
    /** A fraction shown as a percentage (0.5 → 50.0%). */
    record Pct(BigDecimal fraction) {}

    /** An amount of money, exact: shown rounded half up to cents ({@link Costs#cents}), with two decimals. */
    record Amount(BigDecimal exact) {}

    /** A value with a style other than its type's default. */
    record Styled(Object value, Style style) {}

    /** A value written across {@code columns} merged cells. */
    record Merged(Object value, int columns) {}

    private static final double DEFAULT_CAP = 40;
    private static final double MIN_WIDTH = 5;
    private static final double BOLD = 1.07;
    /** Room a cell keeps between its text and its borders, in digit widths. */
    private static final double PADDING = 2;
    private static final float LINE_POINTS = 15f;
    /** Above this total width (in digits) a sheet prints in landscape. */
    private static final double PORTRAIT_WIDTH = 120;
    /**
     * What a landscape page holds at the scale a portrait page of {@link #PORTRAIT_WIDTH} prints at
     * (A4 with Excel's default margins: 10.3 inches of line in landscape, 6.9 in portrait).
     */
    private static final double LANDSCAPE_WIDTH = 180;

    /** A row written: its cells' XML in {@link #cells} from {@code from} to {@code to}; its height, 0 for the default. */
    private static final class Line {
        final int index;
        int from;   // set late for the note, written once the sheet's width is known
        int to;
        float height;

        Line(int index, int from) {
            this.index = index;
            this.from = from;
        }
    }

    /** A cell whose text may need more than one line, checked once the widths are known. */
    private record Wrapped(Line line, int firstCol, int lastCol, String text, boolean bold) {}

    private final XSSFSheet sheet;
    private final Styles styles;
    private final Map<XSSFSheet, String> rows;
    private final boolean date1904;
    private int next;
    private int lastCol;
    private double[] widths = new double[32];
    private double[] caps = new double[32];
    private int[] sameWidth;
    private int keptColumns;
    private boolean filtered;
    private final List<Wrapped> wrapped = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private final StringBuilder cells = new StringBuilder(4096);
    /** A line of text outside the tables, written by {@link #finish}: it spills over the cells beside it, or wraps. */
    private record Note(Line line, String text) {}

    /** The line under the title and any line under the last table. */
    private final List<Note> notes = new ArrayList<>();

    /** {@link #finish} leaves the XML of the sheet's rows in {@code rows}, to be written with the workbook. */
    SheetWriter(XSSFSheet sheet, Styles styles, Map<XSSFSheet, String> rows) {
        this.sheet = sheet;
        this.styles = styles;
        this.rows = rows;
        this.date1904 = sheet.getWorkbook().isDate1904();
        Arrays.fill(caps, DEFAULT_CAP);
    }

    XSSFSheet sheet() { return sheet; }

    /** Index of the row the next call writes. */
    int nextRow() { return next; }

    /** Widest a column may grow, in digit widths; longer text wraps. */
    SheetWriter cap(int col, int width) {
        ensure(col);
        caps[col] = width;
        return this;
    }

    /** Columns {@code first} to {@code last} get the width of the widest: a series (years) reads as one. */
    SheetWriter sameWidth(int first, int last) {
        ensure(last);
        sameWidth = new int[] {first, last};
        return this;
    }

    /**
     * A sheet wider than a landscape page prints over as many pages wide as it takes to stay readable,
     * {@code columns} first columns on each, instead of shrinking to one page wide.
     */
    SheetWriter acrossPages(int columns) {
        keptColumns = columns;
        return this;
    }

    /** The sheet's title, an optional line that says how to read it, and a blank line. */
    void title(String title, String note) {
        outside(Style.RESULT_TITLE, title).height = 22;
        if (note != null) notes.add(new Note(endLine(startLine()), note));
        next++;
    }

    /** A line of text under the table just written, after a blank line: what the table leaves out, say. */
    void noteBelow(String text) {
        next++;
        notes.add(new Note(endLine(startLine()), text));
    }

    /** A heading above a table; leaves a blank row before it unless one is there already. */
    void section(String text) {
        if (!lines.isEmpty() && lines.get(lines.size() - 1).index == next - 1) next++;
        outside(Style.RESULT_SECTION, text).height = 18;
    }

    /** Column headers, each a text or a {@link Merged} text; a header may take two lines. */
    void header(Object... names) {
        Line line = startLine();
        int col = 0;
        for (Object name : names) {
            int span = name instanceof Merged m ? m.columns() : 1;
            String text = name instanceof Merged m ? (String) m.value() : (String) name;
            text(line, col, Style.RESULT_HEADER, text);
            if (text.isEmpty()) {   // a blank run of a group header row: styled, not merged across the frozen column
                for (int c = col + 1; c < col + span; c++) blank(line, c, Style.RESULT_HEADER);
            } else {
                merge(line, col, span, Style.RESULT_HEADER);
            }
            if (span == 1) measure(col, BOLD * twoLines(text));
            wrapped.add(new Wrapped(line, col, col + span - 1, text, true));
            col += span;
        }
        endLine(line);
    }

    /** A table line: each value takes the style of its type (text, whole number, decimal, date, percentage). */
    void row(Object... values) {
        line(false, values);
    }

    /** A totals line: bold, shaded, ruled off from the lines above. */
    void total(Object... values) {
        line(true, values);
    }

    /** A label, its value and an optional comment on one line, for summaries; returns the value's absolute reference. */
    String field(String label, Object value, String comment) {
        int row = next;
        if (comment == null) line(false, new Styled(label, Style.RESULT_LABEL), value);
        else line(false, new Styled(label, Style.RESULT_LABEL), value, comment);
        return new CellReference(sheet.getSheetName(), row, 1, true, true).formatAsString();
    }

    /** Keeps every row written so far, and {@code cols} columns, in view while scrolling. */
    void freeze(int cols) {
        sheet.createFreezePane(cols, next);
    }

    /** For a sheet of several tables with their own headers: the first column only, as no header suits every line. */
    void freezeFirstColumn() {
        sheet.createFreezePane(1, 0);
    }

    /**
     * Prints the rows from {@code firstRow} to the last one written at the top of every page after the
     * one they are on (Excel and LibreOffice repeat them from there on): the header of a sheet's last table.
     */
    void repeatOnEveryPage(int firstRow) {
        sheet.setRepeatingRows(CellRangeAddress.valueOf((firstRow + 1) + ":" + next));
    }

    /**
     * Excel's filter buttons on the header at {@code headerRow} and the lines written below it, over its
     * first {@code columns} columns: usable on the protected sheet. A sheet has one filter: its last table's.
     */
    void filter(int headerRow, int columns) {
        sheet.setAutoFilter(new CellRangeAddress(headerRow, next - 1, 0, columns - 1));
        filtered = true;
    }

    /** Column widths, wrapped row heights, page setup and protection, once every row is written; then the rows. */
    void finish() {
        if (sameWidth != null) {
            double widest = 0;
            for (int c = sameWidth[0]; c <= sameWidth[1]; c++) widest = Math.max(widest, widths[c]);
            Arrays.fill(widths, sameWidth[0], sameWidth[1] + 1, widest);
        }
        double total = 0;
        for (int c = 0; c < widths.length; c++) {
            if (widths[c] == 0) continue;
            widths[c] = Math.max(MIN_WIDTH, Math.min(widths[c], caps[c])) + PADDING;
            total += widths[c];
            sheet.setColumnWidth(c, (int) Math.round(widths[c] * 256));
        }
        for (Note n : notes) writeNote(n, width(n.text()) > total - PADDING);
        for (Wrapped w : wrapped) {
            double width = -PADDING;
            for (int c = w.firstCol(); c <= w.lastCol(); c++) width += c < widths.length ? widths[c] : 0;
            int lines = lines(w.text(), width, w.bold());
            float points = lines == 1 ? LINE_POINTS : lines * LINE_POINTS + 2;
            float height = w.line().height > 0 ? w.line().height : sheet.getDefaultRowHeightInPoints();
            if (points > height) w.line().height = points;
        }

        sheet.setTabColor(styles.tabColour());   // result tabs stand apart from the questionnaire's
        sheet.setDisplayGridlines(false);
        sheet.setPrintGridlines(false);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(total > PORTRAIT_WIDTH);
        int pages = 1;
        if (keptColumns > 0 && total > LANDSCAPE_WIDTH) {
            double kept = 0;
            for (int c = 0; c < keptColumns; c++) kept += widths[c];
            pages = (int) Math.ceil((total - kept) / (LANDSCAPE_WIDTH - kept));
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, keptColumns - 1));
            print.setLeftToRight(true);   // a row's later columns before the rows below
        }
        print.setFitWidth((short) pages);
        print.setFitHeight((short) 0);
        PageFooter.apply(sheet);

        // Protected without a password against accidental edits; unlocked cells stay editable.
        sheet.enableLocking();
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        if (filtered) sheet.lockAutoFilter(false);

        if (lines.isEmpty()) return;
        StringBuilder xml = new StringBuilder(cells.length() + 40 * lines.size());
        for (Line line : lines) {
            xml.append("<row r=\"").append(line.index + 1).append('"');
            if (line.height > 0) xml.append(" ht=\"").append(line.height).append("\" customHeight=\"1\"");
            xml.append('>').append(cells, line.from, line.to).append("</row>");
        }
        rows.put(sheet, xml.toString());
        sheet.setDimensionOverride(new CellRangeAddress(lines.get(0).index, lines.get(lines.size() - 1).index, 0, lastCol));
    }

    /**
     * A note, at the end of the XML, where its line points. It spills over the empty cells beside it; one longer
     * than the sheet is wide would be cut at the edge of the printed page, so it is merged over every column
     * instead, and wraps there.
     */
    private void writeNote(Note note, boolean wrap) {
        Line line = note.line();
        line.from = cells.length();
        text(line, 0, wrap ? Style.RESULT_NOTE_WRAPPED : Style.RESULT_NOTE, note.text());
        if (wrap) {
            merge(line, 0, lastCol + 1, Style.RESULT_NOTE_WRAPPED);
            wrapped.add(new Wrapped(line, 0, lastCol, note.text(), false));
        }
        line.to = cells.length();
    }

    /** Text above the tables: it spills over the empty cells beside it, so it sets no width. */
    private Line outside(Style style, String text) {
        Line line = startLine();
        text(line, 0, style, text);
        return endLine(line);
    }

    private void line(boolean total, Object... values) {
        Line line = startLine();
        int col = 0;
        for (Object value : values) {
            int span = value instanceof Merged m ? m.columns() : 1;
            put(line, col, value instanceof Merged m ? m.value() : value, total, span);
            col += span;
        }
        endLine(line);
    }

    private void put(Line line, int col, Object value, boolean total, int span) {
        Style style = null;
        if (value instanceof Styled s) {
            style = s.style();
            value = s.value();
        }
        double width;
        if (value == null) {
            style = style != null ? style : total ? Style.TOTAL_TEXT : Style.TEXT;
            blank(line, col, style);
            width = 0;
        } else if (value instanceof String text) {
            // Always a string cell: text that looks like a formula ("=HYPERLINK(…)") stays text.
            style = style != null ? style : total ? Style.TOTAL_TEXT : Style.TEXT;
            text(line, col, style, text);
            boolean bold = style != Style.TEXT;
            width = (bold ? BOLD : 1) * longestLine(text);
            if (span > 1 || width > capOf(col) || text.indexOf('\n') >= 0) {
                wrapped.add(new Wrapped(line, col, col + span - 1, text, bold));
            }
        } else if (value instanceof Pct p) {
            style = style != null ? style : Style.PERCENT;
            number(line, col, style, p.fraction().doubleValue());
            width = 8;
        } else if (value instanceof Amount a) {
            BigDecimal cents = Costs.cents(a.exact());
            style = style != null ? style : total ? Style.TOTAL_AMOUNT : Style.AMOUNT;
            number(line, col, style, cents.doubleValue());
            width = (total ? BOLD : 1) * (digits(cents, true) + 3.6);   // ".00", and the "_)" space
        } else if (value instanceof LocalDate d) {
            style = style != null ? style : Style.DATE;
            number(line, col, style, DateUtil.getExcelDate(d.atStartOfDay(), date1904));
            width = 11;
        } else {
            BigDecimal n = number(value);
            boolean whole = n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
            Style numberStyle = whole ? (total ? Style.TOTAL_INTEGER : Style.INTEGER)
                                      : (total ? Style.TOTAL_DECIMAL : Style.DECIMAL);
            style = style != null ? style : numberStyle;
            number(line, col, style, n.doubleValue());
            width = (total ? BOLD : 1) * (digits(n, whole) + 0.6);   // 0.6: the "_)" space
        }
        if (span == 1) measure(col, width);
        merge(line, col, span, style);
    }

    private void merge(Line line, int col, int span, Style style) {
        if (span == 1) return;
        for (int c = col + 1; c < col + span; c++) blank(line, c, style);
        // Unchecked: each merge is within one row, so none overlaps another, and checking each against
        // all the others costs the square of their number.
        sheet.addMergedRegionUnsafe(new CellRangeAddress(line.index, line.index, col, col + span - 1));
    }

    // --- the rows' XML, as in a worksheet's <sheetData>; cells in column order

    private Line startLine() {
        Line line = new Line(next++, cells.length());
        lines.add(line);
        return line;
    }

    private Line endLine(Line line) {
        line.to = cells.length();
        return line;
    }

    private void text(Line line, int col, Style style, String text) {
        if (text.length() > SpreadsheetVersion.EXCEL2007.getMaxTextLength()) {
            throw new IllegalArgumentException("a cell holds at most 32767 characters, not " + text.length());
        }
        cell(line, col, style).append(" t=\"inlineStr\"><is><t");
        if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)))) {
            cells.append(" xml:space=\"preserve\"");
        }
        cells.append('>');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> cells.append("&lt;");
                case '>' -> cells.append("&gt;");
                case '&' -> cells.append("&amp;");
                case '\r' -> cells.append("&#13;");   // a raw one would be read as a line feed
                case '\n', '\t' -> cells.append(c);
                // Characters XML cannot carry become "?", as POI writes them.
                default -> cells.append(c < ' ' || c == '\uFFFE' || c == '\uFFFF' ? '?' : c);
            }
        }
        cells.append("</t></is></c>");
    }

    private void number(Line line, int col, Style style, double value) {
        cell(line, col, style).append("><v>").append(value).append("</v></c>");
    }

    private void blank(Line line, int col, Style style) {
        cell(line, col, style).append("/>");
    }

    /** The start of a cell's element, up to its attributes. */
    private StringBuilder cell(Line line, int col, Style style) {
        lastCol = Math.max(lastCol, col);
        return cells.append("<c r=\"").append(CellReference.convertNumToColString(col)).append(line.index + 1)
                .append("\" s=\"").append(styles.get(style).getIndex() & 0xffff).append('"');
    }

    private static BigDecimal number(Object value) {
        if (value instanceof BigDecimal b) return b;
        if (value instanceof Long || value instanceof Integer) return BigDecimal.valueOf(((Number) value).longValue());
        throw new IllegalArgumentException("no cell type for " + value.getClass().getName());
    }

    /** Characters the number formats print: digits, thousands separators, up to 4 decimals. */
    private static int digits(BigDecimal n, boolean whole) {
        BigDecimal abs = n.abs();
        int digits = Math.max(1, abs.precision() - abs.scale());
        int chars = digits + (digits - 1) / 3 + (n.signum() < 0 ? 1 : 0);
        if (!whole) chars += 1 + Math.min(4, Math.max(1, abs.stripTrailingZeros().scale()));
        return chars;
    }

    private void measure(int col, double width) {
        ensure(col);
        widths[col] = Math.max(widths[col], width);
    }

    private double capOf(int col) {
        return col < caps.length ? caps[col] : DEFAULT_CAP;
    }

    private void ensure(int col) {
        if (col >= widths.length) {
            int size = Math.max(col + 1, widths.length * 2);
            widths = Arrays.copyOf(widths, size);
            int old = caps.length;
            caps = Arrays.copyOf(caps, size);
            Arrays.fill(caps, old, size, DEFAULT_CAP);
        }
    }

    /**
     * Width of a text in digit widths, for Calibri (and its metric twin Carlito): most letters are
     * about a digit wide, capitals a fifth wider, m and w wider still, i, l, spaces and punctuation
     * about half. Measured once from the font; good to a few percent on ordinary text.
     */
    static double width(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            w += switch (c) {   // a switch: this runs for every character of every cell
                case 'i', 'j', 'l', 'I', '.', ',', ':', ';', '\'', '!', '|', ' ' -> 0.5;
                case 't', 'r', 'f', '(', ')', '[', ']', '/', '-' -> 0.67;
                case 'c', 's' -> 0.82;
                case 'm', 'w', 'M', 'W' -> 1.65;
                default -> Character.isUpperCase(c) ? 1.2 : 1;
            };
        }
        return w;
    }

    /** Lines a text takes in a column {@code width} digits wide, wrapping at spaces as Excel does. */
    static int lines(String text, double width, boolean bold) {
        double room = Math.max(1, bold ? width / BOLD : width);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            double used = 0;
            for (String word : paragraph.split(" ")) {
                double w = width(word);
                double space = used > 0 ? width(" ") : 0;
                if (used > 0 && used + space + w > room) {
                    lines++;
                    used = 0;
                    space = 0;
                }
                used += space + w;
                while (used > room) {   // a word longer than the column breaks inside it
                    lines++;
                    used -= room;
                }
            }
        }
        return lines;
    }

    /** Narrowest width that shows a header on at most two lines: the best single break between words. */
    private static double twoLines(String text) {
        double best = width(text);
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            best = Math.min(best, Math.max(width(text.substring(0, i)), width(text.substring(i + 1))));
        }
        return best;
    }

    private static double longestLine(String text) {
        double longest = 0;
        for (String line : text.split("\n", -1)) longest = Math.max(longest, width(line));
        return longest;
    }
}
