package io.pryv.sizer.workbook;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.Sizing;
import io.pryv.sizer.questionnaire.QuestionnaireReader;
import io.pryv.sizer.rules.SizingRules;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The real rules, then the writer: the workbook shows the numbers SIZING.md gives by hand. */
class ResultWorkbookEndToEndTest {
    private static SizingRules rules;

    @TempDir Path dir;

    @BeforeAll
    static void compileRules() throws Exception {
        rules = SizingRules.packaged();
    }

    /** The workbook of 100,000 users on 2 cores whose data is kept {@code years}. */
    private XSSFWorkbook keptFor(String years) throws IOException {
        return written(rules.size(Questionnaires.builder().zone("Switzerland", "Zürich", 100_000)
                .writeRps("0.02").readRps("0.01").writeMBPerDay("0.5").retentionYears(years).build()));
    }

    /** 15 years of retention: the data disk grows from 5 to 6 digits, yet the year columns keep one width. */
    @Test
    void theYearsOfTheStorageSheetShareOneWidth() throws IOException {
        try (XSSFWorkbook book = keptFor("15")) {
            Sheet storage = book.getSheet("Storage");
            Row platform = rowStarting(storage, "Platform, all cores (GB)");
            // 2 cores × ⌈50 000 × 0.5 × 365 × 1.25 / 1000⌉: 22,814 after 1 year, 342,188 after 15.
            assertThat(platform.getCell(2).getNumericCellValue()).isEqualTo(2 * 11_407);
            assertThat(platform.getCell(16).getNumericCellValue()).isEqualTo(2 * 171_094);
            for (int c = 3; c <= 16; c++) assertThat(storage.getColumnWidth(c)).as("column %d", c).isEqualTo(storage.getColumnWidth(2));
            assertPrintedReadably(storage);
        }
    }

    /** 100 years: the same cells, a year a column, printed over several pages wide instead of 102 columns on one. */
    @Test
    void aCenturyOfRetentionPrintsOverSeveralPagesWide() throws IOException {
        try (XSSFWorkbook book = keptFor("100")) {
            Sheet storage = book.getSheet("Storage");
            Row header = rowStarting(storage, "Zone");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("After 1 year");
            assertThat(header.getCell(101).getStringCellValue()).isEqualTo("After 100 years");
            Row platform = rowStarting(storage, "Platform, all cores (GB)");
            assertThat(platform.getCell(2).getNumericCellValue()).isEqualTo(2 * 11_407);
            assertPrintedReadably(storage);
            assertThat(storage.getPrintSetup().getFitWidth()).isGreaterThan((short) 5);
            assertThat(storage.getRepeatingRows().getFirstRow()).isEqualTo(header.getRowNum());
        }
    }

    /**
     * Zone and cores on every page, and no page wider than a landscape page holds at the scale a
     * portrait page of 120 digits prints at, the smallest of the other sheets (A4 with Excel's default
     * margins: 10.3 inches of line in landscape, 6.9 in portrait).
     */
    private static void assertPrintedReadably(Sheet storage) {
        var print = storage.getPrintSetup();
        assertThat(print.getLandscape()).isTrue();
        CellRangeAddress left = storage.getRepeatingColumns();
        assertThat(left.getFirstColumn()).isEqualTo(0);
        assertThat(left.getLastColumn()).isEqualTo(1);
        double total = 0, kept = 0;
        for (int c = 0; c < storage.getRow(storage.getLastRowNum()).getLastCellNum(); c++) {
            double width = storage.getColumnWidth(c) / 256.0;
            total += width;
            if (c < 2) kept += width;
        }
        double page = kept + (total - kept) / print.getFitWidth();
        assertThat(page).as("digits a page holds").isLessThanOrEqualTo(120 * 10.3 / 6.9);
    }

