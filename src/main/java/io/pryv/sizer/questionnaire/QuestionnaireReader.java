package io.pryv.sizer.questionnaire;

import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.Zone;
import io.pryv.sizer.questionnaire.TemplateLayout.Constraint;
import io.pryv.sizer.questionnaire.TemplateLayout.Field;
import io.pryv.sizer.questionnaire.TemplateLayout.Kind;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.formula.eval.NotImplementedException;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.Pxg;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a filled questionnaire by its defined names, checks every input against
 * {@link TemplateLayout}, and reports all problems of the file at once.
 *
 * <p>Numbers are read as the user typed them: a cell's double is turned into a decimal with at most
 * 15 significant digits, as Excel shows it, so 0.02 reads as exactly 0.02. A text cell holding a
 * plain decimal number such as "12" or "0.5" is accepted as that number. A blank cell that has a
 * default takes it; a blank required cell is a problem.
 */
public final class QuestionnaireReader {
    private QuestionnaireReader() {}

    private static final MathContext EXCEL_DIGITS = new MathContext(15);
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+){0,3}");
    private static final int MAX_FILE_BYTES = 50 << 20;

    /** Opens the workbook from a copy of its bytes, so the file is never held open, locked or written. */
    public static XSSFWorkbook open(Path file) throws InvalidQuestionnaireException {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) throw invalid(name, "the file is larger than 50 MB; "
                    + "a questionnaire is far smaller");
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw invalid(name, "file not found");
        } catch (AccessDeniedException e) {
            throw invalid(name, "cannot be read: permission denied");
        } catch (IOException e) {
            throw invalid(name, "cannot be read: " + e.getMessage());
        }
        if (bytes.length == 0) throw invalid(name, "the file is empty");
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.OLE2) {
            throw invalid(name, isEncrypted(bytes)
                    ? "the workbook is protected by a password (encrypted); save it without a password and try again"
                    : "this is an old Excel 97-2003 workbook (.xls); save it as an Excel workbook (.xlsx) and try again");
        }
        if (magic != FileMagic.OOXML) throw invalid(name, "not an Excel workbook (.xlsx)");
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw invalid(name, "not an Excel workbook (.xlsx): " + e.getMessage());
        }
    }

    /** Opens, reads and closes the file: {@link #open(Path)} then {@link #read(XSSFWorkbook, String)}. */
    public static Questionnaire read(Path file) throws InvalidQuestionnaireException {
        XSSFWorkbook wb = open(file);
        try {
            return read(wb, file.toString());
        } finally {
            try {
                wb.close();
            } catch (IOException ignored) {
                // read from memory: nothing to release on disk
            }
        }
    }

    /** Reads a questionnaire; {@code fileName} is only used to name the file in problems. */
    public static Questionnaire read(XSSFWorkbook wb, String fileName) throws InvalidQuestionnaireException {
        return new Reading(wb, fileName).read();
    }

    private static boolean isEncrypted(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static InvalidQuestionnaireException invalid(String file, String message) {
        return new InvalidQuestionnaireException(List.of(InputProblem.ofFile(file, message)));
    }

    /** A cell a defined name points at. */
    private record Place(Sheet sheet, int row, int col) {
        String address() {
            return new CellReference(row, col).formatAsString();
        }

        Cell cell() {
            Row r = sheet.getRow(row);
            return r == null ? null : r.getCell(col);
        }
    }

    /** A cell's value that cannot be used; the message says what was expected and what was found. */
    private static final class Bad extends Exception {
        Bad(String message) {
            super(message, null, false, false);
        }
    }

    /** One read of one workbook: the problems found so far and the evaluator. */
    private static final class Reading {
        private final XSSFWorkbook wb;
        private final String file;
        private final FormulaEvaluator evaluator;
        private final List<InputProblem> problems = new ArrayList<>();

        Reading(XSSFWorkbook wb, String file) {
            this.wb = wb;
            this.file = file;
            this.evaluator = wb.getCreationHelper().createFormulaEvaluator();
        }

        Questionnaire read() throws InvalidQuestionnaireException {
            checkVersion();
            Map<Field, Object> values = new EnumMap<>(Field.class);
            for (Field f : Field.values()) {
                Place p = locateCell(f.definedName);
                if (p == null) continue;
                try {
                    values.put(f, value(f, p.cell()));
                } catch (Bad e) {
                    problem(p, e.getMessage());
                }
            }
            List<Zone> zones = zones();
            if (!problems.isEmpty()) throw new InvalidQuestionnaireException(problems);
            return new Questionnaire(TemplateLayout.TEMPLATE_VERSION,
                    (String) values.get(Field.CUSTOMER_NAME),
                    (String) values.get(Field.PROJECT_NAME),
                    (String) values.get(Field.PREPARED_BY),
                    (LocalDate) values.get(Field.QUESTIONNAIRE_DATE),
                    zones,
                    "Yes".equals(values.get(Field.EXPECT_RAPID_GROWTH)),
                    number(values, Field.SAFETY_MARGIN_PERCENT),
                    values.get(Field.REGISTER_FOLLOWERS) == null ? null
                            : number(values, Field.REGISTER_FOLLOWERS).intValueExact(),
                    number(values, Field.STORAGE_THROUGHPUT_MBPS),
                    (String) values.get(Field.OPERATING_SYSTEM),
                    (String) values.get(Field.DOCKER_VERSION),
                    (String) values.get(Field.DOCKER_COMPOSE_VERSION),
                    number(values, Field.WRITE_RPS),
                    number(values, Field.ATTACHMENT_WRITE_MBPS),
                    number(values, Field.WRITE_DATA_POINTS_PER_DAY),
                    number(values, Field.WRITE_MB_PER_DAY),
                    number(values, Field.RETENTION_YEARS),
                    number(values, Field.READ_RPS),
                    number(values, Field.POINTS_PER_REQUEST),
                    number(values, Field.ATTACHMENT_READ_RPS),
                    number(values, Field.READ_DATA_POINTS_PER_DAY),
                    number(values, Field.READ_MB_PER_DAY),
                    number(values, Field.BYTES_PER_DATA_POINT),
                    number(values, Field.DISK_HEADROOM_PERCENT));
        }

        private static BigDecimal number(Map<Field, Object> values, Field f) {
            return (BigDecimal) values.get(f);
        }

        /** Another layout would make every other message misleading, so a wrong version stops here. */
        private void checkVersion() throws InvalidQuestionnaireException {
            if (workbookName(TemplateLayout.VERSION_NAME) == null) {
                throw invalid(file, "not a Pryv.io sizing questionnaire: the defined name "
                        + TemplateLayout.VERSION_NAME + " is missing");
            }
            Place p = locateCell(TemplateLayout.VERSION_NAME);
            if (p == null) throw new InvalidQuestionnaireException(problems);
            String found;
            try {
                found = text(evaluate(p.cell()));
            } catch (Bad e) {
                found = "?";
            }
            if (!TemplateLayout.TEMPLATE_VERSION.equals(found)) {
                throw new InvalidQuestionnaireException(List.of(new InputProblem(file, p.sheet.getSheetName(),
                        p.address(), "made with template version " + (found.isEmpty() ? "(blank)" : found)
                        + ", this tool reads " + TemplateLayout.TEMPLATE_VERSION)));
            }
        }

        private List<Zone> zones() {
            AreaReference area = locateArea(TemplateLayout.ZONES_NAME);
            if (area == null) return List.of();
            Sheet sheet = wb.getSheet(area.getFirstCell().getSheetName());
            int top = area.getFirstCell().getRow();
            int left = area.getFirstCell().getCol();
            int rows = area.getLastCell().getRow() - top + 1;
            int cols = area.getLastCell().getCol() - left + 1;
            String range = area.formatAsString().replace("$", "").replaceFirst("^.*!", "");
            if (cols != 3) {
                problems.add(new InputProblem(file, sheet.getSheetName(), range, "the defined name "
                        + TemplateLayout.ZONES_NAME + " must cover 3 columns (zone name, location, users), it covers " + cols));
                return List.of();
            }
            if (rows > TemplateLayout.MAX_ZONE_ROWS) {
                problems.add(new InputProblem(file, sheet.getSheetName(), range, "the defined name "
                        + TemplateLayout.ZONES_NAME + " covers " + rows + " rows, at most "
                        + TemplateLayout.MAX_ZONE_ROWS + " are read"));
                return List.of();
            }
            List<Zone> zones = new ArrayList<>();
            Map<String, String> seen = new HashMap<>(); // folded name → address of its first use
            boolean anyRow = false;
            for (int r = top; r < top + rows; r++) {
                Place namePlace = new Place(sheet, r, left);
                Place usersPlace = new Place(sheet, r, left + 2);
                Object name = zoneValue(namePlace, false);
                Object location = zoneValue(new Place(sheet, r, left + 1), false);
                Object users = zoneValue(usersPlace, true);
                if (name == null && location == null && users == null) continue;
                anyRow = true;
                if (name == null) {
                    problem(namePlace, "zone name missing: a row with a location or users needs a zone name");
                } else if (name instanceof String n) {
                    String key = Normalizer.normalize(n, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
                    String first = seen.putIfAbsent(key, namePlace.address());
                    if (first != null) {
                        problem(namePlace, "zone name \"" + n + "\" is used twice (also at " + first
                                + "); zone names must be unique, ignoring case");
                    }
                }
                if (users == null) problem(usersPlace, "the users of the zone are missing: expected a whole number ≥ 1");
                if (name instanceof String n && users instanceof Long u) {
                    zones.add(new Zone(n, location instanceof String l ? l : "", u));
                }
            }
            if (!anyRow) {
                problems.add(new InputProblem(file, sheet.getSheetName(), range,
                        "at least one zone is required, but every zone row is blank"));
            }
            return zones;
        }

        /** A zone cell: null when blank, a String (name, location) or Long (users), or BAD once reported. */
        private Object zoneValue(Place p, boolean users) {
            try {
                CellValue v = evaluate(p.cell());
                if (v == null) return null;
                if (!users) return text(v);
                return wholeNumber(v, p.cell(), Constraint.AT_LEAST_ONE, Long.MAX_VALUE).longValueExact();
            } catch (Bad e) {
                problem(p, e.getMessage());
                return BAD;
            }
        }

        private static final Object BAD = new Object();

        /** The value of one field, its default when blank; Bad when it cannot be used. */
        private Object value(Field f, Cell cell) throws Bad {
            CellValue v = evaluate(cell);
            if (v == null) {
                if (f.required) throw new Bad(f.label + " is required, but the cell is blank");
                if (f.defaultValue == null) return f.kind == Kind.WHOLE_NUMBER ? null : "";
                return f.kind == Kind.NUMBER || f.kind == Kind.WHOLE_NUMBER
                        ? new BigDecimal(f.defaultValue) : f.defaultValue;
            }
            return switch (f.kind) {
                case TEXT -> text(v);
                case VERSION_TEXT -> version(v, f);
                case DATE -> date(v, cell, f);
                case NUMBER -> number(v, cell, f.kind, f.constraint);
                case WHOLE_NUMBER -> wholeNumber(v, cell, f.constraint, Integer.MAX_VALUE);
                case YES_NO -> choice(v, List.of("Yes", "No"), f);
                case OS -> choice(v, TemplateLayout.SUPPORTED_OS, f);
            };
        }

        /** Evaluates formulas; null for a blank cell or blank text. */
        private CellValue evaluate(Cell cell) throws Bad {
            if (cell == null) return null;
            CellValue v;
            if (cell.getCellType() == CellType.FORMULA) {
                String formula = "=" + cell.getCellFormula();
                if (refersToOtherWorkbook(cell)) {
                    throw new Bad("the formula " + formula + " refers to another workbook; type the value instead");
                }
                try {
                    v = evaluator.evaluate(cell);
                } catch (NotImplementedException e) {
                    throw new Bad("the formula " + formula + " uses a function this tool cannot compute");
                } catch (RuntimeException e) {
                    throw new Bad("the formula " + formula + " cannot be computed: " + e.getMessage());
                }
                if (v != null && v.getCellType() == CellType.ERROR) {
                    throw new Bad("the formula " + formula + " gives the error "
                            + FormulaError.forInt(v.getErrorValue()).getString());
                }
            } else {
                v = evaluator.evaluate(cell);
                if (v != null && v.getCellType() == CellType.ERROR) {
                    throw new Bad("the cell holds the error " + FormulaError.forInt(v.getErrorValue()).getString());
                }
            }
            if (v == null || v.getCellType() == CellType.BLANK) return null;
            if (v.getCellType() == CellType.STRING && v.getStringValue().isBlank()) return null;
            return v;
        }

        /** Even when the other workbook happens to be at hand, its values are not part of this file. */
        private boolean refersToOtherWorkbook(Cell cell) {
            try {
                Ptg[] tokens = FormulaParser.parse(cell.getCellFormula(), XSSFEvaluationWorkbook.create(wb),
                        FormulaType.CELL, wb.getSheetIndex(cell.getSheet()));
                for (Ptg t : tokens) if (t instanceof Pxg x && x.getExternalWorkbookNumber() > 0) return true;
                return false;
            } catch (RuntimeException e) {
                return false; // unparsable: the evaluation reports it
            }
        }

        private static String text(CellValue v) {
            if (v == null) return "";
            return switch (v.getCellType()) {
                case NUMERIC -> plain(decimal(v.getNumberValue()));
                case BOOLEAN -> v.getBooleanValue() ? "TRUE" : "FALSE";
                default -> v.getStringValue().trim();
            };
        }

        private static String version(CellValue v, Field f) throws Bad {
            if (v.getCellType() == CellType.NUMERIC) {
                throw new Bad("expected " + f.expected() + ", found the number " + found(v)
                        + "; type it as text so that 20.10 stays 20.10");
            }
            String s = text(v);
            if (!VERSION.matcher(s).matches()) throw new Bad("expected " + f.expected() + ", found " + found(v));
            return s;
        }

        private LocalDate date(CellValue v, Cell cell, Field f) throws Bad {
            if (v.getCellType() == CellType.NUMERIC && isDateFormatted(cell)
                    && DateUtil.isValidExcelDate(v.getNumberValue())) {
                return DateUtil.getLocalDateTime(v.getNumberValue(), wb.isDate1904()).toLocalDate();
            }
            if (v.getCellType() == CellType.STRING) {
                try {
                    return LocalDate.parse(v.getStringValue().trim());
                } catch (DateTimeException e) {
                    // reported below
                }
            }
            throw new Bad("expected " + f.expected() + ", found " + found(v));
        }

        private static String choice(CellValue v, List<String> allowed, Field f) throws Bad {
            String s = v.getCellType() == CellType.STRING ? v.getStringValue().trim() : null;
            for (String a : allowed) if (a.equalsIgnoreCase(s)) return a;
            throw new Bad("expected " + f.expected() + ", found " + found(v));
        }

        private static BigDecimal number(CellValue v, Cell cell, Kind kind, Constraint bound) throws Bad {
            String expected = "expected " + TemplateLayout.expected(kind, bound) + ", found ";
            BigDecimal n;
            if (v.getCellType() == CellType.NUMERIC) {
                if (!Double.isFinite(v.getNumberValue())) throw new Bad(expected + "a value that is not a finite number");
                if (cell.getCellType() != CellType.FORMULA && isDateFormatted(cell)
                        && DateUtil.isValidExcelDate(v.getNumberValue())) {
                    throw new Bad(expected + "the date " + DateUtil.getLocalDateTime(v.getNumberValue()).toLocalDate());
                }
                n = decimal(v.getNumberValue());
            } else if (v.getCellType() == CellType.STRING && PLAIN_NUMBER.matcher(v.getStringValue().trim()).matches()) {
                n = normalise(new BigDecimal(v.getStringValue().trim()));
            } else {
                throw new Bad(expected + found(v));
            }
            boolean ok = switch (bound) {
                case NONE -> true;
                case AT_LEAST_ZERO -> n.signum() >= 0;
                case ABOVE_ZERO -> n.signum() > 0;
                case AT_LEAST_ONE -> n.compareTo(BigDecimal.ONE) >= 0;
            };
            if (!ok) throw new Bad(expected + plain(n));
            return n;
        }

        /** A whole number within {@code max}, which is what the model's int or long can hold. */
        private static BigDecimal wholeNumber(CellValue v, Cell cell, Constraint bound, long max) throws Bad {
            BigDecimal n = number(v, cell, Kind.WHOLE_NUMBER, bound);
            if (n.scale() > 0 || n.compareTo(BigDecimal.valueOf(max)) > 0) {
                throw new Bad("expected " + TemplateLayout.expected(Kind.WHOLE_NUMBER, bound) + ", found " + plain(n));
            }
            return n;
        }

        private static boolean isDateFormatted(Cell cell) {
            return cell.getCellStyle() != null
                    && DateUtil.isADateFormat(cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
        }

        /** What a cell holds, for a message: text in quotes, numbers plain. */
        private static String found(CellValue v) {
            return switch (v.getCellType()) {
                case NUMERIC -> plain(decimal(v.getNumberValue()));
                case BOOLEAN -> v.getBooleanValue() ? "TRUE" : "FALSE";
                default -> {
                    String s = v.getStringValue();
                    yield "\"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
                }
            };
        }

        private Name workbookName(String definedName) {
            for (Name n : wb.getNames(definedName)) if (n.getSheetIndex() < 0) return n;
            return null;
        }

        private AreaReference locateArea(String definedName) {
            Name n = workbookName(definedName);
            if (n == null) {
                problems.add(InputProblem.ofFile(file, "the defined name " + definedName
                        + " is missing; the file no longer follows the questionnaire template"));
                return null;
            }
            try {
                AreaReference area = new AreaReference(n.getRefersToFormula(), SpreadsheetVersion.EXCEL2007);
                String sheetName = area.getFirstCell().getSheetName();
                if (sheetName != null && wb.getSheet(sheetName) != null
                        && sheetName.equals(area.getLastCell().getSheetName())) {
                    return area;
                }
            } catch (RuntimeException e) {
                // reported below
            }
            problems.add(InputProblem.ofFile(file, "the defined name " + definedName
                    + " does not point at cells of this workbook (it holds " + n.getRefersToFormula() + ")"));
            return null;
        }

        private Place locateCell(String definedName) {
            AreaReference area = locateArea(definedName);
            if (area == null) return null;
            if (!area.isSingleCell()) {
                problems.add(InputProblem.ofFile(file, "the defined name " + definedName
                        + " must point at one cell, it covers " + area.formatAsString()));
                return null;
            }
            CellReference c = area.getFirstCell();
            return new Place(wb.getSheet(c.getSheetName()), c.getRow(), c.getCol());
        }

        private void problem(Place p, String message) {
            problems.add(new InputProblem(file, p.sheet.getSheetName(), p.address(), message));
        }
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
}
