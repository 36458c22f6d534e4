package io.pryv.sizer.questionnaire;

import io.pryv.sizer.files.ReproducibleXlsx;
import io.pryv.sizer.files.AtomicWrite;
import io.pryv.sizer.model.Numbers;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Question.Constraint;
import io.pryv.sizer.model.Question.Kind;
import io.pryv.sizer.model.Question.Sheet;
import io.pryv.sizer.model.Zone;
import io.pryv.sizer.xlsx.PageFooter;
import io.pryv.sizer.xlsx.Styles;
import io.pryv.sizer.xlsx.Styles.Style;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the blank questionnaire from {@link TemplateLayout}: one sheet of instructions, four input
 * sheets, defaults filled in, input cells yellow and unlocked, everything else locked. The bytes
 * depend only on the template version.
 */
public final class TemplateWriter {
    private TemplateWriter() {}

    // Column widths in characters: margin, metric, value, unit, then the meaning across four columns. The values
    // include names (customer, project, location) on one line: 40 shows about 45 characters of them. On the
    // Deployment sheet the zones block fills B to D and its growth block the meaning's four columns, one per year,
    // so the users of every year read on one line.
    private static final int[] INPUT_WIDTHS = {2, 30, 40, 20, 18, 18, 18, 18};
    /** The meaning spans from E to the last column. */
    private static final int MEANING_COLUMN = 4;
    private static final int LAST_COLUMN = INPUT_WIDTHS.length - 1;
    private static final int MEANING_WIDTH = Arrays.stream(INPUT_WIDTHS, MEANING_COLUMN, INPUT_WIDTHS.length).sum();
    private static final int[] INSTRUCTION_WIDTHS = {2, 22, 100};
    private static final short LINE_HEIGHT_PT = 15;

    /** {@code constants} are the rules' (key → value): the help texts cite some of them. */
    public static void write(Path out, Map<String, BigDecimal> constants) throws IOException {
        AtomicWrite.write(out, o -> write(o, constants));
    }

    public static void write(OutputStream out, Map<String, BigDecimal> constants) throws IOException {
        try (XSSFWorkbook wb = create(constants)) {
            ReproducibleXlsx.write(wb, TemplateLayout.TEMPLATE_CREATED, out);
        }
    }

    /** The blank template in memory, e.g. to fill in before saving with {@link ReproducibleXlsx}. */
    public static XSSFWorkbook create(Map<String, BigDecimal> constants) {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.getProperties().getCoreProperties().setTitle("Pryv.io sizing questionnaire " + TemplateLayout.TEMPLATE_VERSION);
        wb.getProperties().getCoreProperties().setCreator("Pryv.io procurement sizer");
        Styles styles = Styles.questionnaire(wb);
        for (Sheet s : Sheet.values()) {
            XSSFSheet sheet = wb.createSheet(s.sheetName);
            if (s == Sheet.INSTRUCTIONS) {
                writeInstructions(sheet, styles);
            } else {
                writeInputSheet(wb, sheet, s, styles, constants);
            }
            setUp(sheet);
        }
        wb.setActiveSheet(0);
        return wb;
    }