    /**
     * One zone of 100 000 users, 0.02 write req/s each, margin 20 %: 2 400 req/s → 2 cores, 1 200 per
     * core (above half of 2 000 → 4 vCPU). Reads 0.01 → 1 200 req/s, 600 per core (30 %).
     * Disk: 50 000 users × 0.01 MB × 365 × 2 years × 1.25 / 1000 = 456.25 → 457 GB per core.
     * Machines: static-web, register leader, 1 follower (automatic, more than one core), 2 cores.
     */
    @Test
    void onePartitionedZone() throws IOException {
        Sizing sizing = rules.size(Questionnaires.builder().zone("Switzerland", "Zürich", 100_000)
                .writeRps("0.02").readRps("0.01").writeMBPerDay("0.01").writePointsPerDay("20")
                .retentionYears("2").readMBPerDay("0.5").build());
        try (XSSFWorkbook book = written(sizing)) {
            assertThat(named(book, "Result_Topology").getStringCellValue()).isEqualTo("CLUSTER_LOAD_PARTITIONED");
            assertThat(named(book, "Result_VmCount").getNumericCellValue()).isEqualTo(5);
            assertThat(named(book, "Result_CoreCount").getNumericCellValue()).isEqualTo(2);
            assertThat(named(book, "Result_TotalVcpu").getNumericCellValue()).isEqualTo(1 + 1 + 1 + 2 * 4);
            assertThat(named(book, "Result_TotalRamGb").getNumericCellValue()).isEqualTo(0.5 + 2 + 2 + 2 * 4);
            assertThat(named(book, "Result_TotalDataDiskGb").getNumericCellValue()).isEqualTo(15 + 15 + 2 * 457);

            Row zone = rowStarting(book.getSheet("Capacity"), "Switzerland");
            assertThat(zone.getCell(3).getNumericCellValue()).isEqualTo(2);
            assertThat(zone.getCell(4).getStringCellValue()).isEqualTo("write requests");
            assertThat(zone.getCell(7).getNumericCellValue()).isEqualTo(457);
            assertThat(zone.getCell(8).getNumericCellValue()).isEqualTo(100_000 * 0.5);
            Row write = rowStarting(book.getSheet("Capacity"), "Switzerland", "Write requests");
            assertThat(write.getCell(3).getNumericCellValue()).isEqualTo(2400);
            assertThat(write.getCell(6).getNumericCellValue()).isEqualTo(1200);
            assertThat(write.getCell(7).getNumericCellValue()).isEqualTo(0.6);
            assertThat(rowStarting(book.getSheet("Capacity"), "Switzerland", "Read requests").getCell(7)
                    .getNumericCellValue()).isEqualTo(0.3);

            Row core = rowStarting(book.getSheet("Bill of Materials"), "core");
            assertThat(core.getCell(1).getNumericCellValue()).isEqualTo(4);   // vCPU, upgraded
            assertThat(core.getCell(5).getNumericCellValue()).isEqualTo(2);   // quantity
            assertThat(rowStarting(book.getSheet("Bill of Materials"), "core-switzerland-02")).isNotNull();

            // 229 GB per core after one year (⌈228.125⌉), 457 after two; 2 cores.
            Row platform = rowStarting(book.getSheet("Storage"), "Platform, all cores (GB)");
            assertThat(platform.getCell(2).getNumericCellValue()).isEqualTo(458);
            assertThat(platform.getCell(3).getNumericCellValue()).isEqualTo(914);

            assertThat(rowStarting(book.getSheet("Summary"), "Topology").getCell(1).getStringCellValue())
                    .isEqualTo("Cluster partitioned for load");
            assertThat(rowStarting(book.getSheet("Summary"), "Topology").getCell(2).getStringCellValue())
                    .startsWith("One zone that needs 2 cores");
            assertThat(book.getSheet("Decision Log").getLastRowNum()).isGreaterThan(5);
        }
    }

    /**
     * Two zones → compliance zones. EU: 50 000 × 0.02 × 1.2 = 1 200 req/s → 1 core, at 60 % → 4 vCPU;
     * disk ⌈50 000 × 0.1 × 365 × 1.25 / 1000⌉ = ⌈2 281.25⌉ = 2 282 GB. "@CH": 20 000 users → 480 req/s,
     * 1 core at 24 % (2 vCPU); disk ⌈912.5⌉ = 913 GB. Two cores → one follower. Zone names are text,
     * even the one starting with "@".
     */
    @Test
    void twoComplianceZonesWithAFormulaLookingName() throws IOException {
        Sizing sizing = rules.size(Questionnaires.builder().customer("=1+1")
                .zone("EU", "Frankfurt", 50_000).zone("@CH", "Zürich", 20_000)
                .writeRps("0.02").writeMBPerDay("0.1").retentionYears("1").build());
        try (XSSFWorkbook book = written(sizing)) {
            assertThat(named(book, "Result_Topology").getStringCellValue()).isEqualTo("CLUSTER_COMPLIANCE_ZONES");
            assertThat(named(book, "Result_VmCount").getNumericCellValue()).isEqualTo(5);
            assertThat(named(book, "Result_TotalVcpu").getNumericCellValue()).isEqualTo(1 + 1 + 1 + 4 + 2);
            assertThat(named(book, "Result_TotalDataDiskGb").getNumericCellValue()).isEqualTo(15 + 15 + 2282 + 913);

            Cell customer = rowStarting(book.getSheet("Summary"), "Customer name").getCell(1);
            assertThat(customer.getCellType()).isEqualTo(CellType.STRING);
            assertThat(customer.getStringCellValue()).isEqualTo("=1+1");
            Cell zone = rowStarting(book.getSheet("Capacity"), "@CH").getCell(0);
            assertThat(zone.getCellType()).isEqualTo(CellType.STRING);
            assertThat(rowStarting(book.getSheet("Capacity"), "@CH").getCell(7).getNumericCellValue()).isEqualTo(913);
            assertThat(rowStarting(book.getSheet("Bill of Materials"), "core-ch-01").getCell(6).getStringCellValue())
                    .isEqualTo("@CH");
        }
    }

