package io.pryv.sizer.questionnaire;

import io.pryv.sizer.model.Numbers;
import io.pryv.sizer.model.Question.Constraint;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Question.Kind;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.Pxg;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import static io.pryv.sizer.questionnaire.InputProblem.printable;
import static io.pryv.sizer.questionnaire.InputProblem.shorten;

/**
 * Reads one cell of a workbook for what it must hold (a field of {@link TemplateLayout}, a zone's name or
 * users) and gives its value, or a {@link Bad} saying what was expected and what was found.
 *
 * <p>Numbers are read as the user typed them: a cell's double is turned into a decimal with at most
 * 15 significant digits, as Excel shows it, so 0.02 reads as exactly 0.02. A text cell holding a
 * plain decimal number such as "12" or "0.5" is accepted as that number; text with thousands
 * separators or a decimal comma ("12,000", "0,05") is refused rather than guessed, as either could
 * mean the other in another country. A field in percent whose cell is formatted as a percentage
 * counts for the percentage shown: 0.3 shown as 30% is 30. A blank cell that has a default takes it;
 * a blank required cell is a problem.
 *
 * <p>Formulas are never computed here: a formula cell counts for the result the spreadsheet program saved
 * with it, as computing a stranger's formulas can take hours or all memory (=REPT(REPT("x",30000),30000)).
 */
final class CellReader {
    /** Excel's longest formula. */
    static final int MAX_FORMULA_LENGTH = 8192;

