package io.pryv.sizer.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/**
 * The palette of the tool's workbooks, the questionnaire (template and examples) and the results (result
 * sheets and batch summary) alike: each colour, font and number format is defined here once, so that one
 * meaning looks the same in both (yellow: a cell the reader fills in; dark blue: headings and headers).
 * A workbook registers the looks of its kind once, not a style per cell: Excel caps a file at 64 000
 * styles, the reader refuses more than 60 000, and a style per cell would also bloat the file.
 */
public final class Styles {

    /** Every look of a cell. A workbook holds those of its kind, {@link #questionnaire} or {@link #results}. */
    public enum Style {
        // The questionnaire's
        TITLE, NOTE, HEADER, SECTION, LABEL, UNIT, MEANING, BODY,
        INPUT_TEXT, INPUT_NUMBER, INPUT_WHOLE, INPUT_DATE, FIXED, LEGEND_INPUT,
        // The results'
        RESULT_TITLE, RESULT_NOTE, RESULT_NOTE_WRAPPED, RESULT_SECTION, RESULT_HEADER, RESULT_LABEL, GROUP,
        TEXT, INTEGER, DECIMAL, NAME_INTEGER, NAME_DECIMAL, PERCENT, DATE, ALERT, AMOUNT,
        TOTAL_TEXT, TOTAL_INTEGER, TOTAL_DECIMAL, TOTAL_AMOUNT,
        TICK
    }

    enum Colour {
        WHITE(0xFF, 0xFF, 0xFF),
        /** Titles, headings, header rows and the result tabs. */
        DARK_BLUE(0x1F, 0x4E, 0x79),
        /** The labels of the result tables. */
        LIGHT_BLUE(0xDD, 0xEB, 0xF7),
        /** Totals. */
        LIGHT_GREY(0xF2, 0xF2, 0xF2),
        /** What the template sets and nobody changes. */
        FIXED_GREY(0xE7, 0xE6, 0xE6),
        /** A cell the reader fills in: the questionnaire's answers, the checklists' ticks. */
        INPUT_YELLOW(0xFF, 0xF2, 0xCC),
        /** The questionnaire's cell borders. */
        FORM_BORDER(0xA6, 0xA6, 0xA6),
        /** The result tables' cell borders. */
        TABLE_BORDER(0xBF, 0xBF, 0xBF),
        /** The double rule above totals. */
        TOTAL_RULE(0x40, 0x40, 0x40),
        DARK_RED(0xC0, 0x00, 0x00),
        GREY_TEXT(0x59, 0x59, 0x59);

        private final byte[] rgb;

        Colour(int r, int g, int b) {
            this.rgb = new byte[] {(byte) r, (byte) g, (byte) b};
        }

        XSSFColor xssf() {
            return new XSSFColor(rgb.clone());
        }
    }

    /** Every font names its face: LibreOffice shows a workbook's default font in its own face. */
    enum Font {
        PLAIN(11, false, false, null),
        BOLD(11, true, false, null),
        TITLE(16, true, false, Colour.DARK_BLUE),
        /** The result sheets' section headings. */
        HEADING(12, true, false, Colour.DARK_BLUE),
        /** The questionnaire's section headings. */
        SUBHEADING(11, true, false, Colour.DARK_BLUE),
        HEADER(11, true, false, Colour.WHITE),
        /** The questionnaire's notes. */
        NOTE(11, false, true, Colour.GREY_TEXT),
        /** The result sheets' notes. */
        SMALL_NOTE(10, false, true, Colour.GREY_TEXT),
        ALERT(11, true, false, Colour.DARK_RED);

        static final String FACE = "Calibri";
        private final int points;
        private final boolean bold;
        private final boolean italic;
        private final Colour colour;

        Font(int points, boolean bold, boolean italic, Colour colour) {
            this.points = points;
            this.bold = bold;
            this.italic = italic;
            this.colour = colour;
        }

        /** A new font in {@code book}: a workbook creates each of its fonts once, with its styles. */
        XSSFFont create(XSSFWorkbook book) {
            XSSFFont f = book.createFont();
            f.setFontName(FACE);
            f.setFontHeightInPoints((short) points);
            f.setBold(bold);
            f.setItalic(italic);
            if (colour != null) f.setColor(colour.xssf());
            return f;
        }
    }

