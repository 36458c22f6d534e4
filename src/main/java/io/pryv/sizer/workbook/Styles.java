package io.pryv.sizer.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.EnumMap;
import java.util.Map;

/**
 * The cell styles of the result sheets, created once per workbook: Excel caps a file at 64 000
 * styles, and a style per cell would also bloat the file.
 */
final class Styles {

    enum Style {
        TITLE, NOTE, NOTE_WRAPPED, SECTION, HEADER, LABEL, GROUP,
        TEXT, INTEGER, DECIMAL, NAME_INTEGER, NAME_DECIMAL, PERCENT, DATE, ALERT,
        TOTAL_TEXT, TOTAL_INTEGER, TOTAL_DECIMAL,
        TICK
    }

    static final String FONT = "Calibri";
    // "_)" keeps a small space after right-aligned numbers, so they do not touch the text beside them.
    private static final String INTEGER_FORMAT = "#,##0_)";
    private static final String DECIMAL_FORMAT = "#,##0.0###_)";
    private static final byte[] WHITE = rgb(0xFF, 0xFF, 0xFF);
    private static final byte[] DARK_BLUE = rgb(0x1F, 0x4E, 0x79);
    private static final byte[] LIGHT_BLUE = rgb(0xDD, 0xEB, 0xF7);
    private static final byte[] LIGHT_GREY = rgb(0xF2, 0xF2, 0xF2);
    private static final byte[] BORDER_GREY = rgb(0xBF, 0xBF, 0xBF);
    private static final byte[] INPUT_YELLOW = rgb(0xFF, 0xF2, 0xCC);
    private static final byte[] DARK_RED = rgb(0xC0, 0x00, 0x00);
    private static final byte[] GREY_TEXT = rgb(0x59, 0x59, 0x59);

    private final Map<Style, XSSFCellStyle> styles = new EnumMap<>(Style.class);

    Styles(XSSFWorkbook book) {
        XSSFFont plain = font(book, 11, false, null);
        XSSFFont bold = font(book, 11, true, null);

        styles.put(Style.TITLE, text(book, font(book, 16, true, DARK_BLUE), false));
        XSSFFont grey = font(book, 10, false, GREY_TEXT);
        grey.setItalic(true);
        styles.put(Style.NOTE, text(book, grey, false));
        styles.put(Style.NOTE_WRAPPED, text(book, grey, true));
        styles.put(Style.SECTION, text(book, font(book, 12, true, DARK_BLUE), false));

        // White text on dark blue; thin white rules keep neighbouring headers (and group headers) apart.
        XSSFCellStyle header = boxed(text(book, font(book, 11, true, WHITE), true), WHITE);
        fill(header, DARK_BLUE);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        styles.put(Style.HEADER, header);

        // The other table cells are copies of a plain one: cheaper than setting their borders again, as
        // each border or fill setter searches all those of the workbook.
        XSSFCellStyle cell = boxed(text(book, plain, true), BORDER_GREY);
        styles.put(Style.TEXT, cell);
        styles.put(Style.LABEL, fill(copy(book, cell, bold), LIGHT_BLUE));
        styles.put(Style.GROUP, copy(book, styles.get(Style.LABEL), bold));
        styles.put(Style.INTEGER, number(copy(book, cell, plain), book, INTEGER_FORMAT));
        styles.put(Style.DECIMAL, number(copy(book, cell, plain), book, DECIMAL_FORMAT));
        // Numbers that are names (a port, a version): no thousands separator, the same space after them.
        styles.put(Style.NAME_INTEGER, number(copy(book, cell, plain), book, "0_)"));
        styles.put(Style.NAME_DECIMAL, number(copy(book, cell, plain), book, "0.0###_)"));
        styles.put(Style.PERCENT, number(copy(book, cell, plain), book, "0.0%_)"));
        styles.put(Style.DATE, number(copy(book, cell, plain), book, "yyyy-mm-dd_)"));
        styles.put(Style.ALERT, copy(book, cell, font(book, 11, true, DARK_RED)));
        XSSFCellStyle total = total(fill(copy(book, cell, bold), LIGHT_GREY));
        styles.put(Style.TOTAL_TEXT, total);
        styles.put(Style.TOTAL_INTEGER, number(copy(book, total, bold), book, INTEGER_FORMAT));
        styles.put(Style.TOTAL_DECIMAL, number(copy(book, total, bold), book, DECIMAL_FORMAT));

        // The one cell kind a reader fills in: unlocked, so it stays editable on a protected sheet.
        XSSFCellStyle tick = fill(copy(book, cell, bold), INPUT_YELLOW);
        tick.setAlignment(HorizontalAlignment.CENTER);
        tick.setLocked(false);
        styles.put(Style.TICK, tick);
    }

    XSSFCellStyle get(Style style) {
        return styles.get(style);
    }

    XSSFColor tabColour() {
        return new XSSFColor(DARK_BLUE);
    }

    private static XSSFFont font(XSSFWorkbook book, int points, boolean bold, byte[] colour) {
        XSSFFont f = book.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        if (colour != null) f.setColor(new XSSFColor(colour));
        return f;
    }

    /** Text outside a table: no border, top-aligned. */
    private static XSSFCellStyle text(XSSFWorkbook book, XSSFFont font, boolean wrap) {
        XSSFCellStyle s = book.createCellStyle();
        s.setFont(font);
        s.setWrapText(wrap);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    /** A table cell: thin border; long text wraps instead of spilling over. */
    private static XSSFCellStyle boxed(XSSFCellStyle s, byte[] borderColour) {
        XSSFColor border = new XSSFColor(borderColour);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setTopBorderColor(border);
        s.setBottomBorderColor(border);
        s.setLeftBorderColor(border);
        s.setRightBorderColor(border);
        return s;
    }

    private static XSSFCellStyle copy(XSSFWorkbook book, XSSFCellStyle of, XSSFFont font) {
        XSSFCellStyle s = book.createCellStyle();
        s.cloneStyleFrom(of);
        s.setFont(font);
        return s;
    }

    private static XSSFCellStyle fill(XSSFCellStyle s, byte[] colour) {
        s.setFillForegroundColor(new XSSFColor(colour));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return s;
    }

    private static XSSFCellStyle number(XSSFCellStyle s, XSSFWorkbook book, String format) {
        s.setDataFormat(book.createDataFormat().getFormat(format));
        s.setWrapText(false);
        return s;
    }

    /** Totals stand apart from the lines above them by a double rule. */
    private static XSSFCellStyle total(XSSFCellStyle s) {
        s.setBorderTop(BorderStyle.DOUBLE);
        s.setTopBorderColor(new XSSFColor(rgb(0x40, 0x40, 0x40)));
        return s;
    }

    private static byte[] rgb(int r, int g, int b) {
        return new byte[] {(byte) r, (byte) g, (byte) b};
    }
}
