package io.pryv.sizer.questionnaire;

import org.apache.poi.ss.formula.SheetNameFormatter;

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
        String f = QuestionnaireReader.printable(file);
        if (sheet == null) return f + ": " + QuestionnaireReader.printable(message);
        return f + ": " + QuestionnaireReader.printable(place(sheet, cell, field)) + ": " + QuestionnaireReader.printable(message);
    }

    /** {@code 'Data Production'!C5 (Write requests per second)}: a cell as problems and findings name it. */
    static String place(String sheet, String cell, String field) {
        return SheetNameFormatter.format(sheet) + "!" + cell + (field == null ? "" : " (" + field + ")");
    }
}