    enum Format {
        /** Text kept as typed, not read as a number or a date. */
        INPUT_TEXT("@"),
        INPUT_DATE("yyyy-mm-dd"),
        /**
         * Counts grouped (10,000,000 users), so that a digit too many or too few shows; the check as the
         * user types refuses a fraction, so the format hides none.
         */
        INPUT_WHOLE("#,##0"),
        // In the results, "_)" keeps a small space after right-aligned numbers, so they do not touch the text beside them.
        INTEGER("#,##0_)"),
        DECIMAL("#,##0.0###_)"),
        /** Numbers that are names (a port, a version): no thousands separator. */
        NAME_INTEGER("0_)"),
        NAME_DECIMAL("0.0###_)"),
        PERCENT("0.0%_)"),
        /** Money: always two decimals, the cents (the amount is rounded to them). */
        AMOUNT("#,##0.00_)"),
        DATE("yyyy-mm-dd_)");

        final String code;

        Format(String code) {
            this.code = code;
        }

        short in(XSSFWorkbook book) {
            return book.createDataFormat().getFormat(code);
        }
    }

    private final Map<Style, XSSFCellStyle> styles = new EnumMap<>(Style.class);

    private Styles() {}

    /** The looks of a questionnaire: input cells yellow and unlocked, what the template sets grey, the rest locked. */
    public static Styles questionnaire(XSSFWorkbook wb) {
        XSSFFont plain = Font.PLAIN.create(wb);
        // No look uses it; it stays so that the fonts of the committed template and examples keep their numbers.
        Font.BOLD.create(wb);
        XSSFFont title = Font.TITLE.create(wb);
        XSSFFont section = Font.SUBHEADING.create(wb);
        XSSFFont white = Font.HEADER.create(wb);
        XSSFFont grey = Font.NOTE.create(wb);
        short textFormat = Format.INPUT_TEXT.in(wb);
        short dateFormat = Format.INPUT_DATE.in(wb);
        short wholeFormat = Format.INPUT_WHOLE.in(wb);

        Styles m = new Styles();
        for (Style s : EnumSet.range(Style.TITLE, Style.LEGEND_INPUT)) {
            XSSFCellStyle c = wb.createCellStyle();
            c.setVerticalAlignment(VerticalAlignment.TOP);
            c.setLocked(true);
            c.setFont(plain);
            switch (s) {
                case TITLE -> c.setFont(title);
                case NOTE -> {
                    c.setFont(grey);
                    c.setWrapText(true);
                }
                case HEADER -> {
                    c.setFont(white);
                    fill(c, Colour.DARK_BLUE);
                    border(c, Colour.FORM_BORDER);
                }
                case SECTION -> c.setFont(section);
                case LABEL -> border(c, Colour.FORM_BORDER);
                case UNIT -> {   // indented: a right-aligned answer beside it would touch its first letter
                    border(c, Colour.FORM_BORDER);
                    c.setAlignment(HorizontalAlignment.LEFT);   // Excel and LibreOffice indent only aligned text
                    c.setIndention((short) 1);
                }
                case MEANING, BODY -> {
                    c.setWrapText(true);
                    if (s == Style.MEANING) border(c, Colour.FORM_BORDER);
                }
                case INPUT_TEXT, INPUT_NUMBER, INPUT_WHOLE, INPUT_DATE, LEGEND_INPUT -> {
                    fill(c, Colour.INPUT_YELLOW);
                    border(c, Colour.FORM_BORDER);
                    c.setLocked(s == Style.LEGEND_INPUT); // the legend only shows the look
                    if (s == Style.INPUT_TEXT) c.setDataFormat(textFormat);
                    if (s == Style.INPUT_DATE) c.setDataFormat(dateFormat);
                    if (s == Style.INPUT_WHOLE) c.setDataFormat(wholeFormat);
                }
                case FIXED -> {
                    fill(c, Colour.FIXED_GREY);
                    border(c, Colour.FORM_BORDER);
                    c.setDataFormat(textFormat);
                }
            }
            m.styles.put(s, c);
        }
        return m;
    }

