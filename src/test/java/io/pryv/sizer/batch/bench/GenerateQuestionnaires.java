package io.pryv.sizer.batch.bench;

import io.pryv.sizer.files.ReproducibleXlsx;
import io.pryv.sizer.questionnaire.TemplateLayout;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Zone;
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
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes questionnaires for the benchmark (bench/run.sh), each an example of input-templates/examples
 * with its figures varied (users per zone, request rates, customer name), so that no two are alike.
 * <pre>
 *   GenerateQuestionnaires DIR COUNT             COUNT varied questionnaires q0001.xlsx …
 *   GenerateQuestionnaires DIR 1 ZONES USERS     one questionnaire of ZONES zones of USERS users each
 *   GenerateQuestionnaires DIR 1 ZONES USERS YEARS GROWTH
 *                                                the same over a plan of YEARS years, each zone growing by GROWTH %
 *                                                a year in years 2 to 5 (its growth figures), with prices
 * </pre>
 * The plan needs examples of layout 1.3 or later, which have the growth block and the plan's answers.
 */
public final class GenerateQuestionnaires {
    private static final Path EXAMPLES = Path.of("input-templates", "examples");
    private static final List<String> BASES = List.of("small-clinic", "national-health-service", "multi-country-research");

    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        if (args.length > 2) {
            int zones = Integer.parseInt(args[2]);
            long users = Long.parseLong(args[3]);
            XSSFWorkbook wb = large(zones, users);
            String file = "zones-" + zones + "x" + users;
            if (args.length > 4) {
                int years = Integer.parseInt(args[4]);
                plan(wb, zones, users, years, new BigDecimal(args[5]));
                file += "-" + years + "y";
            }
            write(dir.resolve(file + ".xlsx"), wb);
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

    /** The national example with {@code zones} zones of {@code users} users each. */
    static XSSFWorkbook large(int zones, long users) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
                Files.readAllBytes(EXAMPLES.resolve("national-health-service.xlsx"))));
        set(wb, Question.CUSTOMER_NAME, zones + " zones of " + users + " users");
        XSSFName name = wb.getName(TemplateLayout.ZONES_NAME);
        AreaReference area = new AreaReference(name.getRefersToFormula(), wb.getSpreadsheetVersion());
        CellReference top = area.getFirstCell();
        XSSFSheet sheet = wb.getSheet(top.getSheetName());
        for (int z = 0; z < zones; z++) {
            XSSFRow row = sheet.getRow(top.getRow() + z) == null ? sheet.createRow(top.getRow() + z) : sheet.getRow(top.getRow() + z);
            cell(row, top.getCol()).setCellValue(String.format("Zone %03d", z + 1));
            cell(row, top.getCol() + 1).setCellValue("Region " + (z + 1));
            cell(row, top.getCol() + 2).setCellValue(users);
        }
        cover(wb, name, zones);
        return wb;
    }

    /**
     * A plan of {@code years} years (SIZING §8) for the zones of {@link #large}: each zone's users grow by
     * {@code growthPercent} a year in years 2 to 5, the years after keep year 5's; every price is given, so the costs
     * are worked out too.
     */
    static void plan(XSSFWorkbook wb, int zones, long users, int years, BigDecimal growthPercent) {
        XSSFName growth = wb.getName(TemplateLayout.GROWTH_NAME);
        if (growth == null || wb.getName(Question.PLAN_YEARS.definedName) == null) {
            throw new IllegalStateException(EXAMPLES + " has no " + TemplateLayout.GROWTH_NAME + " block or no "
                    + Question.PLAN_YEARS.definedName + ": regenerate the examples on layout 1.3 or later");
        }
        cell(wb, Question.PLAN_YEARS).setCellValue(years);
        set(wb, Question.CURRENCY, "CHF");
        // Prices of the order of a public cloud's, per month.
        price(wb, Question.PRICE_MACHINE_MONTH, 5);
        price(wb, Question.PRICE_VCPU_MONTH, 15);
        price(wb, Question.PRICE_RAM_GB_MONTH, 4);
        price(wb, Question.PRICE_SERVICES_DISK_GB_MONTH, 0.1);
        price(wb, Question.PRICE_DATA_DISK_GB_MONTH, 0.05);
        CellReference top = new AreaReference(growth.getRefersToFormula(), wb.getSpreadsheetVersion()).getFirstCell();
        XSSFSheet sheet = wb.getSheet(top.getSheetName());
        BigDecimal factor = BigDecimal.ONE.add(growthPercent.movePointLeft(2));
        for (int z = 0; z < zones; z++) {
            XSSFRow row = sheet.getRow(top.getRow() + z) == null ? sheet.createRow(top.getRow() + z) : sheet.getRow(top.getRow() + z);
            BigDecimal u = BigDecimal.valueOf(users);
            for (int k = 0; k < Zone.GROWTH_YEARS - 1; k++) {
                u = u.multiply(factor).setScale(0, RoundingMode.CEILING);
                cell(row, top.getCol() + k).setCellValue(u.doubleValue());
            }
        }
        cover(wb, growth, zones);
    }

    /** Stretches a block's defined name down to at least {@code rows} rows, its columns as they are. */
    private static void cover(XSSFWorkbook wb, XSSFName name, int rows) {
        AreaReference area = new AreaReference(name.getRefersToFormula(), wb.getSpreadsheetVersion());
        CellReference top = area.getFirstCell();
        int last = top.getRow() + Math.max(rows, area.getLastCell().getRow() - top.getRow() + 1) - 1;
        name.setRefersToFormula(new AreaReference(top, new CellReference(top.getSheetName(), last,
                area.getLastCell().getCol(), true, true), wb.getSpreadsheetVersion()).formatAsString());
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

    private static void price(XSSFWorkbook wb, Question price, double perMonth) {
        cell(wb, price).setCellValue(perMonth);
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