    private static final MathContext EXCEL_DIGITS = new MathContext(15);
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");
    /** One comma or point then three digits, 1,250 or 12.000: thousands in one language, decimals in another. */
    private static final Pattern AMBIGUOUS_NUMBER = Pattern.compile("[-+]?[1-9]\\d{0,2}[,.]\\d{3}");
    /** Digits grouped by thousands with commas, apostrophes, spaces or several points, perhaps a decimal point: 12,000,000 or 1'234.5. */
    private static final Pattern GROUPED_NUMBER =
            Pattern.compile("[-+]?[1-9]\\d{0,2}(([,'’ \u00A0\u202F]\\d{3})+(\\.\\d+)?|(\\.\\d{3}){2,})");
    /** A decimal comma, perhaps after digits grouped with points or spaces: 0,05 or 1.234,5. */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?(\\d{1,3}([.'’ \u00A0\u202F]\\d{3})+|\\d*),\\d+");
    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+){0,3}");
    /** An ISO 4217 code as written: three capital letters A to Z. */
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final XSSFWorkbook wb;
    /** A cell's formula has named a link to another workbook, so the whole-file check need not. */
    private boolean linkReported;

    CellReader(XSSFWorkbook wb) {
        this.wb = wb;
    }

    boolean linkReported() {
        return linkReported;
    }

    /**
     * The value of one field, its default in the file's layout {@code version} when blank; Bad when it
     * cannot be used.
     */
    Object value(Question f, Cell cell, String version) throws Bad {
        CellValue v = valueOf(cell, f.kind == Kind.TEXT);
        if (v == null) {
            if (f.required) throw new Missing(f.label + " is required, but the cell is blank");
            return meant(f, version);
        }
        return switch (f.kind) {
            case TEXT -> typedText(v, TemplateLayout.MAX_TEXT_LENGTH);
            case VERSION_TEXT -> version(v, f);
            case DATE -> date(v, cell, f);
            case NUMBER -> number(v, cell, f.kind, f.constraint, f.max, f.inPercent());
            case WHOLE_NUMBER -> wholeNumber(v, cell, f.constraint, f.max);
            case YES_NO -> choice(v, List.of("Yes", "No"), f);
            case CHOICE -> choice(v, f.choices(), f);
            case CURRENCY -> currency(v, f);
        };
    }

    /** What a blank cell of {@code f} means in layout {@code version}: its default, or blank. */
    static Object meant(Question f, String version) {
        String meant = TemplateLayout.defaultIn(f, version);
        if (meant == null) return f.kind == Kind.WHOLE_NUMBER || f.kind == Kind.NUMBER ? null : "";
        return f.kind == Kind.NUMBER || f.kind == Kind.WHOLE_NUMBER ? new BigDecimal(meant) : meant;
    }

    /**
     * What the cell shows; null for a blank cell or blank text. A formula counts for the result
     * saved with it and is never computed here; a free-text cell must hold typed text, as a formula
     * there (=HYPERLINK(…)) would travel on into the result workbook.
     */
    CellValue valueOf(Cell cell, boolean typedTextOnly) throws Bad {
        if (cell == null) return null;
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            XSSFCell x = (XSSFCell) cell;
            String formula = formulaText(x);
            if (typedTextOnly) throw new Bad("expected a typed text, found the formula " + formula + "; type the text itself");
            if (refersToOtherWorkbook(x)) {
                linkReported = true;
                throw new Bad("the formula " + formula + " refers to another workbook; type the value instead");
            }
            if (!hasSavedResult(x)) {
                throw new Bad("the formula " + formula + " has no saved result; open the file in Excel or "
                        + "LibreOffice, save it, and try again");
            }
            type = cell.getCachedFormulaResultType();
            if (type == CellType.ERROR) throw new Bad("the formula " + formula + " gives the error " + errorText(x));
        } else if (type == CellType.ERROR) {
            throw new Bad("the cell holds the error " + errorText((XSSFCell) cell));
        }
        CellValue v = switch (type) {
            case NUMERIC -> new CellValue(cell.getNumericCellValue());
            case STRING -> new CellValue(cell.getStringCellValue());
            case BOOLEAN -> CellValue.valueOf(cell.getBooleanCellValue());
            default -> null;
        };
        if (v == null || v.getCellType() == CellType.STRING && v.getStringValue().isBlank()) return null;
        return v;
    }

    /**
     * A formula's result as saved: none when the cell has no value, or an empty one, which POI would
     * read as 0 or FALSE (openpyxl writes {@code <c r="C5"><f>1/0</f><v/></c>}, openpyxl/cell/_writer.py).
     * Only a text result may be empty: Excel and LibreOffice save a formula giving "" as t="str" with
     * {@code <v/>} (umya-spreadsheet pull request 357).
     */
    private static boolean hasSavedResult(XSSFCell cell) {
        if (!cell.getCTCell().isSetV()) return false;
        return !cell.getCTCell().getV().isBlank() || cell.getCTCell().getT() == STCellType.STR;
    }

    private static String formulaText(XSSFCell cell) {
        String f = cell.getCTCell().isSetF() ? cell.getCTCell().getF().getStringValue() : "";
        return f.isEmpty() ? "(shared with the cells around)" : "=" + printable(shorten(f));
    }

    private static String errorText(XSSFCell cell) {
        return printable(shorten(cell.getErrorCellString()));
    }

    /** Even when the other workbook happens to be at hand, its values are not part of this file. */
    private boolean refersToOtherWorkbook(XSSFCell cell) {
        if (wb.getExternalLinksTables().isEmpty()) return false; // nothing to refer to
        String formula = cell.getCTCell().getF().getStringValue();
        if (formula.length() > MAX_FORMULA_LENGTH) return false; // the whole-file check reports the link
        try {
            Ptg[] tokens = FormulaParser.parse(formula, XSSFEvaluationWorkbook.create(wb),
                    FormulaType.CELL, wb.getSheetIndex(cell.getSheet()));
            for (Ptg t : tokens) if (t instanceof Pxg x && x.getExternalWorkbookNumber() > 0) return true;
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            return false; // unparsable or nested too deep: the whole-file check reports the link
        }
    }

    /** A cell's text: numbers as Excel shows them, booleans as TRUE/FALSE, text trimmed. */
    static String text(CellValue v) {
        if (v == null) return "";
        return switch (v.getCellType()) {
            case NUMERIC -> plain(decimal(v.getNumberValue()));
            case BOOLEAN -> v.getBooleanValue() ? "TRUE" : "FALSE";
            default -> v.getStringValue().trim();
        };
    }

    /**
     * Text for a name or location: line breaks and tabs become spaces; other control characters
     * (which could rewrite a terminal's screen) and broken characters are refused, as is text longer than
     * {@code max}.
     */
    static String typedText(CellValue v, int max) throws Bad {
        String s = text(v).replaceAll("\\s*[\\r\\n\\t]\\s*", " ");
        if (s.length() > max) {
            throw new Bad("expected a text of at most " + max + " characters, found " + s.length() + " characters");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean brokenPair = Character.isHighSurrogate(c)
                    ? i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(++i))
                    : Character.isLowSurrogate(c);
            if (Character.isISOControl(c) || brokenPair || c == '\uFFFE' || c == '\uFFFF') {
                throw new Bad("expected a plain text, found a control or broken character in " + found(v));
            }
        }
        return s;
    }

