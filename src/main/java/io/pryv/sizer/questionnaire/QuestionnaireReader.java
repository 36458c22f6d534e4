package io.pryv.sizer.questionnaire;

import io.pryv.sizer.model.Numbers;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Question.Constraint;
import io.pryv.sizer.model.Question.Kind;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.Zone;
import io.pryv.sizer.questionnaire.CellReader.Bad;
import io.pryv.sizer.questionnaire.CellReader.Missing;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.pryv.sizer.questionnaire.CellReader.text;
import static io.pryv.sizer.questionnaire.CellReader.typedText;
import static io.pryv.sizer.questionnaire.InputProblem.printable;
import static io.pryv.sizer.questionnaire.InputProblem.reason;
import static io.pryv.sizer.questionnaire.InputProblem.shorten;
import static io.pryv.sizer.questionnaire.SafeWorkbookOpener.invalid;

/**
 * Reads a filled questionnaire by its defined names, checks every input against
 * {@link TemplateLayout}, and reports all problems of the file at once. Every problem of a field's
 * cell names the field.
 *
 * <p>{@link SafeWorkbookOpener} opens the file, distrusting it; {@link CellReader} reads each cell for
 * what it must hold; this class finds the cell of each defined name and maps the values read onto the
 * {@link Questionnaire}.
 */
public final class QuestionnaireReader {
    private QuestionnaireReader() {}

    // The opener's lock-file test and entry points, here so that callers know this one class.

    /** {@link SafeWorkbookOpener#LOCK_FILE}: what `size` and `batch` call Excel's ~$name.xlsx. */
    public static final String LOCK_FILE = SafeWorkbookOpener.LOCK_FILE;

    public static boolean isLockFile(Path file) {
        return SafeWorkbookOpener.isLockFile(file);
    }

    /** {@link SafeWorkbookOpener#open(Path)}: the file's bytes, distrusted, as a workbook. */
    public static XSSFWorkbook open(Path file) throws InvalidQuestionnaireException {
        return SafeWorkbookOpener.open(file);
    }