    /** The looks of the result sheets and of the batch summary. */
    public static Styles results(XSSFWorkbook book) {
        Styles m = new Styles();
        Map<Style, XSSFCellStyle> styles = m.styles;
        XSSFFont plain = Font.PLAIN.create(book);
        XSSFFont bold = Font.BOLD.create(book);

        styles.put(Style.RESULT_TITLE, text(book, Font.TITLE.create(book), false));
        XSSFFont grey = Font.SMALL_NOTE.create(book);
        styles.put(Style.RESULT_NOTE, text(book, grey, false));
        styles.put(Style.RESULT_NOTE_WRAPPED, text(book, grey, true));
        styles.put(Style.RESULT_SECTION, text(book, Font.HEADING.create(book), false));

        // White text on dark blue; thin white rules keep neighbouring headers (and group headers) apart.
        XSSFCellStyle header = border(text(book, Font.HEADER.create(book), true), Colour.WHITE);
        fill(header, Colour.DARK_BLUE);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        styles.put(Style.RESULT_HEADER, header);

        // The other table cells are copies of a plain one: cheaper than setting their borders again, as
        // each border or fill setter searches all those of the workbook.
        XSSFCellStyle cell = border(text(book, plain, true), Colour.TABLE_BORDER);
        styles.put(Style.TEXT, cell);
        styles.put(Style.RESULT_LABEL, fill(copy(book, cell, bold), Colour.LIGHT_BLUE));
        styles.put(Style.GROUP, copy(book, styles.get(Style.RESULT_LABEL), bold));
        styles.put(Style.INTEGER, number(copy(book, cell, plain), book, Format.INTEGER));
        styles.put(Style.DECIMAL, number(copy(book, cell, plain), book, Format.DECIMAL));
        styles.put(Style.NAME_INTEGER, number(copy(book, cell, plain), book, Format.NAME_INTEGER));
        styles.put(Style.NAME_DECIMAL, number(copy(book, cell, plain), book, Format.NAME_DECIMAL));
        styles.put(Style.PERCENT, number(copy(book, cell, plain), book, Format.PERCENT));
        styles.put(Style.DATE, number(copy(book, cell, plain), book, Format.DATE));
        styles.put(Style.AMOUNT, number(copy(book, cell, plain), book, Format.AMOUNT));
        styles.put(Style.ALERT, copy(book, cell, Font.ALERT.create(book)));
        XSSFCellStyle total = total(fill(copy(book, cell, bold), Colour.LIGHT_GREY));
        styles.put(Style.TOTAL_TEXT, total);
        styles.put(Style.TOTAL_INTEGER, number(copy(book, total, bold), book, Format.INTEGER));
        styles.put(Style.TOTAL_DECIMAL, number(copy(book, total, bold), book, Format.DECIMAL));
        styles.put(Style.TOTAL_AMOUNT, number(copy(book, total, bold), book, Format.AMOUNT));

        // The one cell kind a reader fills in: unlocked, so it stays editable on a protected sheet.
        XSSFCellStyle tick = fill(copy(book, cell, bold), Colour.INPUT_YELLOW);
        tick.setAlignment(HorizontalAlignment.CENTER);
        tick.setLocked(false);
        styles.put(Style.TICK, tick);
        return m;
    }

    public XSSFCellStyle get(Style style) {
        XSSFCellStyle s = styles.get(style);
        if (s == null) throw new IllegalArgumentException(style + " is not a look of this kind of workbook");
        return s;
    }

    /** The colour of the result tabs, so that they stand apart from the questionnaire's. */
    public XSSFColor tabColour() {
        return Colour.DARK_BLUE.xssf();
    }

    /** Text outside a table: no border, top-aligned. */
    private static XSSFCellStyle text(XSSFWorkbook book, XSSFFont font, boolean wrap) {
        XSSFCellStyle s = book.createCellStyle();
        s.setFont(font);
        s.setWrapText(wrap);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    /** A table cell: thin border. */
    private static XSSFCellStyle border(XSSFCellStyle s, Colour colour) {
        XSSFColor border = colour.xssf();
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

    private static XSSFCellStyle fill(XSSFCellStyle s, Colour colour) {
        s.setFillForegroundColor(colour.xssf());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return s;
    }

    /** A number does not wrap: it would break mid-figure. */
    private static XSSFCellStyle number(XSSFCellStyle s, XSSFWorkbook book, Format format) {
        s.setDataFormat(format.in(book));
        s.setWrapText(false);
        return s;
    }

    /** Totals stand apart from the lines above them by a double rule. */
    private static XSSFCellStyle total(XSSFCellStyle s) {
        s.setBorderTop(BorderStyle.DOUBLE);
        s.setTopBorderColor(Colour.TOTAL_RULE.xssf());
        return s;
    }
}
