package io.pryv.sizer.questionnaire;

import io.pryv.sizer.model.Question.Constraint;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Question.Kind;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheetProtection;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateWriterTest {
    private static byte[] bytes;
    private static XSSFWorkbook wb;

    @BeforeAll
    static void writeTemplate() throws Exception {
        bytes = write();
        wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @AfterAll
    static void close() throws Exception {
        wb.close();
    }

    private static byte[] write() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateWriter.write(out, PackagedConstants.get());
        return out.toByteArray();
    }

    /** SIZING.md §1, copied here on purpose: the layout must match the contract, not itself. */
    /** The defined names of the contract with their sheets: one per question of the catalogue, the version and the zones. */
    private static final Map<String, String> CONTRACT_NAMES = new LinkedHashMap<>();
    static {
        for (Question q : Question.values()) CONTRACT_NAMES.put(q.definedName, q.sheet.sheetName);
        CONTRACT_NAMES.put("TemplateVersion", "Project");
        CONTRACT_NAMES.put("Zones", "Deployment");
        CONTRACT_NAMES.put("ZoneGrowth", "Deployment");
    }

    /** First and last row of the zones block (A1 numbering): it moves down when a question is added on the Deployment sheet. */
    private static final int FIRST_ZONE_ROW = TemplateLayout.ZONES_FIRST_ROW;
    private static final int LAST_ZONE_ROW = FIRST_ZONE_ROW + 99;

    @Test
    void everyDefinedNameOfTheContractAtWorkbookScopeOnItsSheet() {
        Map<String, String> found = new LinkedHashMap<>();
        for (Name n : wb.getAllNames()) {
            if (n.getNameName().startsWith("_xlnm.")) continue;   // Excel's own: print area, printed titles
            assertThat(n.getSheetIndex()).as(n.getNameName() + " scope").isEqualTo(-1);
            found.put(n.getNameName(), n.getSheetName());
        }
        assertThat(found).containsExactlyInAnyOrderEntriesOf(CONTRACT_NAMES);
    }

    @Test
    void zonesCoverExactlyOneHundredRowsOfThreeColumnsUnderTheirHeader() {
        assertThat(wb.getName("Zones").getRefersToFormula()).isEqualTo("'Deployment'!$B$" + FIRST_ZONE_ROW + ":$D$" + LAST_ZONE_ROW);
        Row header = wb.getSheet("Deployment").getRow(FIRST_ZONE_ROW - 2); // just above, 0-based
        assertThat(List.of(text(header, 1), text(header, 2), text(header, 3)))
                .containsExactly("Zone name", "Location", "Users");
        for (int r = FIRST_ZONE_ROW - 1; r < LAST_ZONE_ROW; r++) {
            for (int c = 1; c <= 3; c++) {
                assertThat(wb.getSheet("Deployment").getRow(r).getCell(c).getCellType().name())
                        .as("zone row %d is blank", r + 1).isEqualTo("BLANK");
            }
        }
    }

    /** LibreOffice prints no further than the last cell holding something: the blank zone rows need a print area. */
    @Test
    void everyZoneRowPrintsWithItsGridAndTheZonesHeaderOnEachPage() {
        XSSFSheet deployment = wb.getSheet("Deployment");
        assertThat(wb.getPrintArea(wb.getSheetIndex(deployment))).isEqualTo("Deployment!$A$1:$H$" + LAST_ZONE_ROW);
        assertThat(deployment.getRepeatingRows().formatAsString()).as("rows printed atop each page").isEqualTo((FIRST_ZONE_ROW - 1) + ":" + (FIRST_ZONE_ROW - 1));
        for (int r = FIRST_ZONE_ROW - 1; r < LAST_ZONE_ROW; r++) {
            for (int c = 1; c <= 7; c++) {
                XSSFCellStyle style = deployment.getRow(r).getCell(c).getCellStyle();
                assertThat(List.of(style.getBorderTop(), style.getBorderBottom(), style.getBorderLeft(), style.getBorderRight()))
                        .as("borders of %s", new CellAddress(r, c)).containsOnly(BorderStyle.THIN);
            }
        }
    }

    /** SIZING.md §1: ZoneGrowth beside Zones, the same rows, 4 columns for the users of years 2 to 5. */
    @Test
    void theGrowthBlockStandsBesideTheZonesWithHeadersHelpAndChecks() {
        assertThat(wb.getName("ZoneGrowth").getRefersToFormula()).isEqualTo("'Deployment'!$E$" + FIRST_ZONE_ROW + ":$H$" + LAST_ZONE_ROW);
        XSSFSheet deployment = wb.getSheet("Deployment");
        Row header = deployment.getRow(FIRST_ZONE_ROW - 2);
        assertThat(List.of(text(header, 4), text(header, 5), text(header, 6), text(header, 7)))
                .containsExactly("Users in year 2", "Users in year 3", "Users in year 4", "Users in year 5");
        for (int year = 2; year <= 5; year++) {
            String column = String.valueOf((char) ('E' + year - 2));
            for (int r : new int[] {FIRST_ZONE_ROW, LAST_ZONE_ROW}) {
                assertThat(deployment.getRow(r - 1).getCell(4 + year - 2).getCellType().name()).isEqualTo("BLANK");
                XSSFDataValidation v = validationAt("Deployment", new CellAddress(column + r));
                var c = v.getValidationConstraint();
                assertThat(List.of(c.getValidationType(), c.getOperator(), c.getFormula1(), c.getFormula2())).as(column + r)
                        .containsExactly(ValidationType.INTEGER, OperatorType.BETWEEN, "1", "10000000000");
                assertThat(v.getPromptBoxTitle()).isEqualTo("Users in year " + year);
                assertThat(v.getPromptBoxText()).isEqualTo("Users of this zone in year " + year + " of the plan, if it grows: "
                        + "a whole number, at least 1, at most 10,000,000,000. Blank means as the year before.");
                assertThat(v.getErrorBoxText()).isEqualTo("Please enter a whole number ≥ 1, at most 10,000,000,000.");
            }
        }
        assertThat(validationAt("Deployment", new CellAddress("I" + FIRST_ZONE_ROW))).isNull();
    }

    /** The meaning of a question spans E to H, over the growth block's columns, so that it reads as one text. */
    @Test
    void theMeaningOfAQuestionSpansTheGrowthColumns() {
        for (Question f : Question.values()) {
            int row = new CellReference(f.cell).getRow();
            assertThat(wb.getSheet(f.sheet.sheetName).getMergedRegions()).as(f.name())
                    .contains(new CellRangeAddress(row, row, 4, 7));
        }
    }

    @Test
    void thePlanSheetSaysThePricesMayAllStayBlank() {
        XSSFSheet plan = wb.getSheet("Plan");
        assertThat(text(plan.getRow(0), 1)).isEqualTo("Plan and prices");
        assertThat(text(plan.getRow(12), 1)).isEqualTo("Prices are optional: leave them all blank and the plan says what to "
                + "buy each year, without costs. The users of years 2 to 5 go beside the zones on the Deployment sheet.");
        assertThat(value("PlanYears")).isEqualTo(5.0);
        assertThat(value("Currency")).isNull();
        for (Question price : Question.PRICES) assertThat(value(price.definedName)).as(price.definedName).isNull();
    }

    @Test
    void defaultsOfTheContractAreFilledIn() {
        assertThat(value("ExpectRapidGrowth")).isEqualTo("No");
        assertThat(value("SafetyMarginPercent")).isEqualTo(20.0);
        assertThat(value("RegisterFollowers")).isNull();
        assertThat(value("StorageThroughputMBps")).isEqualTo(200.0);
        assertThat(value("OperatingSystem")).isEqualTo("Ubuntu 22.04");
        assertThat(value("ExtendedSupport")).isEqualTo("No");
        assertThat(value("DockerVersion")).isNull();
        assertThat(value("DockerComposeVersion")).isNull();
        assertThat(value("AttachmentWriteMBps")).isEqualTo(0.0);
        assertThat(value("WriteDataPointsPerDay")).isEqualTo(0.0);
        assertThat(value("WriteMBPerDay")).isEqualTo(0.0);
        assertThat(value("PointsPerRequest")).isEqualTo(0.0);
        assertThat(value("AttachmentReadRps")).isEqualTo(0.0);
        assertThat(value("ReadDataPointsPerDay")).isEqualTo(0.0);
        assertThat(value("ReadMBPerDay")).isEqualTo(0.0);
        assertThat(value("BytesPerDataPoint")).isEqualTo(250.0);
        assertThat(value("DiskHeadroomPercent")).isEqualTo(25.0);
        assertThat(value("TemplateVersion")).isEqualTo(TemplateLayout.TEMPLATE_VERSION);
        for (String required : List.of("CustomerName", "ProjectName", "PreparedBy", "QuestionnaireDate",
                "WriteRps", "RetentionYears", "ReadRps")) {
            assertThat(value(required)).as(required).isNull();
        }
    }

    @Test
    void inputCellsAreUnlockedAndMarkedEverythingElseLocked() {
        Set<String> inputs = new HashSet<>();
        for (Question f : Question.values()) inputs.add(f.sheet.sheetName + "!" + f.cell);
        for (int r = FIRST_ZONE_ROW; r <= LAST_ZONE_ROW; r++) for (String c : List.of("B", "C", "D", "E", "F", "G", "H")) inputs.add("Deployment!" + c + r);

        List<String> seenInputs = new ArrayList<>();
        for (XSSFSheet sheet : sheets()) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    String key = sheet.getSheetName() + "!" + cell.getAddress();
                    XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
                    if (inputs.contains(key)) {
                        seenInputs.add(key);
                        assertThat(style.getLocked()).as(key + " unlocked").isFalse();
                        assertThat(style.getFillForegroundXSSFColor().getARGBHex()).as(key + " fill").isEqualTo("FFFFF2CC");
                    } else {
                        assertThat(style.getLocked()).as(key + " locked").isTrue();
                    }
                }
            }
        }
        assertThat(seenInputs).containsExactlyInAnyOrderElementsOf(inputs);
    }

    @Test
    void everySheetIsProtectedWithoutPassword() {
        assertThat(wb.getNumberOfSheets()).isEqualTo(7);
        for (XSSFSheet sheet : sheets()) {
            assertThat(sheet.getProtect()).as(sheet.getSheetName()).isTrue();
            CTSheetProtection p = sheet.getCTWorksheet().getSheetProtection();
            assertThat(p.isSetPassword() || p.isSetHashValue()).as(sheet.getSheetName() + " password").isFalse();
        }
        assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Instructions");
    }

    @Test
    void inputSheetsHaveTitleHeaderAndFrozenHeader() {
        for (String name : List.of("Project", "Data Production", "Data Consumption", "Deployment", "Plan")) {
            XSSFSheet sheet = wb.getSheet(name);
            assertThat(text(sheet.getRow(0), 1)).as(name + " title").isNotBlank();
            Row header = sheet.getRow(3);
            assertThat(List.of(text(header, 1), text(header, 2), text(header, 3), text(header, 4)))
                    .containsExactly(name.startsWith("Data ") ? "Metric" : "Item", "Your value", "Unit", "Meaning");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
        }
    }

    /** Printed, each page says its sheet and number; a unit keeps a space after the right-aligned answer beside it. */
    @Test
    void printedPagesAreNumberedAndUnitsStandApartFromAnswers() {
        for (XSSFSheet sheet : sheets()) {
            assertThat(sheet.getFooter().getLeft()).as(sheet.getSheetName()).isEqualTo("&A");
            assertThat(sheet.getFooter().getRight()).as(sheet.getSheetName()).isEqualTo("Page &P of &N");
        }
        for (Question f : Question.values()) {
            CellReference answer = new CellReference(f.cell);
            Cell unit = wb.getSheet(f.sheet.sheetName).getRow(answer.getRow()).getCell(answer.getCol() + 1);
            // Excel and LibreOffice indent only text aligned to a side: the indent alone would show nothing.
            assertThat(unit.getCellStyle().getIndention()).as(f.name()).isEqualTo((short) 1);
            assertThat(unit.getCellStyle().getAlignment()).as(f.name()).isEqualTo(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);
        }
        CellReference writeRps = new CellReference(Question.WRITE_RPS.cell);
        assertThat(wb.getSheet(Question.WRITE_RPS.sheet.sheetName).getRow(writeRps.getRow()).getCell(writeRps.getCol() + 1)
                .getStringCellValue()).isEqualTo("req/s per user");
    }

    /** Names do not wrap: the examples' longest, "Alpine National Health Service (fictional)", prints whole. */
    @Test
    void theValueColumnHoldsANameOnOneLine() {
        for (String name : List.of("Project", "Data Production", "Data Consumption", "Deployment")) {
            assertThat(wb.getSheet(name).getColumnWidth(2) / 256).as(name).isGreaterThanOrEqualTo(40);
        }
        assertThat(new CellReference(Question.CUSTOMER_NAME.cell).getCol()).isEqualTo((short) 2);
    }

    @Test
    void instructionsSayFiguresArePerUserAndGiveTheVersionAndLegend() {
        StringBuilder all = new StringBuilder();
        for (Row row : wb.getSheet("Instructions")) for (Cell c : row) all.append(c.getStringCellValue()).append('\n');
        List<String> older = TemplateLayout.READ_VERSIONS.subList(0, TemplateLayout.READ_VERSIONS.size() - 1);
        assertThat(all).contains("PER USER", "Yellow", "Template version", TemplateLayout.TEMPLATE_VERSION
                + ". The sizer reads questionnaires of this version and of the earlier " + String.join(", ", older) + ".");
    }

    @Test
    void everyInputHasItsValidationWithPromptAndError() {
        for (Question f : Question.values()) {
            XSSFDataValidation v = validationAt(f.sheet.sheetName, new CellAddress(f.cell));
            assertThat(v).as(f.definedName).isNotNull();
            assertThat(v.getShowPromptBox()).isTrue();
            assertThat(v.getPromptBoxTitle()).isEqualTo(f.label);
            assertThat(v.getPromptBoxText()).isEqualTo(f.meaning(PackagedConstants.get()));
            assertThat(v.getShowErrorBox()).isTrue();
            assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
            var c = v.getValidationConstraint();
            switch (f.kind) {
                case YES_NO -> assertThat(c.getExplicitListValues()).containsExactly("Yes", "No");
                case CHOICE -> assertThat(c.getExplicitListValues()).containsExactlyElementsOf(f.choices());
                case DATE -> assertThat(c.getValidationType()).isEqualTo(ValidationType.DATE);
                case TEXT, VERSION_TEXT -> assertThat(c.getValidationType()).isEqualTo(ValidationType.TEXT_LENGTH);
                case CURRENCY -> assertThat(List.of(c.getValidationType(), c.getOperator(), c.getFormula1()))
                        .containsExactly(ValidationType.TEXT_LENGTH, OperatorType.EQUAL, "3");
                case NUMBER, WHOLE_NUMBER -> {
                    String max = f.max.toPlainString();
                    if (f.constraint == Constraint.ABOVE_ZERO) { // "above 0" needs a formula
                        assertThat(c.getValidationType()).isEqualTo(ValidationType.FORMULA);
                        assertThat(c.getFormula1()).as(f.definedName)
                                .isEqualTo("AND(ISNUMBER(" + f.cell + ")," + f.cell + ">0," + f.cell + "<=" + max + ")");
                        break;
                    }
                    assertThat(c.getValidationType()).isEqualTo(
                            f.kind == Kind.NUMBER ? ValidationType.DECIMAL : ValidationType.INTEGER);
                    assertThat(List.of(c.getOperator(), c.getFormula1(), c.getFormula2())).as(f.definedName)
                            .isEqualTo(switch (f.constraint) {
                                case AT_LEAST_ZERO -> List.of(OperatorType.BETWEEN, "0", max);
                                case AT_LEAST_ONE -> List.of(OperatorType.BETWEEN, "1", max);
                                default -> List.of();
                            });
                    assertThat(v.getErrorBoxText()).as(f.definedName).contains("at most ");
                }
            }
        }
        var users = validationAt("Deployment", new CellAddress("D" + LAST_ZONE_ROW)).getValidationConstraint();
        assertThat(List.of(users.getValidationType(), users.getOperator(), users.getFormula1(), users.getFormula2()))
                .containsExactly(ValidationType.INTEGER, OperatorType.BETWEEN, "1", "10000000000");
        assertThat(validationAt("Deployment", new CellAddress("B" + FIRST_ZONE_ROW))).isNotNull();
    }

    @Test
    void promptsAndErrorsFitExcelLimits() {
        for (XSSFSheet sheet : sheets()) {
            for (XSSFDataValidation v : sheet.getDataValidations()) {
                assertThat(v.getPromptBoxTitle()).hasSizeLessThanOrEqualTo(32);
                assertThat(v.getPromptBoxText()).hasSizeLessThanOrEqualTo(255);
                assertThat(v.getErrorBoxTitle()).hasSizeLessThanOrEqualTo(32);
                assertThat(v.getErrorBoxText()).hasSizeLessThanOrEqualTo(255);
            }
        }
    }

    @Test
    void versionCellsAreTextSoTrailingZerosStay() {
        for (String name : List.of("DockerVersion", "DockerComposeVersion", "CustomerName")) {
            assertThat(cell(name).getCellStyle().getDataFormatString()).as(name).isEqualTo("@");
        }
        assertThat(cell("QuestionnaireDate").getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        // Counts grouped by thousands: the register followers and each zone's users.
        assertThat(cell("RegisterFollowers").getCellStyle().getDataFormatString()).isEqualTo("#,##0");
    }

    @Test
    void eachVersionCellGivesItsOwnExample() {
        for (Question f : List.of(Question.DOCKER_VERSION, Question.DOCKER_COMPOSE_VERSION)) {
            assertThat(f.help).as(f.definedName).contains("such as " + f.example);
            assertThat(validationAt(f.sheet.sheetName, new CellAddress(f.cell)).getErrorBoxText()).as(f.definedName)
                    .startsWith("Please enter a version such as " + f.example + ",");
        }
        assertThat(Question.DOCKER_COMPOSE_VERSION.example).isEqualTo("1.29");
    }

    @Test
    void fieldsInPercentSayThat20And20PercentAreTheSame() {
        List<Question> inPercent = Arrays.stream(Question.values()).filter(Question::inPercent).toList();
        assertThat(inPercent).containsExactly(Question.SAFETY_MARGIN_PERCENT, Question.DISK_HEADROOM_PERCENT);
        for (Question f : inPercent) assertThat(f.help).as(f.definedName).containsPattern("(\\d+) and \\1% both mean \\1 %");
    }

    @Test
    void readVolumeHelpSaysHowEgressIsSized() {
        // rules/storage.drl: egress per user = max(ReadMBPerDay, ReadDataPointsPerDay × BytesPerDataPoint / 10^6)
        assertThat(Question.READ_MB_PER_DAY.help).contains("larger of this and points read per day × bytes per point")
                .doesNotContain("this sets");
        assertThat(Question.READ_DATA_POINTS_PER_DAY.help).contains("bytes per point").contains("outgoing network traffic");
    }

    @Test
    void perUserPeaksAreTheUsersShareOfThePlatformsPeakWithAWorkedExample() {
        // Issue 12: 1 MB/s per user, one user's upload speed, gave 3,483 machines. Each peak rate says it is the
        // platform's peak divided by its users and works one example; the sheet shows it beside the answer.
        Map<Question, String> examples = Map.of(
                Question.WRITE_RPS, "Decimals welcome: 0.01 is one request every 100 seconds.",
                Question.READ_RPS, "A user whose app reads 6 times a minute at peak: 6 / 60 = 0.1.",
                Question.ATTACHMENT_READ_RPS, "One file every 5 minutes: 1 / 300 ≈ 0.0033.",
                Question.ATTACHMENT_WRITE_MBPS, "not the speed of one upload. One 3 MB photo every 10 minutes: 3 / 600 = 0.005.");
        examples.forEach((f, example) -> {
            assertThat(f.help).as(f.definedName).contains("per second at the platform's peak, divided by its users").contains(example);
            CellReference answer = new CellReference(f.cell);
            assertThat(text(wb.getSheet(f.sheet.sheetName).getRow(answer.getRow()), answer.getCol() + 2)).as(f.definedName)
                    .isEqualTo(f.meaning(PackagedConstants.get())).contains(example);
        });
    }

    @Test
    void layoutTableIsConsistent() {
        Set<String> places = new HashSet<>();
        for (Question f : Question.values()) {
            assertThat(new CellReference(f.cell).getCol()).as(f.definedName).isEqualTo((short) TemplateLayout.VALUE_COLUMN);
            assertThat(new CellReference(f.cell).getRow()).as(f.definedName).isGreaterThanOrEqualTo(TemplateLayout.HEADER_ROW);
            assertThat(places.add(f.sheet + "!" + f.cell)).as(f.definedName + " has its own cell").isTrue();
            if (f.required) assertThat(f.defaultValue).as(f.definedName + " is required: no default").isNull();
        }
        assertThat(places).doesNotContain(TemplateLayout.VERSION_SHEET + "!" + TemplateLayout.VERSION_CELL);
    }

    @Test
    void twoWritesGiveTheSameBytesWithFixedTimes() throws Exception {
        // POI stamps the current time on every zip entry and on the document properties; both are fixed.
        assertThat(write()).isEqualTo(bytes);
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                names.add(e.getName());
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(LocalDateTime.of(2026, 1, 1, 0, 0));
            }
        }
        assertThat(names).contains("xl/workbook.xml", "docProps/core.xml");
        var core = wb.getProperties().getCoreProperties();
        assertThat(core.getCreated().toInstant()).isEqualTo(TemplateLayout.TEMPLATE_CREATED);
        assertThat(core.getModified().toInstant()).isEqualTo(TemplateLayout.TEMPLATE_CREATED);
    }

    @Test
    void writesTheSameBytesToAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("blank.xlsx");
        TemplateWriter.write(file, PackagedConstants.get());
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @Test
    void committedTemplateIsWhatTheWriterWritesNow() throws Exception {
        assertThat(Files.readAllBytes(ExampleQuestionnaires.TEMPLATES.resolve(ExampleQuestionnaires.TEMPLATE_FILE)))
                .as("input-templates/pryv-sizing-questionnaire.xlsx is stale: run ExampleQuestionnaires.main")
                .isEqualTo(bytes);
    }

    private static List<XSSFSheet> sheets() {
        List<XSSFSheet> all = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) all.add(wb.getSheetAt(i));
        return all;
    }

    private static XSSFDataValidation validationAt(String sheet, CellAddress at) {
        for (XSSFDataValidation v : wb.getSheet(sheet).getDataValidations()) {
            for (CellRangeAddress r : v.getRegions().getCellRangeAddresses()) {
                if (r.isInRange(at)) return v;
            }
        }
        return null;
    }

    private static Cell cell(String definedName) {
        CellReference ref = new CellReference(wb.getName(definedName).getRefersToFormula());
        Row row = wb.getSheet(ref.getSheetName()).getRow(ref.getRow());
        return row == null ? null : row.getCell(ref.getCol());
    }

    private static Object value(String definedName) {
        Cell c = cell(definedName);
        return switch (c.getCellType()) {
            case NUMERIC -> c.getNumericCellValue();
            case STRING -> c.getStringCellValue();
            default -> null;
        };
    }

    private static String text(Row row, int col) {
        return row.getCell(col).getStringCellValue();
    }
}
