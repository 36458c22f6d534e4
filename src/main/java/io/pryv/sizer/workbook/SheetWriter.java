package io.pryv.sizer.workbook;

import io.pryv.sizer.workbook.Styles.Style;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes one result sheet top to bottom: titles, tables, totals. It measures what it writes so
 * that column widths and the heights of wrapped rows come from the content (POI's autoSizeColumn
 * is slow on long sheets and depends on the fonts of the machine that runs it). Widths are in
 * Excel's unit, the width of a digit; {@link #width} estimates text in that unit.
 */
final class SheetWriter {
    /** A fraction shown as a percentage (0.5 → 50.0%). */
    record Pct(BigDecimal fraction) {}

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

    /** A cell whose text may need more than one line, checked once the widths are known. */
    private record Wrapped(int row, int firstCol, int lastCol, String text, boolean bold) {}

    private final XSSFSheet sheet;
    private final Styles styles;
    private int next;
    private double[] widths = new double[32];
    private double[] caps = new double[32];
    private final List<Wrapped> wrapped = new ArrayList<>();

    SheetWriter(XSSFSheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
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

    /** The sheet's title, an optional line that says how to read it, and a blank line. */
    void title(String title, String note) {
        outside(Style.TITLE, title).setHeightInPoints(22);
        if (note != null) outside(Style.NOTE, note);
        next++;
    }

    /** A heading above a table; leaves a blank row before it unless one is there already. */
    void section(String text) {
        if (next > 0 && sheet.getRow(next - 1) != null) next++;
        outside(Style.SECTION, text).setHeightInPoints(18);
    }

    /** Column headers, each a text or a {@link Merged} text; a header may take two lines. */
    void header(Object... names) {
        XSSFRow row = sheet.createRow(next++);
        int col = 0;
        for (Object name : names) {
            int span = name instanceof Merged m ? m.columns() : 1;
            String text = name instanceof Merged m ? (String) m.value() : (String) name;
            XSSFCell cell = row.createCell(col);
            cell.setCellValue(text);
            cell.setCellStyle(styles.get(Style.HEADER));
            if (text.isEmpty()) {   // a blank run of a group header row: styled, not merged across the frozen column
                for (int c = col + 1; c < col + span; c++) row.createCell(c).setCellStyle(cell.getCellStyle());
            } else {
                merge(row, col, span);
            }
            if (span == 1) measure(col, BOLD * twoLines(text));
            wrapped.add(new Wrapped(row.getRowNum(), col, col + span - 1, text, true));
            col += span;
        }
    }

    /** A table line: each value takes the style of its type (text, whole number, decimal, date, percentage). */
    XSSFRow row(Object... values) {
        return line(false, values);
    }

    /** A totals line: bold, shaded, ruled off from the lines above. */
    XSSFRow total(Object... values) {
        return line(true, values);
    }

    /** A label, its value and an optional comment on one line, for summaries; returns the value's cell. */
    XSSFCell field(String label, Object value, String comment) {
        XSSFRow row = comment == null ? line(false, new Styled(label, Style.LABEL), value)
                                      : line(false, new Styled(label, Style.LABEL), value, comment);
        return row.getCell(1);
    }

    /** Keeps every row written so far, and {@code cols} columns, in view while scrolling. */
    void freeze(int cols) {
        sheet.createFreezePane(cols, next);
    }

    /** Prints the rows from {@code firstRow} to the last one written at the top of every page. */
    void repeatOnEveryPage(int firstRow) {
        sheet.setRepeatingRows(CellRangeAddress.valueOf((firstRow + 1) + ":" + next));
    }

    /** Column widths, wrapped row heights, page setup and protection, once every row is written. */
    void finish() {
        double total = 0;
        for (int c = 0; c < widths.length; c++) {
            if (widths[c] == 0) continue;
            widths[c] = Math.max(MIN_WIDTH, Math.min(widths[c], caps[c])) + PADDING;
            total += widths[c];
            sheet.setColumnWidth(c, (int) Math.round(widths[c] * 256));
        }
        for (Wrapped w : wrapped) {
            double width = -PADDING;
            for (int c = w.firstCol(); c <= w.lastCol(); c++) width += c < widths.length ? widths[c] : 0;
            int lines = lines(w.text(), width, w.bold());
            XSSFRow row = sheet.getRow(w.row());
            float points = lines == 1 ? LINE_POINTS : lines * LINE_POINTS + 2;
            if (points > row.getHeightInPoints()) row.setHeightInPoints(points);
        }

        sheet.setTabColor(styles.tabColour());   // result tabs stand apart from the questionnaire's
        sheet.setDisplayGridlines(false);
        sheet.setPrintGridlines(false);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(total > PORTRAIT_WIDTH);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.getFooter().setLeft("&A");
        sheet.getFooter().setRight("Page &P of &N");

        // Protected without a password against accidental edits; unlocked cells stay editable.
        sheet.enableLocking();
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
    }

    static String reference(XSSFCell cell) {
        return new CellReference(cell.getSheet().getSheetName(), cell.getRowIndex(), cell.getColumnIndex(), true, true)
                .formatAsString();
    }

    /** Text above the tables: it spills over the empty cells beside it, so it sets no width. */
    private XSSFRow outside(Style style, String text) {
        XSSFRow row = sheet.createRow(next++);
        XSSFCell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(styles.get(style));
        return row;
    }

    private XSSFRow line(boolean total, Object... values) {
        XSSFRow row = sheet.createRow(next++);
        int col = 0;
        for (Object value : values) {
            int span = value instanceof Merged m ? m.columns() : 1;
            put(row, col, value instanceof Merged m ? m.value() : value, total, span);
            col += span;
        }
        return row;
    }

    private void put(XSSFRow row, int col, Object value, boolean total, int span) {
        Style style = null;
        if (value instanceof Styled s) {
            style = s.style();
            value = s.value();
        }
        XSSFCell cell = row.createCell(col);
        double width;
        if (value == null) {
            style = style != null ? style : total ? Style.TOTAL_TEXT : Style.TEXT;
            width = 0;
        } else if (value instanceof String text) {
            // Always a string cell: text that looks like a formula ("=HYPERLINK(…)") stays text.
            cell.setCellValue(text);
            style = style != null ? style : total ? Style.TOTAL_TEXT : Style.TEXT;
            boolean bold = style != Style.TEXT;
            width = (bold ? BOLD : 1) * longestLine(text);
            if (span > 1 || width > capOf(col) || text.indexOf('\n') >= 0) {
                wrapped.add(new Wrapped(row.getRowNum(), col, col + span - 1, text, bold));
            }
        } else if (value instanceof Pct p) {
            cell.setCellValue(p.fraction().doubleValue());
            style = style != null ? style : Style.PERCENT;
            width = 8;
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            style = style != null ? style : Style.DATE;
            width = 11;
        } else {
            BigDecimal n = number(value);
            boolean whole = n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
            cell.setCellValue(n.doubleValue());
            Style numberStyle = whole ? (total ? Style.TOTAL_INTEGER : Style.INTEGER)
                                      : (total ? Style.TOTAL_DECIMAL : Style.DECIMAL);
            style = style != null ? style : numberStyle;
            width = (total ? BOLD : 1) * (digits(n, whole) + 0.6);   // 0.6: the "_)" space
        }
        cell.setCellStyle(styles.get(style));
        if (span == 1) measure(col, width);
        merge(row, col, span);
    }

    private void merge(XSSFRow row, int col, int span) {
        if (span == 1) return;
        for (int c = col + 1; c < col + span; c++) row.createCell(c).setCellStyle(row.getCell(col).getCellStyle());
        sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), col, col + span - 1));
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
            if ("ijlI.,:;'!| ".indexOf(c) >= 0) w += 0.5;
            else if ("trf()[]/-".indexOf(c) >= 0) w += 0.67;
            else if ("cs".indexOf(c) >= 0) w += 0.82;
            else if ("mwMW".indexOf(c) >= 0) w += 1.65;
            else if (Character.isUpperCase(c)) w += 1.2;
            else w += 1;
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