    private static void writeInputSheet(XSSFWorkbook wb, XSSFSheet sheet, Sheet s, Styles st,
                                        Map<String, BigDecimal> constants) {
        setWidths(sheet, INPUT_WIDTHS);
        title(sheet, s, st, LAST_COLUMN);
        XSSFRow header = sheet.createRow(TemplateLayout.HEADER_ROW - 1);
        // The load sheets list metrics; the others (customer, dates, margins, versions) plain items.
        boolean loads = s == Sheet.PRODUCTION || s == Sheet.CONSUMPTION;
        String[] heads = {loads ? "Metric" : "Item", "Your value", "Unit"};
        for (int i = 0; i < heads.length; i++) text(header, i + 1, heads[i], st.get(Style.HEADER));
        meaning(sheet, header, "Meaning", st.get(Style.HEADER));
        sheet.createFreezePane(0, TemplateLayout.HEADER_ROW);

        for (Question f : Question.values()) {
            if (f.sheet != s) continue;
            String meaning = f.meaning(constants);
            CellReference ref = new CellReference(f.cell);
            XSSFRow row = sheet.createRow(ref.getRow());
            text(row, 1, f.label, st.get(Style.LABEL));
            XSSFCell value = row.createCell(ref.getCol());
            value.setCellStyle(st.get(inputStyle(f.kind)));
            if (f.defaultValue != null) {
                if (f.kind == Kind.NUMBER || f.kind == Kind.WHOLE_NUMBER) {
                    value.setCellValue(new BigDecimal(f.defaultValue).doubleValue());
                } else {
                    value.setCellValue(f.defaultValue);
                }
            }
            text(row, 3, f.unit, st.get(Style.UNIT));
            meaning(sheet, row, meaning, st.get(Style.MEANING));
            fitHeight(row, meaning, MEANING_WIDTH);
            validate(sheet, constraint(sheet, f.kind, f.constraint, f.max, f.cell, f.choices()), new CellRangeAddressList(
                    ref.getRow(), ref.getRow(), ref.getCol(), ref.getCol()), f.label, meaning, f.expected(), f.max);
            name(wb, f.definedName, new CellReference(s.sheetName, ref.getRow(), ref.getCol(), true, true)
                    .formatAsString());
        }
        if (s == TemplateLayout.VERSION_SHEET) writeVersion(wb, sheet, st);
        if (s == TemplateLayout.ZONES_SHEET) writeZones(wb, sheet, st);
        if (s == Sheet.PLAN) writePlanNote(sheet, st);
    }

    /** Below the prices: they are optional, and what leaving them out means. */
    private static void writePlanNote(XSSFSheet sheet, Styles st) {
        int last = Question.PRICES.stream().mapToInt(q -> new CellReference(q.cell).getRow()).max().orElseThrow();
        String note = "Prices are optional: leave them all blank and the plan says what to buy each year, without costs. "
                + "The users of years 2 to " + Zone.GROWTH_YEARS + " go beside the zones on the Deployment sheet.";
        XSSFRow row = sheet.createRow(last + 2);
        text(row, 1, note, st.get(Style.NOTE));
        sheet.addMergedRegion(new CellRangeAddress(last + 2, last + 2, 1, LAST_COLUMN));
        fitHeight(row, note, Arrays.stream(INPUT_WIDTHS, 1, INPUT_WIDTHS.length).sum());
    }