    private static String version(CellValue v, Question f) throws Bad {
        if (v.getCellType() == CellType.NUMERIC) {
            throw new Bad("expected " + f.expected() + ", found the number " + found(v)
                    + "; type it as text (start with an apostrophe: '" + f.example + ") so that it keeps every digit");
        }
        String s = text(v);
        if (s.length() > TemplateLayout.MAX_VERSION_LENGTH || !VERSION.matcher(s).matches()) {
            throw new Bad("expected " + f.expected() + ", found " + found(v));
        }
        return s;
    }

    /** Three capital letters, as typed: "chf" or "Fr." is refused rather than guessed at. */
    private static String currency(CellValue v, Question f) throws Bad {
        String s = text(v);
        if (v.getCellType() != CellType.STRING || !CURRENCY.matcher(s).matches()) {
            throw new Bad("expected " + f.expected() + ", found " + found(v));
        }
        return s;
    }

    private LocalDate date(CellValue v, Cell cell, Question f) throws Bad {
        LocalDate d = null;
        if (v.getCellType() == CellType.NUMERIC) {
            double serial = v.getNumberValue();
            // A whole number below 10,000 (2024) is a year or a count typed in, even in a date-formatted
            // cell: as a date it would fall before 1928, and the user would not recognise it.
            boolean typedNumber = serial == Math.rint(serial) && Math.abs(serial) < 10_000;
            if (isDateFormatted(cell) && !typedNumber) d = excelDate(serial, wb.isDate1904());
            if (d == null) {
                String number = typedNumber ? plain(decimal(serial)) : found(v);
                throw new Bad("expected " + f.expected() + ", found "
                        + (Double.isFinite(serial) ? "the number " + number + ", not a date" : number));
            }
        } else if (v.getCellType() == CellType.STRING && v.getStringValue().length() <= 20) {
            try {
                d = LocalDate.parse(v.getStringValue().trim());
            } catch (DateTimeException e) {
                // reported below
            }
        }
        if (d == null) throw new Bad("expected " + f.expected() + ", found " + found(v));
        if (d.isBefore(TemplateLayout.FIRST_DATE) || d.isAfter(TemplateLayout.LAST_DATE)) {
            throw new Bad("expected a date from " + TemplateLayout.FIRST_DATE + " to " + TemplateLayout.LAST_DATE
                    + ", found " + d);
        }
        return d;
    }

    /** The day of an Excel date serial, or null when it is none (Excel's dates end in 9999). */
    private static LocalDate excelDate(double serial, boolean date1904) {
        if (!(serial >= 0 && serial < 2_958_466)) return null;
        return DateUtil.getLocalDateTime(serial, date1904).toLocalDate();
    }

    private static String choice(CellValue v, List<String> allowed, Question f) throws Bad {
        String s = v.getCellType() == CellType.STRING ? v.getStringValue().trim() : null;
        for (String a : allowed) if (a.equalsIgnoreCase(s)) return a;
        throw new Bad("expected " + f.expected() + ", found " + found(v));
    }

