package io.pryv.sizer.batch.bench;

import io.pryv.sizer.files.ReproducibleXlsx;
import io.pryv.sizer.questionnaire.TemplateLayout;
import io.pryv.sizer.model.Question;
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
 * </pre>
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
        int last = top.getRow() + Math.max(zones, area.getLastCell().getRow() - top.getRow() + 1) - 1;
        name.setRefersToFormula(new AreaReference(top, new CellReference(top.getSheetName(), last,
                top.getCol() + 2, true, true), wb.getSpreadsheetVersion()).formatAsString());
        return wb;
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