    /** The real path: a filled template read, sized and written twice; its own sheets come first, untouched. */
    @Test
    void anExampleQuestionnaireKeepsItsSheetsAndGetsTheResultsAfterThem() throws Exception {
        Path example = Path.of("input-templates/examples/multi-country-research.xlsx");
        byte[] input = Files.readAllBytes(example);
        List<String> questionnaireSheets = new ArrayList<>();
        String customer;
        try (XSSFWorkbook book = QuestionnaireReader.open(example)) {
            book.forEach(sheet -> questionnaireSheets.add(sheet.getSheetName()));
            customer = named(book, "CustomerName").getStringCellValue();
        }
        Path first = dir.resolve("first.xlsx");
        Path second = dir.resolve("second.xlsx");
        Sizing sizing = null;
        for (Path out : List.of(first, second)) {   // two whole runs: read, size, write
            try (XSSFWorkbook book = QuestionnaireReader.open(example)) {
                sizing = rules.size(QuestionnaireReader.read(book, example.getFileName().toString()));
                ResultWorkbook.write(book, sizing, out);
            }
        }
        assertThat(Files.mismatch(first, second)).as("first differing byte").isEqualTo(-1);
        assertThat(Files.readAllBytes(example)).isEqualTo(input);
        try (InputStream in = Files.newInputStream(first); XSSFWorkbook book = new XSSFWorkbook(in)) {
            List<String> sheets = new ArrayList<>();
            book.forEach(sheet -> sheets.add(sheet.getSheetName()));
            List<String> expected = new ArrayList<>(questionnaireSheets);
            expected.addAll(ResultSheets.NAMES);
            assertThat(sheets).isEqualTo(expected);
            assertThat(named(book, "CustomerName").getStringCellValue()).isEqualTo(customer);
            assertThat(named(book, "Result_VmCount").getNumericCellValue()).isEqualTo(sizing.vmCount());
            assertThat(named(book, "Result_Topology").getStringCellValue()).isEqualTo(sizing.topology().name());
            assertThat(book.getActiveSheetIndex()).isEqualTo(questionnaireSheets.size());
        }
    }

    private XSSFWorkbook written(Sizing sizing) throws IOException {
        Path out = dir.resolve("result.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            ResultWorkbook.write(book, sizing, out);
        }
        try (InputStream in = Files.newInputStream(out)) {
            return new XSSFWorkbook(in);
        }
    }

    private static Cell named(XSSFWorkbook book, String name) {
        CellReference ref = new AreaReference(book.getName(name).getRefersToFormula(), book.getSpreadsheetVersion()).getFirstCell();
        return book.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
    }

    /** The row whose first two cells are {@code first} and {@code second}: a zone's line for one metric. */
    private static Row rowStarting(Sheet sheet, String first, String second) {
        for (Row row : sheet) {
            Cell a = row.getCell(0), b = row.getCell(1);
            if (a != null && b != null && a.getCellType() == CellType.STRING && b.getCellType() == CellType.STRING
                    && a.getStringCellValue().equals(first) && b.getStringCellValue().equals(second)) return row;
        }
        throw new AssertionError("no row '" + first + "', '" + second + "' in " + sheet.getSheetName());
    }

    private static Row rowStarting(Sheet sheet, String text) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(text)) return row;
        }
        throw new AssertionError("no row starting with '" + text + "' in " + sheet.getSheetName());
    }
}