    /** The meaning of a row, across the columns from E to the last. */
    private static void meaning(XSSFSheet sheet, XSSFRow row, String text, XSSFCellStyle style) {
        text(row, MEANING_COLUMN, text, style);
        for (int c = MEANING_COLUMN + 1; c <= LAST_COLUMN; c++) row.createCell(c).setCellStyle(style);
        sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), MEANING_COLUMN, LAST_COLUMN));
    }

    private static void writeVersion(XSSFWorkbook wb, XSSFSheet sheet, Styles st) {
        CellReference ref = new CellReference(TemplateLayout.VERSION_CELL);
        XSSFRow row = sheet.createRow(ref.getRow());
        text(row, 1, "Template version", st.get(Style.LABEL));
        text(row, ref.getCol(), TemplateLayout.TEMPLATE_VERSION, st.get(Style.FIXED));
        text(row, 3, "version", st.get(Style.UNIT));
        meaning(sheet, row, "Layout version of this workbook, set by the template. The sizer reads only this version.",
                st.get(Style.MEANING));
        name(wb, TemplateLayout.VERSION_NAME,
                new CellReference(sheet.getSheetName(), ref.getRow(), ref.getCol(), true, true).formatAsString());
    }

    private static void writeZones(XSSFWorkbook wb, XSSFSheet sheet, Styles st) {
        int first = TemplateLayout.ZONES_FIRST_ROW - 1; // 0-based
        int col = TemplateLayout.ZONES_FIRST_COLUMN;
        text(sheet.createRow(first - 3), 1, "Compliance zones", st.get(Style.SECTION));
        String intro = "One row per compliance zone: users of a zone keep their data on machines inside it. "
                + "A platform with a single location has one zone. Give the users of each zone as a total, "
                + "not per machine. Up to " + TemplateLayout.ZONE_ROWS + " zones; blank rows are skipped. "
                + "If a zone grows, give its users of the later years on its row (Users in year 2 to "
                + Zone.GROWTH_YEARS + "); a blank year keeps the users of the year before.";
        XSSFRow introRow = sheet.createRow(first - 2);
        text(introRow, 1, intro, st.get(Style.NOTE));
        sheet.addMergedRegion(new CellRangeAddress(first - 2, first - 2, 1, LAST_COLUMN));
        fitHeight(introRow, intro, Arrays.stream(INPUT_WIDTHS, 1, INPUT_WIDTHS.length).sum());
        XSSFRow header = sheet.createRow(first - 1);
        for (int i = 0; i < 3; i++) text(header, col + i, TemplateLayout.ZONE_HEADERS.get(i), st.get(Style.HEADER));
        int growth = TemplateLayout.GROWTH_FIRST_COLUMN;
        for (int i = 0; i < TemplateLayout.GROWTH_COLUMNS; i++) {
            text(header, growth + i, String.format(Locale.ROOT, TemplateLayout.GROWTH_HEADER, i + 2), st.get(Style.HEADER));
        }
        for (int r = first; r < first + TemplateLayout.ZONE_ROWS; r++) {
            XSSFRow row = sheet.createRow(r);
            row.createCell(col).setCellStyle(st.get(Style.INPUT_TEXT));
            row.createCell(col + 1).setCellStyle(st.get(Style.INPUT_TEXT));
            row.createCell(col + 2).setCellStyle(st.get(Style.INPUT_WHOLE));
            for (int i = 0; i < TemplateLayout.GROWTH_COLUMNS; i++) row.createCell(growth + i).setCellStyle(st.get(Style.INPUT_WHOLE));
        }
        int last = first + TemplateLayout.ZONE_ROWS - 1;
        Kind[] kinds = {Kind.TEXT, Kind.TEXT, Kind.WHOLE_NUMBER};
        Constraint[] bounds = {Constraint.NONE, Constraint.NONE, Constraint.AT_LEAST_ONE};
        BigDecimal[] maxima = {null, null, BigDecimal.valueOf(TemplateLayout.MAX_USERS)};
        for (int i = 0; i < 3; i++) {
            String topLeft = new CellReference(first, col + i).formatAsString();
            validate(sheet, constraint(sheet, kinds[i], bounds[i], maxima[i], topLeft, List.of()),
                    new CellRangeAddressList(first, last, col + i, col + i),
                    TemplateLayout.ZONE_HEADERS.get(i), TemplateLayout.ZONE_HELP.get(i),
                    Question.expected(kinds[i], bounds[i], null), maxima[i]);
        }
        for (int i = 0; i < TemplateLayout.GROWTH_COLUMNS; i++) {
            String topLeft = new CellReference(first, growth + i).formatAsString();
            BigDecimal max = BigDecimal.valueOf(TemplateLayout.MAX_USERS);
            validate(sheet, constraint(sheet, Kind.WHOLE_NUMBER, Constraint.AT_LEAST_ONE, max, topLeft, List.of()),
                    new CellRangeAddressList(first, last, growth + i, growth + i),
                    String.format(Locale.ROOT, TemplateLayout.GROWTH_HEADER, i + 2),
                    String.format(Locale.ROOT, TemplateLayout.GROWTH_HELP, i + 2),
                    Question.expected(Kind.WHOLE_NUMBER, Constraint.AT_LEAST_ONE, null), max);
        }
        name(wb, TemplateLayout.ZONES_NAME, "'" + sheet.getSheetName() + "'!$B$" + (first + 1) + ":$D$" + (last + 1));
        name(wb, TemplateLayout.GROWTH_NAME, "'" + sheet.getSheetName() + "'!"
                + new CellReference(first, growth, true, true).formatAsString() + ":"
                + new CellReference(last, growth + TemplateLayout.GROWTH_COLUMNS - 1, true, true).formatAsString());
        // LibreOffice prints only up to the last cell that holds something: without a print area the blank
        // template's paper ends at the zones' header, with nowhere to write a zone. Every row prints, so a
        // filled questionnaire never loses a zone on paper.
        wb.setPrintArea(wb.getSheetIndex(sheet), 0, LAST_COLUMN, 0, last);
        sheet.setRepeatingRows(new CellRangeAddress(first - 1, first - 1, -1, -1));
    }

    private static void writeInstructions(XSSFSheet sheet, Styles st) {
        setWidths(sheet, INSTRUCTION_WIDTHS);
        title(sheet, Sheet.INSTRUCTIONS, st, 2);
        String[][] paragraphs = {
                {"What this is", "This workbook gathers the business requirements of a planned Pryv.io platform. "
                        + "The Pryv.io procurement sizer reads it and proposes the machines to buy for Pryv.io v1 or v2: "
                        + "how many of each kind, with their processors, memory and disks."},
                {"Figures are PER USER", "Every load and volume figure is PER USER: what ONE typical user sends "
                        + "or reads, never the total of the platform. The sizer multiplies each figure by the "
                        + "users of every zone and then adds the safety margin."},
                {"How to fill it in", "1. Project: who the platform is for and the date of the figures.\n"
                        + "2. Platform: the Pryv.io version to size, v1 or v2, and the options of v2.\n"
                        + "3. Data Production: what one user writes, at peak and per day.\n"
                        + "4. Data Consumption: what one user reads, at peak and per day.\n"
                        + "5. Deployment: margins, software versions, and one row per compliance zone with its users, "
                        + "those of later years beside them if the zone grows.\n"
                        + "6. Plan: how many years to plan for and, optionally, the prices to cost each year."},
                {"Defaults", "Cells that already hold a value carry the default of the sizing model: keep it "
                        + "unless you know better. A default cell left blank counts as its default; a required "
                        + "cell left blank is an error."},
                {"Checks", "Select an input cell to see its meaning and unit. Values are checked as you type; "
                        + "the sizer checks them again and lists every problem at once, with its sheet and cell."},
                {"Protection", "The sheets are protected without a password so that the layout stays as the "
                        + "sizer expects: only input cells can be changed. Please do not rename sheets or "
                        + "move cells."},
        };
        int r = 3;
        for (String[] p : paragraphs) {
            XSSFRow row = sheet.createRow(r++);
            text(row, 1, p[0], st.get(Style.SECTION));
            text(row, 2, p[1], st.get(Style.BODY));
            fitHeight(row, p[1], INSTRUCTION_WIDTHS[2]);
        }
        XSSFRow legendTitle = sheet.createRow(r++);
        text(legendTitle, 1, "Colours", st.get(Style.SECTION));
        text(legendTitle, 2, "What the cell colours mean:", st.get(Style.BODY));
        XSSFRow input = sheet.createRow(r++);
        text(input, 1, "Your value", st.get(Style.LEGEND_INPUT));
        text(input, 2, "Yellow with a border: an input cell, type or choose your value here.", st.get(Style.BODY));
        XSSFRow fixed = sheet.createRow(r++);
        text(fixed, 1, TemplateLayout.TEMPLATE_VERSION, st.get(Style.FIXED));
        text(fixed, 2, "Grey: set by the template, locked.", st.get(Style.BODY));
        XSSFRow plain = sheet.createRow(r++);
        text(plain, 1, "Label", st.get(Style.LABEL));
        text(plain, 2, "White: labels, units and explanations, locked.", st.get(Style.BODY));
        r++;
        XSSFRow version = sheet.createRow(r);
        text(version, 1, "Template version", st.get(Style.SECTION));
        text(version, 2, TemplateLayout.TEMPLATE_VERSION + ". The sizer reads questionnaires of this version and of the earlier "
                + String.join(", ", TemplateLayout.READ_VERSIONS.subList(0, TemplateLayout.READ_VERSIONS.size() - 1)) + ".",
                st.get(Style.BODY));
    }

    private static void title(XSSFSheet sheet, Sheet s, Styles st, int lastColumn) {
        XSSFRow title = sheet.createRow(0);
        title.setHeightInPoints(24);
        text(title, 1, s.title, st.get(Style.TITLE));
        text(sheet.createRow(1), 1, s.subtitle, st.get(Style.NOTE));
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 1, lastColumn));
    }

    /** Every sheet locked without a password, printed landscape one page wide. */
    private static void setUp(XSSFSheet sheet) {
        sheet.enableLocking(); // sheetProtection sheet="1" and no password hash: opens without a prompt
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.setDisplayGridlines(false);
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        PageFooter.apply(sheet);   // loose printed pages of a filled questionnaire still say which they are
    }

    /** The check Excel applies as the user types; {@code cell} is the top-left cell it is written for. */
    private static DataValidationConstraint constraint(XSSFSheet sheet, Kind kind, Constraint bound, BigDecimal max,
                                                       String cell, List<String> choices) {
        XSSFDataValidationHelper h = new XSSFDataValidationHelper(sheet);
        String min = bound == Constraint.AT_LEAST_ONE ? "1" : "0";
        String top = max == null ? null : max.toPlainString();
        return switch (kind) {
            case TEXT -> h.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL,
                    String.valueOf(TemplateLayout.MAX_TEXT_LENGTH), null);
            case VERSION_TEXT -> h.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL,
                    String.valueOf(TemplateLayout.MAX_VERSION_LENGTH), null);
            case CURRENCY -> h.createTextLengthConstraint(OperatorType.EQUAL, "3", null);
            case DATE -> h.createDateConstraint(OperatorType.BETWEEN, excelDate(TemplateLayout.FIRST_DATE),
                    excelDate(TemplateLayout.LAST_DATE), null);
            // A range check cannot say "above 0", so that one is a formula.
            case NUMBER -> bound == Constraint.ABOVE_ZERO
                    ? h.createCustomConstraint("AND(ISNUMBER(" + cell + ")," + cell + ">0," + cell + "<=" + top + ")")
                    : h.createDecimalConstraint(OperatorType.BETWEEN, min, top);
            case WHOLE_NUMBER -> h.createIntegerConstraint(OperatorType.BETWEEN, min, top);
            case YES_NO -> h.createExplicitListConstraint(new String[] {"Yes", "No"});
            case CHOICE -> h.createExplicitListConstraint(choices.toArray(String[]::new));
        };
    }

    private static String excelDate(java.time.LocalDate d) {
        return "=DATE(" + d.getYear() + "," + d.getMonthValue() + "," + d.getDayOfMonth() + ")";
    }

    private static void validate(XSSFSheet sheet, DataValidationConstraint c, CellRangeAddressList cells,
                                 String title, String prompt, String expected, BigDecimal max) {
        DataValidation v = new XSSFDataValidationHelper(sheet).createValidation(c, cells);
        v.setEmptyCellAllowed(true); // blank is judged by the reader: default or required
        v.setShowPromptBox(true);
        v.createPromptBox(title, prompt);
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox("Invalid value", errorText(c, expected, max));
        v.setSuppressDropDownArrow(true); // XSSF: "true" shows the drop-down arrow of a list
        sheet.addValidationData(v);
    }

    private static String errorText(DataValidationConstraint c, String expected, BigDecimal max) {
        if (c.getValidationType() == DataValidationConstraint.ValidationType.TEXT_LENGTH) {
            return "Please enter " + expected + ", at most " + c.getFormula1() + " characters.";
        }
        if (max != null) return "Please enter " + expected + ", at most " + Numbers.format(max.longValueExact()) + ".";
        return "Please enter " + expected + ".";
    }

    private static void name(XSSFWorkbook wb, String definedName, String reference) {
        Name n = wb.createName();
        n.setNameName(definedName);
        n.setRefersToFormula(reference);
    }

    private static Style inputStyle(Kind kind) {
        return switch (kind) {
            case NUMBER -> Style.INPUT_NUMBER;
            case WHOLE_NUMBER -> Style.INPUT_WHOLE;
            case DATE -> Style.INPUT_DATE;
            default -> Style.INPUT_TEXT;
        };
    }

    private static void text(XSSFRow row, int col, String value, XSSFCellStyle style) {
        XSSFCell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    private static void setWidths(XSSFSheet sheet, int[] widths) {
        for (int i = 0; i < widths.length; i++) sheet.setColumnWidth(i, widths[i] * 256);
    }

    /** Row height for wrapped text, estimated from its length: no font metrics, so no machine dependence. */
    private static void fitHeight(XSSFRow row, String text, int widthChars) {
        int lines = 0;
        for (String line : text.split("\n")) lines += Math.max(1, (int) Math.ceil(line.length() / (widthChars * 1.2)));
        row.setHeightInPoints(Math.max(1, lines) * LINE_HEIGHT_PT + 3);
    }
}
