package io.pryv.sizer.questionnaire;

import org.apache.poi.ss.formula.SheetNameFormatter;

import java.util.Locale;

/**
 * One thing wrong with a questionnaire. {@code sheet} and {@code cell} are null for a problem of the
 * whole file; {@code cell} is in A1 form without $ (a range such as B17:D116 for the zones block).
 * {@code field} names what the cell holds (Safety margin, Users of zone 1); null when the message
 * already names it, or for a problem of no one field.
 */
public record InputProblem(String file, String sheet, String cell, String field, String message) {

    /** A problem of a cell whose message says what the cell is, or of a range. */
    public InputProblem(String file, String sheet, String cell, String message) {
        this(file, sheet, cell, null, message);
    }

    /** A problem of the whole file, not of one cell. */
    public static InputProblem ofFile(String file, String message) {
        return new InputProblem(file, null, null, message);
    }

    /**
     * {@code clinic.xlsx: 'Data Production'!C5 (Write requests per second): expected a number ≥ 0, found "abc"},
     * the sheet quoted as Excel does; one line, whatever control characters the file or sheet name holds.
     */
    @Override
    public String toString() {
        String f = printable(file);
        if (sheet == null) return f + ": " + printable(message);
        return f + ": " + printable(place(sheet, cell, field)) + ": " + printable(message);
    }

    /** {@code 'Data Production'!C5 (Write requests per second)}: a cell as problems and findings name it. */
    static String place(String sheet, String cell, String field) {
        return SheetNameFormatter.format(sheet) + "!" + cell + (field == null ? "" : " (" + field + ")");
    }

    /** Control characters as \\u001B, so that a message stays one line and cannot drive the terminal. */
    static String printable(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) out.append(String.format(Locale.ROOT, "\\u%04X", c));
            else out.appendCodePoint(c);
        });
        return out.toString();
    }

    /** The first line of an exception's message, short enough for one line of output. */
    static String reason(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int eol = m.indexOf('\n');
        return shorten(eol < 0 ? m : m.substring(0, eol).strip());
    }

    static String shorten(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
