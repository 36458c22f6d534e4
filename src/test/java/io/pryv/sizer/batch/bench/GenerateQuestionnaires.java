package io.pryv.sizer.batch.bench;

import io.pryv.sizer.files.ReproducibleXlsx;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.Zone;
import io.pryv.sizer.questionnaire.InvalidQuestionnaireException;
import io.pryv.sizer.questionnaire.PackagedConstants;
import io.pryv.sizer.questionnaire.QuestionnaireReader;
import io.pryv.sizer.questionnaire.TemplateLayout;
import io.pryv.sizer.questionnaire.TemplateWriter;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes questionnaires for the benchmark (bench/run.sh), each an example of input-templates/examples
 * with its figures varied (users per zone, request rates, customer name), so that no two are alike.
 * <pre>
 *   GenerateQuestionnaires DIR COUNT             COUNT varied questionnaires q0001.xlsx …
 *   GenerateQuestionnaires DIR 1 ZONES USERS     one questionnaire of ZONES zones of USERS users each in
 *                                                year 1, growing, over a priced plan of 10 years
 * </pre>
 */
public final class GenerateQuestionnaires {
    private static final Path EXAMPLES = Path.of("input-templates", "examples");
    private static final List<String> BASES = List.of("small-clinic", "national-health-service", "multi-country-research");