    /** {@link SafeWorkbookOpener#open(byte[], String)}: the bytes, distrusted, as a workbook. */
    public static XSSFWorkbook open(byte[] bytes, String name) throws InvalidQuestionnaireException {
        return SafeWorkbookOpener.open(bytes, name);
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

    /** Reads a questionnaire; {@code fileName} (the path as given) is only used to name the file in problems. */
    public static Questionnaire read(XSSFWorkbook wb, String fileName) throws InvalidQuestionnaireException {
        return new Reading(wb, fileName).read();
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

    /** One read of one workbook: the problems found so far. */
    private static final class Reading {
        private final XSSFWorkbook wb;
        private final String file;
        private final List<InputProblem> problems = new ArrayList<>();
        private final CellReader cells;
        /** The layout version the file was made with, once checked. */
        private String version;

        Reading(XSSFWorkbook wb, String file) {
            this.wb = wb;
            this.file = file;
            this.cells = new CellReader(wb);
        }

        Questionnaire read() throws InvalidQuestionnaireException {
            checkVersion();
            Map<Question, Object> answers = new EnumMap<>(Question.class);
            Map<Question, Place> places = new EnumMap<>(Question.class);
            for (Question f : Question.values()) {
                if (!TemplateLayout.inLayout(f, version)) {
                    answers.put(f, answer(f, CellReader.meant(f, version)));
                    continue;
                }
                Place p = locateCell(f.definedName);
                if (p == null) continue;
                places.put(f, p);
                try {
                    answers.put(f, answer(f, cells.value(f, p.cell(), version)));
                } catch (Missing e) {
                    problem(p, null, e.getMessage());
                } catch (Bad e) {
                    problem(p, f.label, e.getMessage());
                } catch (RuntimeException e) {
                    problem(p, f.label, "the cell cannot be read: " + reason(e));
                }
            }
            checkCurrency(answers, places);
            List<Zone> zones = zones(answers.get(Question.PLAN_YEARS) instanceof Integer p ? p : null,
                    places.get(Question.PLAN_YEARS));
            checkWholeFile();
            if (!problems.isEmpty()) throw new InvalidQuestionnaireException(problems);
            return new Questionnaire(version, answers, zones);
        }

        /** A cell's value as the questionnaire holds the answer: yes/no as a boolean, a whole number as an int. */
        private static Object answer(Question f, Object value) {
            return switch (f.kind) {
                case YES_NO -> "Yes".equals(value);
                case WHOLE_NUMBER -> value == null ? null : ((BigDecimal) value).intValueExact();
                default -> value;
            };
        }

        /** Prices need their currency: a blank currency beside a given price names the prices given. */
        private void checkCurrency(Map<Question, Object> answers, Map<Question, Place> places) {
            Place currency = places.get(Question.CURRENCY);
            if (currency == null || !"".equals(answers.get(Question.CURRENCY))) return;
            List<String> given = Question.PRICES.stream().filter(q -> answers.get(q) != null)
                    .map(q -> InputProblem.place(places.get(q).sheet.getSheetName(), places.get(q).address(), q.label)).toList();
            if (given.isEmpty()) return;
            problem(currency, Question.CURRENCY.label, "missing: a currency is needed for the "
                    + (given.size() == 1 ? "price" : "prices") + " given in " + and(given)
                    + "; expected " + Question.CURRENCY.expected());
        }

        private static String and(List<String> items) {
            int last = items.size() - 1;
            return last == 0 ? items.get(0) : String.join(", ", items.subList(0, last)) + " and " + items.get(last);
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
                found = shorten(text(cells.valueOf(p.cell(), false)));
            } catch (Bad | RuntimeException e) {
                found = "?";
            }
            if (!TemplateLayout.READ_VERSIONS.contains(found)) {
                throw new InvalidQuestionnaireException(List.of(new InputProblem(file, p.sheet.getSheetName(),
                        p.address(), "made with template version " + (found.isEmpty() ? "(blank)" : found)
                        + ", this tool reads " + String.join(", ", TemplateLayout.READ_VERSIONS.subList(0, TemplateLayout.READ_VERSIONS.size() - 1))
                        + " and " + TemplateLayout.TEMPLATE_VERSION)));
            }
            version = found;
        }

        /** The opener's checks of the workbook as a whole, after the cells' problems. */
        private void checkWholeFile() {
            problems.addAll(SafeWorkbookOpener.wholeFileProblems(wb, file, cells.linkReported()));
        }

        /**
         * The zones with their growth figures. {@code planYears} is the plan's length when read well (null
         * otherwise: no figure is then said to lie beyond it), {@code planPlace} its cell.
         */
        private List<Zone> zones(Integer planYears, Place planPlace) {
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
            Place growth = TemplateLayout.hasGrowth(version) ? growthCorner(sheet, top, rows, range) : null;
            List<Zone> zones = new ArrayList<>();
            Map<String, String> seen = new HashMap<>(); // folded name → address of its first use
            int filled = 0;
            long users = 0;
            for (int r = top; r < top + rows; r++) {
                Place namePlace = new Place(sheet, r, left);
                Place usersPlace = new Place(sheet, r, left + 2);
                int zone = r - top + 1;
                Object name = zoneValue(namePlace, zone, 0);
                Object location = zoneValue(new Place(sheet, r, left + 1), zone, 1);
                Object count = zoneValue(usersPlace, zone, 2);
                boolean noZone = name == null && location == null && count == null;
                List<Long> later = growth == null ? List.of()
                        : laterUsers(new Place(growth.sheet, r, growth.col), zone, noZone, planYears, planPlace);
                if (noZone) continue;
                filled++;
                if (name == null) {
                    problem(namePlace, zoneLabel(0, zone), "missing: a row with a location or users needs a zone name");
                } else if (name instanceof String n) {
                    String key = Normalizer.normalize(n, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
                    String first = seen.putIfAbsent(key, namePlace.address());
                    if (first != null) {
                        problem(namePlace, zoneLabel(0, zone), "\"" + n + "\" is used twice (also at " + first
                                + "); zone names must be unique, ignoring case");
                    }
                }
                if (count == null) problem(usersPlace, zoneLabel(2, zone), "missing: expected a whole number ≥ 1");
                if (count instanceof Long u) users += u;
                if (name instanceof String n && count instanceof Long u && later != null) {
                    zones.add(new Zone(n, location instanceof String l ? l : "", u, later));
                }
            }
            if (filled == 0) {
                problems.add(new InputProblem(file, sheet.getSheetName(), range,
                        "at least one zone is required, but every zone row is blank"));
            }
            if (filled > TemplateLayout.MAX_ZONES) {
                problems.add(new InputProblem(file, sheet.getSheetName(), range, "the zones block lists " + filled
                        + " zones, at most " + TemplateLayout.MAX_ZONES));
            }
            if (users > TemplateLayout.MAX_USERS) {
                problems.add(new InputProblem(file, sheet.getSheetName(), range, "the zones hold "
                        + Numbers.format(users) + " users together, at most " + Numbers.format(TemplateLayout.MAX_USERS)));
            }
            // The same bound in the later years, said once: for the first year above it.
            for (int year = 2; year <= Zone.GROWTH_YEARS && growth != null && users <= TemplateLayout.MAX_USERS; year++) {
                int k = year;
                long inYear = zones.stream().mapToLong(z -> z.usersInYear(k)).sum();
                if (inYear > TemplateLayout.MAX_USERS) {
                    problems.add(new InputProblem(file, growth.sheet.getSheetName(), growthColumn(growth, rows, k),
                            "the zones hold " + Numbers.format(inYear) + " users together in year " + k + ", at most "
                                    + Numbers.format(TemplateLayout.MAX_USERS)));
                    break;
                }
            }
            return zones;
        }

        /**
         * The top-left cell of the growth block, which must cover the zones' rows in one column per later
         * year; null, with a problem, when it does not.
         */
        private Place growthCorner(Sheet zonesSheet, int top, int rows, String zonesRange) {
            AreaReference area = locateArea(TemplateLayout.GROWTH_NAME);
            if (area == null) return null;
            CellReference first = area.getFirstCell();
            int cols = area.getLastCell().getCol() - first.getCol() + 1;
            boolean besideZones = first.getSheetName().equals(zonesSheet.getSheetName()) && first.getRow() == top
                    && area.getLastCell().getRow() - top + 1 == rows;
            if (!besideZones || cols != TemplateLayout.GROWTH_COLUMNS) {
                String range = area.formatAsString().replace("$", "").replaceFirst("^.*!", "");
                problems.add(new InputProblem(file, first.getSheetName(), range, "the defined name "
                        + TemplateLayout.GROWTH_NAME + " must cover the rows of the zones (" + zonesRange + ") in "
                        + TemplateLayout.GROWTH_COLUMNS + " columns (users in years 2 to " + Zone.GROWTH_YEARS + ")"));
                return null;
            }
            return new Place(zonesSheet, top, first.getCol());
        }

        /** The growth block's column of {@code year}, e.g. G17:G116. */
        private static String growthColumn(Place corner, int rows, int year) {
            int col = corner.col + year - 2;
            return new CellReference(corner.row, col).formatAsString() + ":" + new CellReference(corner.row + rows - 1, col).formatAsString();
        }

        /**
         * The growth figures of one zone row from {@code first} (its year-2 cell), null for a blank year, or
         * null altogether once a figure was reported. A figure needs a zone on its row and a year within the plan.
         */
        private List<Long> laterUsers(Place first, int zone, boolean noZone, Integer planYears, Place planPlace) {
            List<Long> later = new ArrayList<>();
            boolean bad = false;
            for (int year = 2; year <= Zone.GROWTH_YEARS; year++) {
                Place p = new Place(first.sheet, first.row, first.col + year - 2);
                String label = String.format(Locale.ROOT, TemplateLayout.GROWTH_CELL_LABEL, zone, year);
                Object v;
                try {
                    CellValue cv = cells.valueOf(p.cell(), false);
                    v = cv == null ? null : cells.wholeNumber(cv, p.cell(), Constraint.AT_LEAST_ONE,
                            BigDecimal.valueOf(TemplateLayout.MAX_USERS)).longValueExact();
                } catch (Bad e) {
                    problem(p, label, e.getMessage());
                    v = BAD;
                } catch (RuntimeException e) {
                    problem(p, label, "the cell cannot be read: " + reason(e));
                    v = BAD;
                }
                if (v == null) {
                    later.add(null);
                    continue;
                }
                if (v == BAD) {
                    bad = true;
                } else if (noZone) {
                    bad = true;
                    problem(p, label, "a growth figure on a row without a zone; fill in the zone's name and users "
                            + "on this row, or clear the cell");
                } else if (planYears != null && year > planYears) {
                    bad = true;
                    problem(p, label, "a figure for year " + year + ", but " + InputProblem.place(
                            planPlace.sheet.getSheetName(), planPlace.address(), Question.PLAN_YEARS.label) + " is "
                            + planYears + (planYears == 1 ? " year" : " years") + "; lengthen the plan or clear the cell");
                }
                later.add(v instanceof Long u ? u : null);
            }
            if (bad) return null;
            while (!later.isEmpty() && later.get(later.size() - 1) == null) later.remove(later.size() - 1);
            return later;   // without its trailing blanks: a zone that does not grow has none
        }

        /** What a problem calls the cell of {@code column} (0 name, 1 location, 2 users) in zone row {@code zone}. */
        private static String zoneLabel(int column, int zone) {
            return String.format(Locale.ROOT, TemplateLayout.ZONE_CELL_LABELS.get(column), zone);
        }

        /**
         * A zone cell of {@code column} (0 name, 1 location, 2 users): null when blank, a String (name,
         * location) or Long (users), or BAD once reported.
         */
        private Object zoneValue(Place p, int zone, int column) {
            boolean users = column == 2;
            try {
                CellValue v = cells.valueOf(p.cell(), !users);
                if (v == null) return null;
                if (!users) return typedText(v, TemplateLayout.MAX_TEXT_LENGTH);
                return cells.wholeNumber(v, p.cell(), Constraint.AT_LEAST_ONE, BigDecimal.valueOf(TemplateLayout.MAX_USERS))
                        .longValueExact();
            } catch (Bad e) {
                problem(p, zoneLabel(column, zone), e.getMessage());
                return BAD;
            } catch (RuntimeException e) {
                problem(p, zoneLabel(column, zone), "the cell cannot be read: " + reason(e));
                return BAD;
            }
        }

        private static final Object BAD = new Object();

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
            String formula = n.getRefersToFormula();
            try {
                AreaReference area = new AreaReference(formula, SpreadsheetVersion.EXCEL2007);
                String sheetName = area.getFirstCell().getSheetName();
                if (sheetName != null && wb.getSheet(sheetName) != null
                        && sheetName.equals(area.getLastCell().getSheetName())) {
                    return area;
                }
            } catch (RuntimeException e) {
                // reported below
            }
            problems.add(InputProblem.ofFile(file, "the defined name " + definedName
                    + " does not point at cells of this workbook (it holds " + printable(shorten(String.valueOf(formula))) + ")"));
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

        /** A problem of one cell; {@code field} names what the cell holds, null when the message already does. */
        private void problem(Place p, String field, String message) {
            problems.add(new InputProblem(file, p.sheet.getSheetName(), p.address(), field, message));
        }
    }
}