    /**
     * A number within its bounds: the lower one of its constraint, and {@code max}. In {@code percent}, a
     * percent-formatted cell counts for what it shows (0.3 shown as 30% is 30), and text may end in %.
     */
    private BigDecimal number(CellValue v, Cell cell, Kind kind, Constraint bound, BigDecimal max, boolean percent)
            throws Bad {
        String expected = "expected " + Question.expected(kind, bound, null) + ", found ";
        BigDecimal n;
        if (v.getCellType() == CellType.NUMERIC) {
            if (!Double.isFinite(v.getNumberValue())) throw new Bad(expected + "a value that is not a finite number");
            LocalDate day = cell.getCellType() != CellType.FORMULA && isDateFormatted(cell)
                    ? excelDate(v.getNumberValue(), wb.isDate1904()) : null;
            if (day != null) throw new Bad(expected + "the date " + day);
            n = decimal(v.getNumberValue());
            if (percent && isPercentFormatted(cell)) n = normalise(n.movePointRight(2));
        } else if (v.getCellType() == CellType.STRING && v.getStringValue().length() <= 40) {
            String s = v.getStringValue().trim();
            if (percent && s.endsWith("%")) s = s.substring(0, s.length() - 1).trim();
            if (AMBIGUOUS_NUMBER.matcher(s).matches()) {   // never guessed
                throw new Bad(expected + "the text " + found(v) + ", which is a thousand times larger in some "
                        + "languages than in others: type the number without separators, with a decimal point if it has decimals");
            } else if (PLAIN_NUMBER.matcher(s).matches()) {
                n = normalise(new BigDecimal(s));
            } else if (GROUPED_NUMBER.matcher(s).matches()) {
                throw new Bad(expected + "the text " + found(v) + ": type the number without separators");
            } else if (DECIMAL_COMMA.matcher(s).matches()) {
                throw new Bad(expected + "the text " + found(v)
                        + ": type it with a decimal point, or as a number in your spreadsheet's own format");
            } else {
                throw new Bad(expected + found(v));
            }
        } else {
            throw new Bad(expected + found(v));
        }
        boolean ok = switch (bound) {
            case NONE -> true;
            case AT_LEAST_ZERO -> n.signum() >= 0;
            case ABOVE_ZERO -> n.signum() > 0;
            case AT_LEAST_ONE -> n.compareTo(BigDecimal.ONE) >= 0;
        };
        if (!ok) throw new Bad(expected + show(n));
        if (max != null && n.compareTo(max) > 0) {
            String what = kind == Kind.WHOLE_NUMBER ? "a whole number" : "a number";
            throw new Bad("expected " + what + " ≤ " + Numbers.format(max.longValueExact()) + ", found " + show(n));
        }
        return n;
    }

    BigDecimal wholeNumber(CellValue v, Cell cell, Constraint bound, BigDecimal max) throws Bad {
        BigDecimal n = number(v, cell, Kind.WHOLE_NUMBER, bound, max, false);
        if (n.scale() > 0) {
            throw new Bad("expected " + Question.expected(Kind.WHOLE_NUMBER, bound, null) + ", found " + show(n));
        }
        return n;
    }

    /**
     * Formatted as a percentage (0%, 0.00%): Excel shows 0.3 there as 30%. A % in quotes or after a
     * backslash is only shown.
     */
    private static boolean isPercentFormatted(Cell cell) {
        try {
            String format = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
            return format != null && format.replaceAll("\"[^\"]*\"|\\\\.", "").contains("%");
        } catch (RuntimeException e) {
            return false; // a style the file does not define
        }
    }

    private static boolean isDateFormatted(Cell cell) {
        try {
            return cell.getCellStyle() != null
                    && DateUtil.isADateFormat(cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
        } catch (RuntimeException e) {
            return false; // a style the file does not define
        }
    }

    /** What a cell holds, for a message: text in quotes, shortened, control characters shown as codes. */
    private static String found(CellValue v) {
        return switch (v.getCellType()) {
            case NUMERIC -> Double.isFinite(v.getNumberValue()) ? show(decimal(v.getNumberValue())) : "not a number";
            case BOOLEAN -> v.getBooleanValue() ? "TRUE" : "FALSE";
            default -> {
                String s = v.getStringValue();
                yield "\"" + printable(s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
            }
        };
    }

    /** A cell's double as Excel shows it: 15 significant digits, no trailing zeros. */
    static BigDecimal decimal(double v) {
        return normalise(new BigDecimal(Double.toString(v)).round(EXCEL_DIGITS));
    }

    private static BigDecimal normalise(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static String plain(BigDecimal n) {
        return n.toPlainString();
    }

    /** A number for a message: grouped as the limits are (12,000), in E notation when very long (1E+308). */
    private static String show(BigDecimal n) {
        String p = n.toPlainString();
        if (p.length() > 24) return n.stripTrailingZeros().toString();
        return n.scale() <= 12 ? Numbers.format(n) : p; // Numbers rounds beyond 12 decimals
    }

    /** A cell's value that cannot be used; the message says what was expected and what was found. */
    static class Bad extends Exception {
        Bad(String message) {
            super(message, null, false, false);
        }
    }

    /** A required cell left blank: the message itself starts with the field's label. */
    static final class Missing extends Bad {
        Missing(String message) {
            super(message);
        }
    }
}