    public static void main(String[] args) throws IOException, InvalidQuestionnaireException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        if (args.length > 2) {
            int zones = Integer.parseInt(args[2]);
            long users = Long.parseLong(args[3]);
            write(dir.resolve("zones-" + zones + "x" + users + ".xlsx"), large(zones, users));
            return;
        }
        byte[][] bases = new byte[BASES.size()][];
        for (int b = 0; b < bases.length; b++) bases[b] = Files.readAllBytes(EXAMPLES.resolve(BASES.get(b) + ".xlsx"));
        for (int i = 1; i <= count; i++) {
            Random random = new Random(i);
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bases[i % bases.length]))) {
                set(wb, Question.CUSTOMER_NAME, "Generated customer " + i);
                scale(wb, Question.WRITE_RPS, 0.5 + random.nextDouble() * 1.5);
                scale(wb, Question.READ_RPS, 0.5 + random.nextDouble() * 1.5);
                for (XSSFCell users : zoneUsers(wb)) {
                    users.setCellValue(Math.max(1, Math.round(users.getNumericCellValue() * (0.2 + random.nextDouble() * 3))));
                }
                write(dir.resolve(String.format("q%04d.xlsx", i)), wb);
            }
        }
    }

    /** The large questionnaire's plan (SIZING.md §8, §9): the longest plan, with made-up monthly prices in CHF. */
    static final int LARGE_PLAN_YEARS = 10;
    private static final Map<Question, Object> LARGE_PLAN = Map.of(
            Question.PLAN_YEARS, LARGE_PLAN_YEARS, Question.CURRENCY, "CHF",
            Question.PRICE_MACHINE_MONTH, new BigDecimal("5"), Question.PRICE_VCPU_MONTH, new BigDecimal("15"),
            Question.PRICE_RAM_GB_MONTH, new BigDecimal("4"), Question.PRICE_SERVICES_DISK_GB_MONTH, new BigDecimal("0.10"),
            Question.PRICE_DATA_DISK_GB_MONTH, new BigDecimal("0.05"));
    /** Defined name of the growth figures beside the zones (users of years 2 to 5, one row per zone). */
    static final String GROWTH_NAME = "ZoneGrowth";

    /** Growth figures of a zone with {@code users} in year 1: 25 % more each year, rounded up (2.44 times in year 5). */
    public static List<Long> growth(long users) {
        List<Long> later = new ArrayList<>();
        long u = users;
        for (int k = 2; k <= Zone.GROWTH_YEARS; k++) later.add(u = (5 * u + 3) / 4);   // ⌈1.25 u⌉
        return later;
    }

    /**
     * The answers of the national example in a blank template, with {@code zones} zones of {@code users} users
     * each in year 1, their {@link #growth} and the plan above. A template without the growth block gets none.
     */
    static XSSFWorkbook large(int zones, long users) throws IOException, InvalidQuestionnaireException {
        Questionnaire national = QuestionnaireReader.read(EXAMPLES.resolve("national-health-service.xlsx"));
        XSSFWorkbook wb = TemplateWriter.create(PackagedConstants.get());
        for (Question q : Question.values()) answer(wb, q, LARGE_PLAN.getOrDefault(q, national.answers().get(q)));
        set(wb, Question.CUSTOMER_NAME, zones + " zones of " + users + " users");
        CellReference zoneTop = block(wb, TemplateLayout.ZONES_NAME, zones);
        CellReference growthTop = wb.getName(GROWTH_NAME) == null ? null : block(wb, GROWTH_NAME, zones);
        if (growthTop == null) System.err.println("The template has no " + GROWTH_NAME + " block: the large questionnaire does not grow.");
        XSSFSheet sheet = wb.getSheet(zoneTop.getSheetName());
        for (int z = 0; z < zones; z++) {
            XSSFRow row = row(sheet, zoneTop.getRow() + z);
            cell(row, zoneTop.getCol()).setCellValue(String.format("Zone %03d", z + 1));
            cell(row, zoneTop.getCol() + 1).setCellValue("Region " + (z + 1));
            cell(row, zoneTop.getCol() + 2).setCellValue(users);
            if (growthTop == null) continue;
            List<Long> later = growth(users);
            XSSFRow growthRow = row(wb.getSheet(growthTop.getSheetName()), growthTop.getRow() + z);
            for (int k = 0; k < later.size(); k++) cell(growthRow, growthTop.getCol() + k).setCellValue(later.get(k));
        }
        return wb;
    }

    /** Makes the block a defined name covers at least {@code rows} rows long; returns its top-left cell. */
    private static CellReference block(XSSFWorkbook wb, String definedName, int rows) {
        XSSFName name = wb.getName(definedName);
        AreaReference area = new AreaReference(name.getRefersToFormula(), wb.getSpreadsheetVersion());
        CellReference top = area.getFirstCell();
        int last = top.getRow() + Math.max(rows, area.getLastCell().getRow() - top.getRow() + 1) - 1;
        name.setRefersToFormula(new AreaReference(top, new CellReference(top.getSheetName(), last,
                area.getLastCell().getCol(), true, true), wb.getSpreadsheetVersion()).formatAsString());
        return top;
    }

    /** Types an answer as the reader reads it back: yes/no as words, blank as an empty cell. */
    private static void answer(XSSFWorkbook wb, Question q, Object value) {
        XSSFCell c = cell(wb, q);
        if (value == null || "".equals(value)) c.setBlank();
        else if (value instanceof BigDecimal n) c.setCellValue(n.doubleValue());
        else if (value instanceof Integer n) c.setCellValue(n);
        else if (value instanceof LocalDate d) c.setCellValue(d);
        else if (value instanceof Boolean yes) c.setCellValue(yes ? "Yes" : "No");
        else c.setCellValue(value.toString());
    }

    private static XSSFRow row(XSSFSheet sheet, int index) {
        return sheet.getRow(index) == null ? sheet.createRow(index) : sheet.getRow(index);
    }

    private static List<XSSFCell> zoneUsers(XSSFWorkbook wb) {
        AreaReference area = new AreaReference(wb.getName(TemplateLayout.ZONES_NAME).getRefersToFormula(),
                wb.getSpreadsheetVersion());
        CellReference top = area.getFirstCell();
        XSSFSheet sheet = wb.getSheet(top.getSheetName());
        return java.util.stream.IntStream.rangeClosed(top.getRow(), area.getLastCell().getRow())
                .mapToObj(sheet::getRow).filter(r -> r != null && r.getCell(top.getCol() + 2) != null
                        && r.getCell(top.getCol() + 2).getCellType() == CellType.NUMERIC)
                .map(r -> r.getCell(top.getCol() + 2)).toList();
    }

    private static XSSFCell cell(XSSFRow row, int col) {
        return row.getCell(col) == null ? row.createCell(col) : row.getCell(col);
    }

    private static XSSFCell cell(XSSFWorkbook wb, Question f) {
        CellReference ref = new CellReference(wb.getName(f.definedName).getRefersToFormula());
        return wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
    }

    private static void set(XSSFWorkbook wb, Question f, String value) {
        cell(wb, f).setCellValue(value);
    }

    private static void scale(XSSFWorkbook wb, Question f, double factor) {
        XSSFCell c = cell(wb, f);
        c.setCellValue(Double.parseDouble(String.format(java.util.Locale.ROOT, "%.6g", c.getNumericCellValue() * factor)));
    }

    private static void write(Path file, XSSFWorkbook wb) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            ReproducibleXlsx.write(wb, TemplateLayout.TEMPLATE_CREATED, out);
        }
    }
}
