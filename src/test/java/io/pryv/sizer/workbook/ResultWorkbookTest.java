package io.pryv.sizer.workbook;

import io.pryv.sizer.model.Sizing;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResultWorkbookTest {
    @TempDir Path dir;

    @Test
    void textNumbersAndDatesReadBackAsWritten() throws IOException {
        // Markup, quotes, spaces at the ends, line breaks, a tab, a character outside the BMP, and one XML cannot
        // carry (written as "?", as POI does).
        String customer = " <b>Tom & \"Jerry\"</b>\r\nsecond line\tend \uD83D\uDE00\u0001 ";
        try (XSSFWorkbook book = written(Sizings.loadPartitioned(customer))) {
            Sheet summary = book.getSheet("Summary");
            assertThat(text(rowStarting(summary, "Customer name", 0).getCell(1))).isEqualTo(customer.replace('\u0001', '?'));
            assertThat(rowStarting(summary, "Questionnaire date", 0).getCell(1).getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.of(2024, 3, 1, 0, 0));
            assertThat(rowStarting(summary, "Total RAM (GB)", 0).getCell(1).getNumericCellValue()).isEqualTo(12.5);
            assertThat(summary.getRow(0).getHeightInPoints()).as("the title's row").isEqualTo(22);
        }
    }

    @Test
    void definedNamesResolveToTheHeadlineFigures() throws IOException {
        try (XSSFWorkbook book = written(Sizings.loadPartitioned("Test Clinic"))) {
            assertThat(named(book, "Result_Topology").getStringCellValue()).isEqualTo("CLUSTER_LOAD_PARTITIONED");
            // static-web, register leader, one follower, two cores (see Sizings.loadPartitioned).
            assertThat(numberNamed(book, "Result_VmCount")).isEqualTo(5);
            assertThat(numberNamed(book, "Result_CoreCount")).isEqualTo(2);
            // 1 + 1 + 1 + 2 × 4 (cores upgraded for high requests)
            assertThat(numberNamed(book, "Result_TotalVcpu")).isEqualTo(11);
            // 0.5 + 2 + 2 + 2 × 4
            assertThat(numberNamed(book, "Result_TotalRamGb")).isEqualTo(12.5);
            // 0 + 15 + 15 + 2 × 457
            assertThat(numberNamed(book, "Result_TotalDataDiskGb")).isEqualTo(944);
            for (String n : ResultWorkbook.RESULT_NAMES) {
                assertThat(book.getName(n).getSheetIndex()).as(n + " has workbook scope").isEqualTo(-1);
            }
            Row services = rowStarting(book.getSheet("Summary"), "Total services disk (GB)", 0);
            assertThat(services.getCell(1).getNumericCellValue()).isEqualTo(110);   // 10 + 20 + 20 + 2 × 30
        }
    }

    @Test
    void summaryNamesTheTopologyAndGivesTheReasonOfItsRule() throws IOException {
        try (XSSFWorkbook book = written(Sizings.loadPartitioned("Test Clinic"))) {
            // People read the label the brief gives; the key is for tools, in the named cell of the next row.
            Row topology = rowStarting(book.getSheet("Summary"), "Topology", 0);
            assertThat(topology.getCell(1).getStringCellValue()).isEqualTo("Cluster partitioned for load");
            assertThat(topology.getCell(2).getStringCellValue())
                    .isEqualTo("One zone that needs 2 cores (set by write requests): users are spread over the cores.");
            Row key = rowStarting(book.getSheet("Summary"), "Topology key", 0);
            assertThat(key.getCell(1).getStringCellValue()).isEqualTo("CLUSTER_LOAD_PARTITIONED");
            assertThat(book.getName("Result_Topology").getRefersToFormula()).isEqualTo("Summary!$B$" + (key.getRowNum() + 1));
            assertThat(rowStarting(book.getSheet("Summary"), "core", 0).getCell(1).getNumericCellValue()).isEqualTo(2);
            // The register's machines named as in the brief and the bill of materials.
            assertThat(rowStarting(book.getSheet("Summary"), "register leader", 0).getCell(1).getNumericCellValue()).isEqualTo(1);
            assertThat(rowStarting(book.getSheet("Summary"), "register follower", 0).getCell(1).getNumericCellValue()).isEqualTo(1);
            assertThatThrownBy(() -> rowStarting(book.getSheet("Summary"), "register", 0)).isInstanceOf(AssertionError.class);
        }
    }

    @Test
    void billOfMaterialsListsEachMachineTypeWithItsQuantityAndTotals() throws IOException {
        try (XSSFWorkbook book = written(Sizings.loadPartitioned("Test Clinic"))) {
            Sheet bom = book.getSheet("Bill of Materials");
            assertThat(numbers(rowStarting(bom, "static-web", 0), 1, 9)).isEqualTo("1 0.5 10 0 1 1 0.5 10 0");
            assertThat(numbers(rowStarting(bom, "register leader", 0), 1, 9)).isEqualTo("1 2 20 15 1 1 2 20 15");
            assertThat(numbers(rowStarting(bom, "register follower", 0), 1, 9)).isEqualTo("1 2 20 15 1 1 2 20 15");
            // vCPU, RAM, services, data disk, quantity; then the totals of the two cores.
            assertThat(numbers(rowStarting(bom, "core", 0), 1, 9)).isEqualTo("4 4 30 457 2 8 8 60 914");
            assertThat(text(rowStarting(bom, "core", 0).getCell(10))).isEqualTo("Switzerland");
            Row total = rowStarting(bom, "Total", 0);
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(5);
            assertThat(numbers(total, 6, 9)).isEqualTo("11 12.5 110 944");

            Row hosts = rowStarting(bom, "Host name", 0);
            List<String> names = new ArrayList<>();
            for (int r = hosts.getRowNum() + 1; r <= bom.getLastRowNum(); r++) names.add(text(bom.getRow(r).getCell(0)));
            assertThat(names).containsExactly("static-web", "register-leader", "register-follower-switzerland-01",
                    "core-switzerland-01", "core-switzerland-02");
            Row core = bom.getRow(hosts.getRowNum() + 4);
            assertThat(numbers(core, 1, 4)).isEqualTo("4 4 30 457");
            assertThat(text(core.getCell(5))).isEqualTo("core");
            assertThat(text(core.getCell(6))).isEqualTo("Switzerland");

            Row upgrade = rowStarting(bom, "Zone", 0);
            // High requests raise the vCPU only (SIZING.md §4): the RAM cell stays blank.
            assertThat(numbers(bom.getRow(upgrade.getRowNum() + 1), 1, 1)).isEqualTo("4");
            Cell ram = bom.getRow(upgrade.getRowNum() + 1).getCell(2);
            assertThat(ram == null || ram.getCellType() == CellType.BLANK).as("no minimum RAM").isTrue();
            assertThat(text(bom.getRow(upgrade.getRowNum() + 1).getCell(3))).isEqualTo(
                    "core – high write requests");
        }
    }

    @Test
    void capacityShowsEachZonesLoadsLimitsAndUtilisation() throws IOException {
        try (XSSFWorkbook book = written(Sizings.loadPartitioned("Test Clinic"))) {
            Sheet capacity = book.getSheet("Capacity");
            Row zone = rowStarting(capacity, "Switzerland", 0);
            assertThat(text(zone.getCell(1))).isEqualTo("Zürich");
            assertThat(numbers(zone, 2, 3)).isEqualTo("100000 2");
            assertThat(text(zone.getCell(4))).isEqualTo("write requests");
            // users on the fullest core, daily MB per user, core data disk, egress 100 000 × 0.5 MB
            assertThat(numbers(zone, 5, 8)).isEqualTo("50000 0.01 457 50000");
            Row header = rowStarting(capacity, "Zone", 0);
            assertThat(text(header.getCell(8))).isEqualTo("Daily read volume (MB)");
            // write: 100 000 × 0.02 × 1.2 = 2 400 req/s, limit 2 000, 2 cores needed, 1 200 per core = 60 %
            Row write = rowStarting(capacity, "Switzerland", rowStarting(capacity, "Load against the limit of one core", 0).getRowNum());
            assertThat(text(write.getCell(1))).isEqualTo("Write requests");
            assertThat(numbers(write, 3, 7)).isEqualTo("2400 2000 2 1200 0.6");
            assertThat(write.getCell(7).getCellStyle().getDataFormatString()).contains("%");
            // read: 100 000 × 0.01 × 1.2 = 1 200 req/s, 1 core needed, 600 per core = 30 %
            Row read = capacity.getRow(write.getRowNum() + 1);
            assertThat(text(read.getCell(1))).isEqualTo("Read requests");
            assertThat(numbers(read, 3, 7)).isEqualTo("1200 2000 1 600 0.3");
            assertThat(text(capacity.getRow(1).getCell(0))).isEqualTo("Loads are peaks with the 20% safety margin. "
                    + "Utilisation: load per core over the limit of one core, rounded up to 0.1%; load per core rounded up to 0.01.");
        }
    }

    /** SIZING.md §7 on the cores bought: 2 cores × 2 000 / (0.02 × 1.2) = 166 666.6… → 166 666 users (writes). */
    @Test
    void capacityShowsEachZonesHeadroom() throws IOException {
        try (XSSFWorkbook book = written(Sizings.loadPartitioned("Test Clinic"))) {
            Sheet capacity = book.getSheet("Capacity");
            Row header = rowStarting(capacity, "Zone", rowStarting(capacity, "Headroom on these cores", 0).getRowNum());
            assertThat(text(header.getCell(5))).isEqualTo("Headroom");
            Row zone = capacity.getRow(header.getRowNum() + 1);
            assertThat(text(zone.getCell(0))).isEqualTo("Switzerland");
            assertThat(text(zone.getCell(1))).isEqualTo("write requests");
            // room 166 666 − 100 000 = 66 666 = 66.666 % of the users → 66
            assertThat(numbers(zone, 2, 4)).isEqualTo("166666 66666 66");
            assertThat(text(zone.getCell(5)))
                    .isEqualTo("2 cores hold up to 166,666 users (write requests); 100,000 users: room for 66,666 (66 %)");
        }
    }

    @Test
    void capacityListsTheDataDiskOnlyUnderACap() throws IOException {
        try (XSSFWorkbook book = written(Sizings.dataDiskCapped())) {
            Sheet capacity = book.getSheet("Capacity");
            Row zone = rowStarting(capacity, "Zurich", 0);
            assertThat(text(zone.getCell(4))).isEqualTo("data disk");
            // users, cores; users on the fullest core, daily MB, core data disk
            assertThat(numbers(zone, 2, 3) + " | " + numbers(zone, 5, 7)).isEqualTo("161 2 | 81 0.5 37");
            // 161 users against 160 per core, 2 cores; 81 on the fullest core, 81 / 160 = 50.625 % → 50.7 %
            Row write = rowStarting(capacity, "Zurich", rowStarting(capacity, "Load against the limit of one core", 0).getRowNum());
            Row disk = capacity.getRow(write.getRowNum() + 4);
            assertThat(text(disk.getCell(1)) + " | " + text(disk.getCell(2))).isEqualTo("Data disk | users");
            assertThat(numbers(disk, 3, 7)).isEqualTo("161 160 2 81 0.507");
            assertThat(text(capacity.getRow(1).getCell(0))).endsWith("load per core rounded up to 0.01. Data disk: the zone's "
                    + "users against the users one core's disk holds under the 73 GB cap; per core, the users on the fullest core.");
        }
        // Without a cap: the four loads only, and no word of a cap.
        try (XSSFWorkbook book = written(Sizings.loadPartitioned("Test Clinic"))) {
            Sheet capacity = book.getSheet("Capacity");
            Row write = rowStarting(capacity, "Switzerland", rowStarting(capacity, "Load against the limit of one core", 0).getRowNum());
            Row lastLoad = capacity.getRow(write.getRowNum() + 3);
            assertThat(text(lastLoad.getCell(1))).isEqualTo("Attachment writes");
            assertThat(capacity.getRow(lastLoad.getRowNum() + 1)).isNull();
        }
    }

    /** Two zones growing over 3 years, with prices: see Sizings.growingPriced for the working of each figure. */
    @Test
    void planSheetGivesEachYearItsMachinesAdditionsDataDiskAndCost() throws IOException {
        try (XSSFWorkbook book = written(Sizings.growingPriced())) {
            Sheet plan = book.getSheet("Plan by Year");
            Row header = rowStarting(plan, "Year", 0);
            assertThat(cells(header, 0, 8)).isEqualTo("Year | Topology | Users | Machines | Cores | "
                    + "Machines added | Data disk provisioned (GB) | Cost of the year (CHF) | Added that year");
            // year, users, machines, cores, added, data disk provisioned, cost
            assertThat(cells(plan.getRow(header.getRowNum() + 1), 0, 8)).isEqualTo(
                    "1 | Cluster partitioned by compliance zone | 190,000 | 5 | 2 | 5 | 1,048 | 4,555.92 | the bill of materials");
            assertThat(cells(plan.getRow(header.getRowNum() + 2), 0, 8)).isEqualTo(
                    "2 | Cluster partitioned by compliance zone | 340,000 | 6 | 3 | 1 | 3,283 | 7,082.82 | 1 core in DE");
            assertThat(cells(plan.getRow(header.getRowNum() + 3), 0, 8)).isEqualTo(
                    "3 | Cluster partitioned by compliance zone | 550,000 | 7 | 4 | 1 | 5,200 | 9,438.00 | 1 core in CH");
            Row total = plan.getRow(header.getRowNum() + 4);
            assertThat(text(total.getCell(0)) + " | " + shown(total.getCell(7))).isEqualTo("Plan, 3 years | 21,076.74");
            assertThat(total.getCell(7).getNumericCellValue()).isEqualTo(21_076.74);

            // A line per year and zone: users, cores, cores added, fullest core, data disk per core; then the headroom
            // of §7 on that year's cores, ⌊c × 2 000 / 0.01⌋ = c × 200 000 users (write requests).
            Row zones = rowStarting(plan, "Year", header.getRowNum() + 1);
            assertThat(cells(zones, 0, 10)).isEqualTo("Year | Zone | Users | Cores | Cores added | Users on fullest core | "
                    + "Data disk per core (GB) | Next core for | User limit | Room to grow (users) | Room (% of users)");
            List<String> lines = new ArrayList<>();
            for (int r = zones.getRowNum() + 1; r <= plan.getLastRowNum(); r++) lines.add(cells(plan.getRow(r), 0, 10));
            assertThat(lines).containsExactly(
                    "1 | DE | 150,000 | 1 | 1 | 150,000 | 685 | write requests | 200,000 | 50,000 | 33",
                    "1 | CH | 40,000 | 1 | 1 | 40,000 | 183 | write requests | 200,000 | 160,000 | 400",
                    "2 | DE | 300,000 | 2 | 1 | 150,000 | 1,369 | write requests | 400,000 | 100,000 | 33",
                    "2 | CH | 40,000 | 1 | 0 | 40,000 | 365 | write requests | 200,000 | 160,000 | 400",
                    "3 | DE | 300,000 | 2 | 0 | 150,000 | 1,369 | write requests | 400,000 | 100,000 | 33",
                    "3 | CH | 250,000 | 2 | 1 | 125,000 | 1,141 | write requests | 400,000 | 150,000 | 60");
            // Operations filter the zones' table by zone or year: Excel's filter buttons, usable on the protected sheet.
            var sheet = book.getSheet("Plan by Year").getCTWorksheet();
            assertThat(sheet.getAutoFilter().getRef()).isEqualTo("A" + (zones.getRowNum() + 1) + ":K" + (plan.getLastRowNum() + 1));
            assertThat(sheet.getSheetProtection().getAutoFilter()).as("filtering locked").isFalse();
            assertThat(plan.getRepeatingRows().getFirstRow()).isEqualTo(zones.getRowNum());
        }
    }

    /**
     * Each line's machines as in service in year 1, their data disk as provisioned then (Sizings.growingPriced):
     * a core in DE 110 + 0.045 × 685 = 140.825, shown 140.83 (half up, where half even would give 140.82); in CH
     * 110 + 0.045 × 183 = 118.235 → 118.24. Total 32.5 + 44.05 + 44.05 + 140.825 + 118.235 = 379.66 = 4 555.92 / 12.
     */
    @Test
    void billOfMaterialsGivesEachLinesMonthlyCostInYearOne() throws IOException {
        try (XSSFWorkbook book = written(Sizings.growingPriced())) {
            Sheet bom = book.getSheet("Bill of Materials");
            Row header = rowStarting(bom, "Machine", 0);
            assertThat(cells(header, 9, 11)).isEqualTo("Total data disk (GB) | Monthly cost in year 1 (CHF) | Zones");
            List<String> lines = new ArrayList<>();
            for (int r = header.getRowNum() + 1; r <= header.getRowNum() + 6; r++) {
                Row line = bom.getRow(r);
                lines.add(text(line.getCell(0)) + " " + shown(line.getCell(4)) + " " + shown(line.getCell(10)) + " " + shown(line.getCell(11)));
            }
            assertThat(lines).containsExactly("static-web 0 32.50 DE", "register leader 90 44.05 DE", "register follower 90 44.05 CH",
                    "core 1,369 140.83 DE", "core 1,141 118.24 CH", "Total  379.66 ");
            assertThat(bom.getRow(header.getRowNum() + 4).getCell(10).getNumericCellValue()).isEqualTo(140.83);
            assertThat(bom.getRow(header.getRowNum() + 4).getCell(10).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00_)");
        }
    }

    /**
     * Sizings.growingPriced, year 1 (what the bill of materials buys): in DE static-web, the register leader and a core
     * (data disk 1 369 GB), in CH the follower and a core (1 141 GB). Monthly costs as on the bill of materials
     * (SIZING.md §9): 32.5, 44.05, 140.825 → 140.83, 44.05, 118.235 → 118.24; the other lines have no price.
     * Data disks: DE 90 + 1 369 = 1 459 GB on 2 disks (static-web has none), CH 90 + 1 141 = 1 231 GB. Public addresses:
     * every role here answers clients (443/tcp), 3 in DE and 2 in CH. Backup: 2 full copies (the default), 2 918 and
     * 2 462 GB. No attachments and no reads: no bandwidth or transfer lines. Total 379.66, as on the bill of materials.
     */
    @Test
    void purchaseSheetListsEachOrderLineWithItsMonthlyCostAndTheTotal() throws IOException {
        try (XSSFWorkbook book = written(Sizings.growingPriced())) {
            List<String> sheets = new ArrayList<>();
            book.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets.indexOf("Purchase")).as("right after the bill of materials").isEqualTo(sheets.indexOf("Bill of Materials") + 1);
            XSSFSheet sheet = book.getSheet("Purchase");
            Row header = rowStarting(sheet, "Item", 0);
            assertThat(cells(header, 0, 5)).isEqualTo("Item | Zone | Quantity | Unit | Specification | Monthly cost in year 1 (CHF)");
            List<String> lines = new ArrayList<>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row line = sheet.getRow(r);
                lines.add(cells(line, 0, 3) + " | " + cells(line, 5, 5));
            }
            assertThat(lines).containsExactly(
                    "Virtual machine: static-web | DE | 1 | machines | 32.50",
                    "Virtual machine: register leader | DE | 1 | machines | 44.05",
                    "Virtual machine: core | DE | 1 | machines | 140.83",
                    "Virtual machine: register follower | CH | 1 | machines | 44.05",
                    "Virtual machine: core | CH | 1 | machines | 118.24",
                    "Data disk | DE | 1,459 | GB | ",
                    "Data disk | CH | 1,231 | GB | ",
                    "Public IPv4 address | DE | 3 | addresses | ",
                    "Public IPv4 address | CH | 2 | addresses | ",
                    "Domain name |  | 1 | domain | ",
                    "Wildcard TLS certificate |  | 1 | certificate | ",
                    "Pryv.io licence key |  | 1 | licence | ",
                    "E-mail relay (SMTP) |  | 1 | account | ",
                    "Backup storage | DE | 2,918 | GB | ",
                    "Backup storage | CH | 2,462 | GB | ",
                    "Total |  |  |  | 379.66");
            Row core = sheet.getRow(header.getRowNum() + 3);
            assertThat(core.getCell(5).getNumericCellValue()).isEqualTo(140.83);
            assertThat(core.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00_)");
            Row disk = sheet.getRow(header.getRowNum() + 6);
            assertThat(disk.getCell(2).getNumericCellValue()).isEqualTo(1_459);
            assertThat(disk.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0_)");
            assertThat(disk.getCell(5).getCellType()).as("no price for a disk alone").isEqualTo(CellType.BLANK);
            assertThat(disk.getCell(4).getCellStyle().getWrapText()).as("the specification wraps").isTrue();
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(5).getNumericCellValue()).isEqualTo(379.66);

            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (header.getRowNum() + 1));
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).as("the lines, not the total")
                    .isEqualTo("A" + (header.getRowNum() + 1) + ":F" + (header.getRowNum() + 16));
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getColumnWidth(4)).as("the specification's column is the widest").isGreaterThan(sheet.getColumnWidth(0));
        }
    }

    @Test
    void withoutPricesThePurchaseSheetHasNoCostColumnAndSaysSo() throws IOException {
        try (XSSFWorkbook book = written(Sizings.growingUnpriced())) {
            Sheet sheet = book.getSheet("Purchase");
            Row header = rowStarting(sheet, "Item", 0);
            assertThat(cells(header, 0, 4)).isEqualTo("Item | Zone | Quantity | Unit | Specification");
            assertThat(header.getCell(5)).isNull();
            // The last line: the second zone's backup storage (see purchaseSheetListsEachOrderLineWithItsMonthlyCostAndTheTotal).
            Row last = rowStarting(sheet, "Backup storage", rowStarting(sheet, "Backup storage", header.getRowNum()).getRowNum() + 1);
            assertThat(text(last.getCell(1))).isEqualTo("CH");
            int end = last.getRowNum();
            assertThat(sheet.getRow(end + 1)).as("a blank line under the table").isNull();
            assertThat(text(sheet.getRow(end + 2).getCell(0))).isEqualTo("No prices were given, so the plan has no costs: "
                    + "a currency and the prices per month on the questionnaire's Plan sheet would give the cost of each year and of the whole plan.");
            assertThat(sheet.getLastRowNum()).isEqualTo(end + 2);
        }
    }

    @Test
    void aZoneNamedLikeAFormulaStaysTextOnThePurchaseSheet() throws IOException {
        try (XSSFWorkbook book = written(Sizings.oneZoneNamed("=1+1"))) {
            Cell zone = rowStarting(book.getSheet("Purchase"), "Public IPv4 address", 0).getCell(1);
            assertThat(zone.getCellType()).isEqualTo(CellType.STRING);
            assertThat(zone.getStringCellValue()).isEqualTo("=1+1");
        }
    }

    @Test
    void definedNamesGiveThePlanAndItsCosts() throws IOException {
        try (XSSFWorkbook book = written(Sizings.growingPriced())) {
            assertThat(numberNamed(book, "Result_PlanYears")).isEqualTo(3);
            // Year 3: static-web, register leader and follower, 2 cores in DE and 2 in CH.
            assertThat(numberNamed(book, "Result_PlanVmCount")).isEqualTo(7);
            assertThat(numberNamed(book, "Result_PlanCoreCount")).isEqualTo(4);
            assertThat(named(book, "Result_Currency").getStringCellValue()).isEqualTo("CHF");
            assertThat(numberNamed(book, "Result_Year1Cost")).isEqualTo(4_555.92);
            assertThat(numberNamed(book, "Result_PlanCost")).isEqualTo(21_076.74);
            assertThat(shown(named(book, "Result_PlanCost"))).isEqualTo("21,076.74");
            Sheet summary = book.getSheet("Summary");
            assertThat(text(rowStarting(summary, "Cost of year 1 (CHF)", 0).getCell(2)))
                    .isEqualTo("12 × the monthly cost of the machines in service in year 1");
            Row blank = rowStarting(summary, "Prices left blank", 0);
            assertThat(text(blank.getCell(1)) + " | " + text(blank.getCell(2))).isEqualTo("Price per GB of services disk | counted as 0");
            assertThat(text(rowStarting(summary, "Plan length (years)", 0).getCell(2)))
                    .isEqualTo("the users of each year beside the zones: see the Plan by Year sheet");
        }
    }

    /** One zone of 100 000 users, no growth figure, no price (Sizings.loadPartitioned): 5 machines every year of 5. */
    @Test
    void withoutPricesOrGrowthTheWorkbookSaysWhatToFillIn() throws IOException {
        try (XSSFWorkbook book = written(Sizings.loadPartitioned("Test Clinic"))) {
            assertThat(numberNamed(book, "Result_PlanYears")).isEqualTo(5);
            assertThat(numberNamed(book, "Result_PlanVmCount")).isEqualTo(5);
            assertThat(numberNamed(book, "Result_PlanCoreCount")).isEqualTo(2);
            for (String name : List.of("Result_Currency", "Result_Year1Cost", "Result_PlanCost")) {
                assertThat(named(book, name).getCellType()).as(name).isEqualTo(CellType.BLANK);
            }
            Sheet summary = book.getSheet("Summary");
            assertThat(text(rowStarting(summary, "Currency", 0).getCell(2))).isEqualTo("No prices were given, so the plan has no costs: "
                    + "a currency and the prices per month on the questionnaire's Plan sheet would give the cost of each year and of the whole plan.");
            assertThat(text(rowStarting(summary, "Plan length (years)", 0).getCell(2))).isEqualTo("No growth figures were given: every year "
                    + "has the users of year 1. The users of years 2 to 5 beside the zones (Deployment sheet) would give a plan that grows.");
            assertThatThrownBy(() -> rowStarting(summary, "Prices left blank", 0)).isInstanceOf(AssertionError.class);

            Sheet bom = book.getSheet("Bill of Materials");
            Row header = rowStarting(bom, "Machine", 0);
            assertThat(text(header.getCell(10))).isEqualTo("Zones");
            assertThat(header.getCell(11)).isNull();

            Sheet plan = book.getSheet("Plan by Year");
            assertThat(text(plan.getRow(1).getCell(0))).endsWith("No prices were given, so the plan has no costs: "
                    + "a currency and the prices per month on the questionnaire's Plan sheet would give the cost of each year and of the whole plan.");
            Row years = rowStarting(plan, "Year", 0);
            assertThat(text(years.getCell(7))).isEqualTo("Added that year");
            // Year 1: each core holds a year of data, ⌈50 000 × 0.01 × 365 × 1.25 / 1000⌉ = 229 GB; 2 × 229 + 15 + 15 = 488.
            assertThat(cells(plan.getRow(years.getRowNum() + 1), 0, 7))
                    .isEqualTo("1 | Cluster partitioned for load | 100,000 | 5 | 2 | 5 | 488 | the bill of materials");
            // From year 2 on, the 2 years kept: 457 GB each, as bought; 2 × 457 + 30 = 944.
            assertThat(cells(plan.getRow(years.getRowNum() + 5), 0, 7))
                    .isEqualTo("5 | Cluster partitioned for load | 100,000 | 5 | 2 | 0 | 944 | nothing");
            assertThat(plan.getRow(years.getRowNum() + 6)).as("no total without costs").isNull();
        }
    }

    /**
     * One zone of 1 000 users writing 2 req/s, margin 0 (Sizings.large): 2 000 req/s on 1 core, its limit; it holds
     * ⌊2 000 / 2⌋ = 1 000 users, the users it has (no data written: a data disk of 0): no room left, which the Capacity and Plan by Year sheets say in words.
     */
    @Test
    void aFullZoneSaysPlainlyThatItHasNoRoomLeft() throws IOException {
        try (XSSFWorkbook book = written(Sizings.large(1, 1))) {
            Sheet capacity = book.getSheet("Capacity");
            Row zone = rowStarting(capacity, "Zone 1", rowStarting(capacity, "Headroom on these cores", 0).getRowNum());
            assertThat(cells(zone, 1, 5)).isEqualTo("write requests | 1,000 | no room left | 0 | 1 core holds up to 1,000 users "
                    + "(write requests); 1,000 users: no room left: the next user needs another core (write requests)");
            assertThat(((XSSFCellStyle) zone.getCell(3).getCellStyle()).getFont().getBold()).isTrue();
            assertThat(((XSSFCellStyle) zone.getCell(4).getCellStyle()).getFont().getBold()).isTrue();

            Sheet plan = book.getSheet("Plan by Year");
            Row first = plan.getRow(rowStarting(plan, "Year", rowStarting(plan, "Zones by year", 0).getRowNum()).getRowNum() + 1);
            assertThat(cells(first, 0, 10)).isEqualTo("1 | Zone 1 | 1,000 | 1 | 1 | 1,000 | 0 | write requests | 1,000 | no room left | 0");
            assertThat(((XSSFCellStyle) first.getCell(9).getCellStyle()).getFont().getBold()).isTrue();
        }
        // A zone with room: plain numbers (Sizings.loadPartitioned: room for 66,666 users, 66 %).
        try (XSSFWorkbook book = written(Sizings.loadPartitioned("Test Clinic"))) {
            Sheet capacity = book.getSheet("Capacity");
            Row zone = rowStarting(capacity, "Switzerland", rowStarting(capacity, "Headroom on these cores", 0).getRowNum());
            assertThat(((XSSFCellStyle) zone.getCell(3).getCellStyle()).getFont().getBold()).isFalse();
        }
    }

    @Test
    void storageGivesEachYearPerCoreAndForThePlatform() throws IOException {
        try (XSSFWorkbook book = written(Sizings.loadPartitioned("Test Clinic"))) {
            Sheet storage = book.getSheet("Storage");
            Row header = rowStarting(storage, "Zone", 0);
            assertThat(text(header.getCell(2))).isEqualTo("After 1 year");
            assertThat(text(header.getCell(3))).isEqualTo("After 2 years");
            // ⌈50 000 × 0.01 × 365 × 1.25 / 1000⌉ = 229 after one year, 457 after two; 2 cores.
            assertThat(numbers(rowStarting(storage, "Switzerland", 0), 1, 3)).isEqualTo("2 229 457");
            assertThat(numbers(rowStarting(storage, "Platform, all cores (GB)", 0), 1, 3)).isEqualTo("2 458 914");
            // Two years fit one page wide: nothing repeated on the left.
            assertThat(storage.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(storage.getRepeatingColumns()).isNull();
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysAString() throws IOException {
        String customer = "=HYPERLINK(\"http://evil.example\",\"click\")";
        try (XSSFWorkbook book = written(Sizings.loadPartitioned(customer))) {
            Cell cell = rowStarting(book.getSheet("Summary"), "Customer name", 0).getCell(1);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(customer);
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell c : row) assertThat(c.getCellType()).as(sheet.getSheetName()).isNotEqualTo(CellType.FORMULA);
                }
            }
            assertThat(book.getProperties().getCoreProperties().getTitle()).isEqualTo(customer + " – Patient portal sizing");
        }
    }

    @Test
    void resultSheetsFollowTheQuestionnaireInOrderWithFrozenHeaders() throws IOException {
        Path out = dir.resolve("result.xlsx");
        try (XSSFWorkbook questionnaire = new XSSFWorkbook()) {
            questionnaire.createSheet("Project").createRow(0).createCell(0).setCellValue("Test Clinic");
            Name customer = questionnaire.createName();
            customer.setNameName("CustomerName");
            customer.setRefersToFormula("Project!$A$1");
            ResultWorkbook.write(questionnaire, Sizings.loadPartitioned("Test Clinic"), out);
        }
        try (XSSFWorkbook book = open(out)) {
            List<String> sheets = new ArrayList<>();
            book.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("Project", "Summary", "Bill of Materials", "Purchase", "Plan by Year", "Capacity", "Storage",
                    "Firewall", "System Requirements", "Checklists", "Assumptions", "Decision Log");
            assertThat(named(book, "CustomerName").getStringCellValue()).isEqualTo("Test Clinic");
            assertThat(book.getActiveSheetIndex()).isEqualTo(1);
            for (String name : sheets.subList(2, sheets.size())) {
                XSSFSheet sheet = book.getSheet(name);
                assertThat(sheet.getPaneInformation()).as(name).isNotNull();
                assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
                assertThat(sheet.getProtect()).as(name).isTrue();
                if (SEVERAL_TABLES.contains(name)) continue;   // see sheetsOfSeveralTablesFreezeTheirFirstColumnOnly
                int frozen = sheet.getPaneInformation().getHorizontalSplitPosition();
                assertThat(sheet.getRow(frozen - 1).getCell(0).getCellStyle().getFillForegroundColorColor())
                        .as(name + ": the last frozen row is a header").isNotNull();
            }
            assertThat(book.getSheet("Bill of Materials").getPrintSetup().getLandscape()).as("wide tables print landscape").isTrue();
            assertThat(book.getSheet("Capacity").getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        }
    }

    private static final Set<String> SEVERAL_TABLES = Set.of("Bill of Materials", "Plan by Year", "Capacity", "System Requirements");

    /** Tables with their own headers: none stays above another's lines while scrolling. */
    @Test
    void sheetsOfSeveralTablesFreezeTheirFirstColumnOnly() throws IOException {
        try (XSSFWorkbook book = written(Sizings.loadPartitioned("Test Clinic"))) {
            for (String name : SEVERAL_TABLES) {
                XSSFSheet sheet = book.getSheet(name);
                assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
                assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).as(name).isEqualTo((short) 1);
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 0);
            }
        }
    }

    /**
     * Rows repeated at the top of printed pages (the "_xlnm.Print_Titles" name) are repeated from the page after
     * their own: only the header of a sheet's last table is right on every one of those pages.
     */
    @Test
    void theRowRepeatedOnPrintedPagesIsTheHeaderOfTheLastTable() throws IOException {
        try (XSSFWorkbook book = written(Sizings.loadPartitioned("Test Clinic"))) {
            for (String name : ResultSheets.NAMES) {
                XSSFSheet sheet = book.getSheet(name);
                var repeated = sheet.getRepeatingRows();
                if (repeated == null) continue;
                assertThat(repeated.getFirstRow()).as(name).isEqualTo(repeated.getLastRow());
                Cell first = sheet.getRow(repeated.getFirstRow()).getCell(0);
                assertThat(first.getCellStyle().getFillForegroundColorColor()).as(name + ": a header").isNotNull();
                for (int r = repeated.getLastRow() + 1; r <= sheet.getLastRowNum(); r++) {
                    Cell below = sheet.getRow(r) == null ? null : sheet.getRow(r).getCell(0);
                    assertThat(below == null || below.getCellStyle().getIndex() != first.getCellStyle().getIndex())
                            .as(name + ": another header below the repeated one, in row " + (r + 1)).isTrue();
                }
            }
            var capacity = book.getSheet("Capacity").getRepeatingRows();
            assertThat(capacity).isNotNull();
            assertThat(text(book.getSheet("Capacity").getRow(capacity.getFirstRow()).getCell(1))).isEqualTo("Metric");
            assertThat(book.getSheet("Bill of Materials").getRepeatingRows().getFirstRow())
                    .isEqualTo(rowStarting(book.getSheet("Bill of Materials"), "Host name", 0).getRowNum());
        }
    }

    @Test
    void checklistDoneColumnsStayEditableWithAYesNoChoiceAndRoomForWhoAndWhen() throws IOException {
        try (XSSFWorkbook book = written(Sizings.loadPartitioned("Test Clinic"))) {
            XSSFSheet sheet = book.getSheet("Checklists");
            assertThat(sheet.getProtect()).isTrue();
            Row group = rowStarting(sheet, "System hardening", 0);
            Row item = sheet.getRow(group.getRowNum() + 1);
            assertThat(text(item.getCell(1))).isEqualTo(
                    "Apply the OS vendor's hardening guide (or a CIS benchmark) and record the deviations.");
            assertThat(item.getCell(2).getCellStyle().getLocked()).isFalse();
            assertThat(item.getCell(1).getCellStyle().getLocked()).isTrue();
            // Who did it and when, as on the brief's printed checklists: a column of its own, editable, no choice list.
            Row header = sheet.getRow(group.getRowNum() - 1);
            assertThat(text(header.getCell(1))).isEqualTo("To do");   // the brief's heading too
            assertThat(text(header.getCell(2))).isEqualTo("Done");
            assertThat(text(header.getCell(3))).isEqualTo("Done by, date");
            assertThat(item.getCell(3).getCellStyle().getLocked()).isFalse();
            assertThat(text(item.getCell(0))).isEqualTo("all machines");
            assertThat(text(rowStarting(sheet, "Backups", 0).getCell(0))).isEqualTo("Backups");
            assertThat(rowStarting(sheet, "Backups", 0)).isNotNull();
            assertThat(rowStarting(sheet, "Node monitoring", 0)).isNotNull();
            List<? extends DataValidation> validations = sheet.getDataValidations();
            assertThat(validations).hasSize(1);
            assertThat(validations.get(0).getValidationConstraint().getExplicitListValues()).containsExactly("Yes", "No");
            assertThat(validations.get(0).getRegions().getCellRangeAddress(0).isInRange(item.getCell(2))).isTrue();
        }
    }

    @Test
    void systemRequirementsAssumptionsAndDecisionLogCarryTheModel() throws IOException {
        try (XSSFWorkbook book = written(Sizings.singleNodeWithFindings())) {
            Sheet req = book.getSheet("System Requirements");
            // Not met: "no" in the alert style; not stated: "unknown", neither yes nor no, in the plain style.
            Cell dockerMet = rowStarting(req, "Docker", 0).getCell(3);
            Cell composeMet = rowStarting(req, "docker-compose", 0).getCell(3);
            assertThat(text(dockerMet)).isEqualTo("no");
            assertThat(((XSSFCellStyle) dockerMet.getCellStyle()).getFont().getBold()).isTrue();
            assertThat(text(rowStarting(req, "docker-compose", 0).getCell(2))).isEqualTo("not stated");
            assertThat(text(composeMet)).isEqualTo("unknown");
            assertThat(((XSSFCellStyle) composeMet.getCellStyle()).getFont().getBold()).isFalse();
            assertThat(text(rowStarting(req, "Operating system", 0).getCell(3))).isEqualTo("yes");
            assertThat(numbers(rowStarting(req, "register", 0), 2, 4)).isEqualTo("1 2 20");
            // 2024-03-01 is after the end of 16.04 (2021-04) and 18.04 (2023-05), before 20.04's (2025-05).
            Cell bionic = rowStarting(req, "Ubuntu 18.04", 0).getCell(1);
            assertThat(text(bionic)).isEqualTo("past standard support");
            assertThat(((XSSFCellStyle) bionic.getCellStyle()).getFont().getBold()).isTrue();
            assertThat(text(rowStarting(req, "Ubuntu 20.04", 0).getCell(1))).isEqualTo("in standard support");
            // Each release with the end of its standard support and of Ubuntu Pro.
            Row jammy = rowStarting(req, "Ubuntu 22.04", 0);
            assertThat(jammy.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(java.time.LocalDate.of(2027, 5, 31));
            assertThat(jammy.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(java.time.LocalDate.of(2032, 4, 30));

            Sheet assumptions = book.getSheet("Assumptions");
            assertThat(rowStarting(assumptions, "REGISTER_REPLICATION_PORT", 0).getCell(1).getNumericCellValue()).isEqualTo(6379);
            assertThat(rowStarting(assumptions, "SafetyMarginPercent", 0).getCell(1).getNumericCellValue()).isEqualTo(20);
            assertThat(rowStarting(assumptions, "DiskHeadroomPercent", 0).getCell(1).getNumericCellValue()).isEqualTo(25);
            assertThat(text(rowStarting(assumptions, "DiskHeadroomPercent", 0).getCell(4)))
                    .isEqualTo("Headroom added on top of the data on every data disk: data × (1 + headroom)");
            assertThat(rowStarting(assumptions, "BytesPerDataPoint", 0).getCell(1).getNumericCellValue()).isEqualTo(250);
            assertThat(rowStarting(assumptions, "StorageThroughputMBps", 0).getCell(1).getNumericCellValue()).isEqualTo(200);
            // Quantities grouped by thousands; ports and versions are names, printed as written. Each keeps a space
            // before the unit beside it ("_)"), so "2,000" does not run into "req/s".
            for (String[] shows : new String[][] {{"CORE_MAX_WRITE_RPS", "2,000"}, {"REGISTER_REPLICATION_PORT", "6379"},
                    {"MIN_DOCKER_COMPOSE_VERSION", "1.21"}, {"SafetyMarginPercent", "20"}}) {
                Cell value = rowStarting(assumptions, shows[0], 0).getCell(1);
                assertThat(shown(value)).as(shows[0]).isEqualTo(shows[1]);
                assertThat(value.getCellStyle().getDataFormatString()).as(shows[0]).endsWith("_)");
            }

            Row log = rowStarting(book.getSheet("Decision Log"), "#", 0);
            Row first = book.getSheet("Decision Log").getRow(log.getRowNum() + 1);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
            // A decision of the whole platform: its rule, "platform" for the zone, and the rule's reason.
            Sheet decisions = book.getSheet("Decision Log");
            Row topology = null;
            for (int r = log.getRowNum() + 1; r <= decisions.getLastRowNum(); r++) {
                if (text(decisions.getRow(r).getCell(1)).equals("topology: otherwise a single node")) topology = decisions.getRow(r);
            }
            assertThat(topology).as("the topology's decision").isNotNull();
            assertThat(text(topology.getCell(2))).isEqualTo("platform");
            assertThat(text(topology.getCell(3))).isEqualTo("one zone, one core in every plan year and no rapid growth expected: every role on one machine");

            Sheet summary = book.getSheet("Summary");
            assertThat(text(rowStarting(summary, "warning", 0).getCell(1))).isEqualTo("DOCKER_TOO_OLD");
            // Each finding on a line of its own: severity, then code.
            List<String> findings = new ArrayList<>();
            for (Row r : summary) {
                Cell severity = r.getCell(0);
                if (severity != null && severity.getCellType() == CellType.STRING
                        && List.of("warning", "note").contains(severity.getStringCellValue())) {
                    findings.add(severity.getStringCellValue() + " " + text(r.getCell(1)));
                }
            }
            assertThat(findings).contains("warning DOCKER_TOO_OLD", "warning READ_PAGING", "note DOCKER_VERSION_UNKNOWN");
            assertThat(named(book, "Result_CoreCount").getNumericCellValue()).isEqualTo(1);
        }
    }

    @Test
    void aSingleNodeIsNotDescribedAsACluster() throws IOException {
        try (XSSFWorkbook book = written(Sizings.singleNodeWithFindings())) {
            Sheet summary = book.getSheet("Summary");
            assertThat(text(rowStarting(summary, "Machines", 0).getCell(2))).isEqualTo("machine to procure");
            assertThat(text(rowStarting(summary, "Total data disk (GB)", 0).getCell(2))).isEqualTo("data disk of the single node");
            Sheet storage = book.getSheet("Storage");
            assertThat(text(storage.getRow(1).getCell(0))).isEqualTo(
                    "In GB, headroom included: the data disk the single node needs after that many years.");
            assertThat(text(rowStarting(storage, "Zone", 0).getCell(1))).isEqualTo("Machines");
            assertThat(rowStarting(storage, "Platform (GB)", 0).getCell(1).getNumericCellValue()).isEqualTo(1);
            Sheet capacity = book.getSheet("Capacity");
            assertThat(text(capacity.getRow(1).getCell(0))).contains("The single node runs the core role")
                    .endsWith("load on the node rounded up to 0.01.");
            Row zones = rowStarting(capacity, "Zone", 0);
            assertThat(text(zones.getCell(5)) + " | " + text(zones.getCell(7))).isEqualTo("Users on the node | Data disk (GB)");
            int loads = rowStarting(capacity, "Load against the limit of one core", 0).getRowNum();
            assertThat(text(rowStarting(capacity, "Zone", loads).getCell(6))).isEqualTo("Load on the node");
        }
        try (XSSFWorkbook book = written(Sizings.loadPartitioned("Test Clinic"))) {
            assertThat(text(rowStarting(book.getSheet("Summary"), "Total data disk (GB)", 0).getCell(2)))
                    .isEqualTo("data disks of every machine, the register's included");
            assertThat(text(rowStarting(book.getSheet("Storage"), "Zone", 0).getCell(1))).isEqualTo("Cores");
            Row zones = rowStarting(book.getSheet("Capacity"), "Zone", 0);
            assertThat(text(zones.getCell(5)) + " | " + text(zones.getCell(7))).isEqualTo("Users on fullest core | Core data disk (GB)");
        }
    }

    /** Each opening on a line of its own: its direction and its source in words, as the firewall rules give them for a cluster (SIZING.md §4 and the product's openings). */
    @Test
    void firewallSheetListsEachOpeningWithItsDirectionAndSource() throws IOException {
        try (XSSFWorkbook book = written(Sizings.loadPartitioned("Test Clinic"))) {
            Sheet firewall = book.getSheet("Firewall");
            assertThat(text(firewall.getRow(0).getCell(0))).isEqualTo("Firewall: inbound and outbound openings");
            assertThat(text(firewall.getRow(1).getCell(0))).isEqualTo("Everything not listed here stays closed, in both "
                    + "directions. Source: the Pryv.io guide, Pryv's configuration, or product (this tool's choice, to review).");
            Row header = rowStarting(firewall, "Direction", 0);
            List<String> lines = new ArrayList<>();
            for (int r = header.getRowNum(); r <= firewall.getLastRowNum(); r++) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 6; c++) cells.add(text(firewall.getRow(r).getCell(c)));
                lines.add(String.join(" | ", cells));
            }
            assertThat(lines).containsExactly(
                    "Direction | From | To | Port | Purpose | Source",
                    "inbound | internet | static-web | 443/tcp | HTTPS: API, web apps and administration | guide",
                    "inbound | internet | register | 53/udp | DNS: resolves each user's domain to their core | guide",
                    "inbound | internet | register | 443/tcp | HTTPS: API, web apps and administration | guide",
                    "inbound | internet | core | 443/tcp | HTTPS: API, web apps and administration | guide",
                    "inbound | register followers | register leader | 6379/tcp | Register replication (Redis); private network only, never from the internet | Pryv config",
                    "inbound | administrators' network | all machines | 22/tcp | SSH, by key only; never from the internet | product",
                    "outbound | all machines | DNS resolvers | 53/udp+tcp | Name lookups; over TCP for long answers | product",
                    "outbound | all machines | time servers | 123/udp | NTP: keeps the clocks in step | product",
                    "outbound | all machines | image registry | 443/tcp | Pryv.io images, from the registry Pryv names | product",
                    "outbound | all machines | OS update mirrors | 443/tcp | Security updates of the operating system | product",
                    "outbound | core | mail relay (SMTP) | 587/tcp | Account-creation and password-reset e-mails | product");
        }
    }

    /** A note under the title longer than the sheet is wide would be cut at the printed page's edge: it wraps instead. */
    @Test
    void aNoteWiderThanItsSheetWrapsOverEveryColumn() throws IOException {
        try (XSSFWorkbook book = written(Sizings.singleNodeWithFindings())) {
            XSSFSheet log = book.getSheet("Decision Log");   // short note, wide table: it spills as before
            assertThat(log.getMergedRegions()).noneMatch(m -> m.getFirstRow() == 1);
            XSSFSheet storage = book.getSheet("Storage");     // one year: three narrow columns, a long note
            assertThat(storage.getMergedRegions()).anySatisfy(m -> {
                assertThat(m.formatAsString()).isEqualTo("A2:C2");
            });
            assertThat(storage.getRow(1).getCell(0).getCellStyle().getWrapText()).isTrue();
            assertThat(storage.getRow(1).getHeightInPoints()).isGreaterThanOrEqualTo(30);
        }
    }

    @Test
    void twoWritesOfTheSameInputAreIdenticalBytesDatedByTheQuestionnaire() throws IOException {
        Path first = dir.resolve("first.xlsx");
        Path second = dir.resolve("second.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            ResultWorkbook.write(book, Sizings.loadPartitioned("Test Clinic"), first);
        }
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            ResultWorkbook.write(book, Sizings.loadPartitioned("Test Clinic"), second);
        }
        assertThat(Files.mismatch(first, second)).as("first differing byte").isEqualTo(-1);
        // No wall-clock time inside: every entry carries the questionnaire date (2024-03-01).
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(first))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(LocalDateTime.of(2024, 3, 1, 0, 0));
                assertThat(e.getMethod()).as(e.getName() + " stored, not compressed").isEqualTo(ZipEntry.STORED);
            }
        }
        try (XSSFWorkbook book = open(first)) {
            var core = book.getProperties().getCoreProperties();
            assertThat(core.getCreator()).isEqualTo("Pryv.io sizer");
            assertThat(core.getCreated().toInstant().toString()).isEqualTo("2024-03-01T00:00:00Z");
            assertThat(core.getModified().toInstant().toString()).isEqualTo("2024-03-01T00:00:00Z");
        }
    }

    @Test
    void parallelWritesGiveTheSameBytes() throws Exception {
        List<Sizing> sizings = List.of(Sizings.loadPartitioned("Test Clinic"), Sizings.singleNodeWithFindings());
        List<byte[]> expected = new ArrayList<>();
        for (Sizing s : sizings) expected.add(Files.readAllBytes(writtenFile(s)));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Path>> runs = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Sizing s = sizings.get(i % 2);
                runs.add(pool.submit(() -> writtenFile(s)));
            }
            for (int i = 0; i < runs.size(); i++) {
                assertThat(Files.readAllBytes(runs.get(i).get())).as("run " + i).isEqualTo(expected.get(i % 2));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void noTemporaryFileIsMade() throws IOException {
        // POI makes its temporary files (its streaming SXSSF sheets' among them) through this strategy: none here.
        TempFile.setTempFileCreationStrategy(new TempFileCreationStrategy() {
            @Override
            public File createTempFile(String prefix, String suffix) {
                throw new AssertionError("temporary file " + prefix + "…" + suffix);
            }

            @Override
            public File createTempDirectory(String prefix) {
                throw new AssertionError("temporary folder " + prefix + "…");
            }
        });
        try (XSSFWorkbook book = written(Sizings.large(20, 10))) {
            assertThat(numberNamed(book, "Result_VmCount")).isEqualTo(202);
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
    }

    @Test
    void aResultGivenAgainAsAQuestionnaireGetsFreshResults() throws IOException {
        Path first = dir.resolve("first.xlsx");
        Path again = dir.resolve("again.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            ResultWorkbook.write(book, Sizings.loadPartitioned("Test Clinic"), first);
        }
        try (XSSFWorkbook book = open(first)) {
            ResultWorkbook.write(book, Sizings.singleNodeWithFindings(), again);
        }
        try (XSSFWorkbook book = open(again)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(ResultSheets.NAMES.size());
            assertThat(named(book, "Result_Topology").getStringCellValue()).isEqualTo("SINGLE_NODE");
        }
    }

    @Test
    void aFailedWriteLeavesNoFile() throws IOException {
        Path target = Files.createDirectory(dir.resolve("result.xlsx"));
        Files.writeString(target.resolve("keep.txt"), "x");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            assertThatThrownBy(() -> ResultWorkbook.write(book, Sizings.loadPartitioned("Test Clinic"), target))
                    .isInstanceOf(IOException.class);
        }
        assertThat(target).isDirectory();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void tenThousandsOfMachinesStayFast() throws IOException {
        Sizing big = Sizings.large(200, 100);
        Path out = dir.resolve("big.xlsx");
        long start = System.nanoTime();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            ResultWorkbook.write(book, big, out);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("write time of 20 002 machines, ms").isLessThan(20_000);
        try (XSSFWorkbook book = open(out)) {
            assertThat(numberNamed(book, "Result_VmCount")).isEqualTo(20_002);
            Sheet bom = book.getSheet("Bill of Materials");
            Row hosts = rowStarting(bom, "Host name", 0);
            assertThat(bom.getLastRowNum() - hosts.getRowNum()).isEqualTo(20_002);
            assertThat(text(bom.getRow(bom.getLastRowNum()).getCell(0))).isEqualTo("core-zone-200-100");
        }
    }

    @Test
    void wrappedLinesAreCountedAsExcelBreaksThem() {
        assertThat(SheetWriter.lines("short", 10, false)).isEqualTo(1);
        assertThat(SheetWriter.lines("one two three", 8, false)).isEqualTo(2);
        assertThat(SheetWriter.lines("0123456789012345", 10, false)).isEqualTo(2);
        assertThat(SheetWriter.lines("a\nb", 10, false)).isEqualTo(2);
    }

    @Test
    void theSummarySaysWhichLayoutWasRead() throws Exception {
        // layout-1.0.xlsx was filled in on the 1.0 template: the outputs say so.
        var q = io.pryv.sizer.questionnaire.QuestionnaireReader.read(
                Path.of("src/test/resources/io/pryv/sizer/questionnaire/layout-1.0.xlsx"));
        try (XSSFWorkbook book = written(io.pryv.sizer.rules.SizingRules.packaged().size(q))) {
            assertThat(text(rowStarting(book.getSheet("Summary"), "Template version", 0).getCell(1))).isEqualTo("1.0");
        }
    }

    // --- helpers

    private XSSFWorkbook written(Sizing sizing) throws IOException {
        return open(writtenFile(sizing));
    }

    private Path writtenFile(Sizing sizing) throws IOException {
        Path out = Files.createTempFile(dir, "result-", ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            ResultWorkbook.write(book, sizing, out);
        }
        return out;
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static Cell named(XSSFWorkbook book, String name) {
        Name n = book.getName(name);
        assertThat(n).as(name).isNotNull();
        CellReference ref = new AreaReference(n.getRefersToFormula(), book.getSpreadsheetVersion()).getFirstCell();
        return book.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
    }

    private static double numberNamed(XSSFWorkbook book, String name) {
        Cell cell = named(book, name);
        assertThat(cell.getCellType()).as(name + " is a number").isEqualTo(CellType.NUMERIC);
        return cell.getNumericCellValue();
    }

    /** The first row at or after {@code from} whose first cell reads {@code text}. */
    private static Row rowStarting(Sheet sheet, String text, int from) {
        for (int r = from; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(text)) return row;
        }
        throw new AssertionError("no row starting with '" + text + "' in " + sheet.getSheetName());
    }

    /** The numbers of a row's cells, as "2 4 0.5": every cell must be numeric. */
    private static String numbers(Row row, int first, int last) {
        List<String> values = new ArrayList<>();
        for (int c = first; c <= last; c++) {
            assertThat(row.getCell(c).getCellType()).as("column " + c + " is a number").isEqualTo(CellType.NUMERIC);
            values.add(java.math.BigDecimal.valueOf(row.getCell(c).getNumericCellValue()).stripTrailingZeros().toPlainString());
        }
        return String.join(" ", values);
    }

    /** The cell as Excel shows it, its number format applied ("_)" gives a space). */
    private static String shown(Cell cell) {
        return new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.US).formatCellValue(cell);
    }

    /** Cells as Excel shows them (numbers formatted, "_)" as a space, trimmed), joined by " | ". */
    private static String cells(Row row, int first, int last) {
        List<String> shown = new ArrayList<>();
        for (int c = first; c <= last; c++) shown.add(row.getCell(c) == null ? "" : shown(row.getCell(c)).trim());
        return String.join(" | ", shown);
    }

    private static String text(Cell cell) {
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        return cell.getStringCellValue();
    }
}
