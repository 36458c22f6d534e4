package io.pryv.sizer.questionnaire;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Profile;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.Zone;
import io.pryv.sizer.questionnaire.ExampleQuestionnaires.Example;
import io.pryv.sizer.questionnaire.ExampleQuestionnaires.Filler;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;

import static io.pryv.sizer.model.Question.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class QuestionnaireReaderTest {
    private XSSFWorkbook wb;
    private Filler fill;

    /** Each test starts from the small clinic, which is valid, and breaks one thing. */
    @BeforeEach
    void smallClinic() {
        wb = TemplateWriter.create(PackagedConstants.get());
        fill = new Filler(wb);
        Example.SMALL_CLINIC.answers.accept(fill);
    }

    @AfterEach
    void close() throws Exception {
        wb.close();
    }

    private Questionnaire read() throws InvalidQuestionnaireException {
        return QuestionnaireReader.read(wb, "clinic.xlsx");
    }

    private List<String> problems() {
        InvalidQuestionnaireException e = catchThrowableOfType(InvalidQuestionnaireException.class, this::read);
        assertThat(e).as("the questionnaire should be invalid").isNotNull();
        return e.problems().stream().map(InputProblem::toString).toList();
    }

    /**
     * A cell of the zones block, {@code zone} 1 for its first row, where the current layout puts it: the block
     * moves down when a question is added on the Deployment sheet, which these tests are not about.
     */
    private static String zoneCell(char column, int zone) {
        return column + String.valueOf(TemplateLayout.ZONES_FIRST_ROW + zone - 1);
    }

    /** The zones block from its first row down to {@code lastRow}, as a problem names it: B17:D600. */
    private static String zonesTo(int lastRow) {
        return zoneCell('B', 1) + ":D" + lastRow;
    }

    private void text(Question f, String raw) {
        fill.cell(f.definedName).setCellValue(raw);
    }

    /** A formula with the result Excel saves beside it when the file is saved. */
    private void formula(Question f, String formula) {
        fill.cell(f.definedName).setCellFormula(formula);
        wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(fill.cell(f.definedName));
    }

    @Test
    void blankTemplateReportsEveryMissingInputAtOnce() throws Exception {
        try (XSSFWorkbook blank = TemplateWriter.create(PackagedConstants.get())) {
            InvalidQuestionnaireException e = catchThrowableOfType(InvalidQuestionnaireException.class,
                    () -> QuestionnaireReader.read(blank, "blank.xlsx"));
            assertThat(e.problems()).extracting(InputProblem::toString).containsExactly(
                    "blank.xlsx: Project!C5: Customer name is required, but the cell is blank",
                    "blank.xlsx: Project!C6: Project name is required, but the cell is blank",
                    "blank.xlsx: Project!C8: Questionnaire date is required, but the cell is blank",
                    "blank.xlsx: 'Data Production'!C5: Write requests per second is required, but the cell is blank",
                    "blank.xlsx: 'Data Production'!C9: Retention is required, but the cell is blank",
                    "blank.xlsx: 'Data Consumption'!C5: Read requests per second is required, but the cell is blank",
                    "blank.xlsx: Deployment!" + TemplateLayout.zonesArea() + ": at least one zone is required, but every zone row is blank");
            assertThat(e.getMessage().lines()).hasSize(7);
            assertThat(e.problems().get(3)).isEqualTo(new InputProblem("blank.xlsx", "Data Production", "C5",
                    "Write requests per second is required, but the cell is blank"));
        }
    }

    @Test
    void committedBlankTemplateIsNamedByItsPath() {
        Path blank = ExampleQuestionnaires.TEMPLATES.resolve(ExampleQuestionnaires.TEMPLATE_FILE);
        InvalidQuestionnaireException e = catchThrowableOfType(InvalidQuestionnaireException.class,
                () -> QuestionnaireReader.read(blank));
        assertThat(e.getMessage()).startsWith(blank + ": Project!C5: Customer name is required");
    }

    @Test
    void textInANumberCell() {
        text(WRITE_RPS, "abc");
        assertThat(problems()).containsExactly("clinic.xlsx: 'Data Production'!C5 (Write requests per second): expected a number ≥ 0, found \"abc\"");
    }

    @Test
    void negativeNumber() {
        fill.set(ATTACHMENT_WRITE_MBPS, "-1");
        assertThat(problems()).containsExactly("clinic.xlsx: 'Data Production'!C6 (Attachment writes): expected a number ≥ 0, found -1");
    }

    @Test
    void zeroWhereAboveZeroIsRequired() {
        fill.set(RETENTION_YEARS, "0");
        fill.set(STORAGE_THROUGHPUT_MBPS, "0");
        assertThat(problems()).containsExactly(
                "clinic.xlsx: 'Data Production'!C9 (Retention): expected a number > 0, found 0",
                "clinic.xlsx: Deployment!C8 (Storage write speed): expected a number ≥ 1, found 0");
    }

    @Test
    void unknownOperatingSystem() {
        text(OPERATING_SYSTEM, "Windows 11");
        assertThat(problems()).containsExactly("clinic.xlsx: Deployment!C10 (Operating system): expected one of Ubuntu 16.04, "
                + "Ubuntu 18.04, Ubuntu 20.04, Ubuntu 22.04, Ubuntu 24.04, Debian 11, Debian 12, found \"Windows 11\"");
    }

    @Test
    void badYesNo() {
        text(EXPECT_RAPID_GROWTH, "Maybe");
        assertThat(problems()).containsExactly("clinic.xlsx: Deployment!C5 (Rapid growth expected): expected Yes or No, found \"Maybe\"");
    }

    @Test
    void choicesIgnoreCaseAndSpaces() throws Exception {
        text(EXPECT_RAPID_GROWTH, " yes ");
        text(OPERATING_SYSTEM, "ubuntu 18.04");
        Questionnaire q = read();
        assertThat(q.expectRapidGrowth()).isTrue();
        assertThat(q.operatingSystem()).isEqualTo("Ubuntu 18.04");
    }

    @Test
    void wholeNumberOfFollowers() throws Exception {
        fill.set(REGISTER_FOLLOWERS, "1.5");
        assertThat(problems()).containsExactly("clinic.xlsx: Deployment!C7 (Register followers of v1): expected a whole number ≥ 0, found 1.5");
        fill.set(REGISTER_FOLLOWERS, "2");
        assertThat(read().registerFollowers()).isEqualTo(2);
    }

    @Test
    void versionsMustBeText() {
        fill.cell("DockerVersion").setCellValue(20.1);
        text(DOCKER_COMPOSE_VERSION, "latest");
        assertThat(problems()).containsExactly(
                "clinic.xlsx: Deployment!C12 (Docker version): expected a version such as 20.10, found the number 20.1; "
                        + "type it as text (start with an apostrophe: '20.10) so that it keeps every digit",
                "clinic.xlsx: Deployment!C13 (Docker Compose version): expected a version such as 1.29, found \"latest\"");
    }

    @Test
    void eachVersionGivesItsOwnExample() {
        fill.cell("DockerComposeVersion").setCellValue(1.29);
        assertThat(problems()).containsExactly(
                "clinic.xlsx: Deployment!C13 (Docker Compose version): expected a version such as 1.29, found the number "
                        + "1.29; type it as text (start with an apostrophe: '1.29) so that it keeps every digit");
    }

    @Test
    void versionTextKeepsItsTrailingZero() throws Exception {
        text(DOCKER_VERSION, "20.10");
        assertThat(read().dockerVersion()).isEqualTo("20.10");
    }

    @Test
    void dates() throws Exception {
        text(QUESTIONNAIRE_DATE, "2024-03-05");
        assertThat(read().questionnaireDate()).isEqualTo(LocalDate.of(2024, 3, 5));
        text(QUESTIONNAIRE_DATE, "01.03.2024");
        assertThat(problems()).containsExactly(
                "clinic.xlsx: Project!C8 (Questionnaire date): expected a date such as 2024-03-01, found \"01.03.2024\"");
    }

    @Test
    void aYearTypedIntoTheDateCellIsShownAsTyped() {
        fill.cell("QuestionnaireDate").setCellValue(2024); // the cell is date-formatted: Excel shows 1905-07-16
        assertThat(problems()).containsExactly(
                "clinic.xlsx: Project!C8 (Questionnaire date): expected a date such as 2024-03-01, found the number 2024, "
                        + "not a date");
        XSSFCellStyle general = wb.createCellStyle(); // in a cell formatted as a plain number
        fill.cell("QuestionnaireDate").setCellStyle(general);
        fill.cell("QuestionnaireDate").setCellValue(45000);
        assertThat(problems()).containsExactly(
                "clinic.xlsx: Project!C8 (Questionnaire date): expected a date such as 2024-03-01, found the number "
                        + "45,000, not a date");
    }

    @Test
    void aDateTypedIntoANumberCellIsNotANumber() {
        // What Excel makes of "1/2" typed into a number cell: January 2nd, date-formatted.
        XSSFCellStyle dateStyle = wb.createCellStyle();
        dateStyle.cloneStyleFrom(fill.cell("WriteRps").getCellStyle());
        dateStyle.setDataFormat(wb.createDataFormat().getFormat("d-mmm"));
        fill.cell("WriteRps").setCellStyle(dateStyle);
        fill.cell("WriteRps").setCellValue(LocalDate.of(2024, 1, 2));
        assertThat(problems()).containsExactly(
                "clinic.xlsx: 'Data Production'!C5 (Write requests per second): expected a number ≥ 0, found the date 2024-01-02");
    }

    @Test
    void plainNumberTypedAsTextIsTakenAsThatNumber() throws Exception {
        text(WRITE_RPS, "12");
        text(READ_RPS, " 0.02 ");
        Questionnaire q = read();
        assertThat(q.writeRps()).isEqualTo(new BigDecimal("12"));
        assertThat(q.readRps()).isEqualTo(new BigDecimal("0.02"));
    }

    @Test
    void textWithSeparatorsOrADecimalCommaIsRefusedWithWhatToDo() throws Exception {
        fill.zoneCell(0, 2).setCellValue("12,000");
        text(WRITE_RPS, "0,05");
        text(READ_RPS, "1.234,5");
        text(ATTACHMENT_READ_RPS, "1 000");
        text(WRITE_MB_PER_DAY, "0,125");
        text(READ_MB_PER_DAY, "12.000");
        text(WRITE_DATA_POINTS_PER_DAY, "1,250,000");
        String ambiguous = ", which is a thousand times larger in some languages than in others: type the number "
                + "without separators, with a decimal point if it has decimals";
        String decimalComma = ": type it with a decimal point, or as a number in your spreadsheet's own format";
        assertThat(problems()).containsExactlyInAnyOrder(
                "clinic.xlsx: 'Data Production'!C5 (Write requests per second): expected a number ≥ 0, found the text "
                        + "\"0,05\"" + decimalComma,
                "clinic.xlsx: 'Data Consumption'!C5 (Read requests per second): expected a number ≥ 0, found the text "
                        + "\"1.234,5\"" + decimalComma,
                "clinic.xlsx: 'Data Consumption'!C7 (Attachment reads): expected a number ≥ 0, found the text "
                        + "\"1 000\": type the number without separators",
                // A leading 0 cannot start a group of thousands: a decimal comma, not 125.
                "clinic.xlsx: 'Data Production'!C8 (Data written per day): expected a number ≥ 0, found the text "
                        + "\"0,125\"" + decimalComma,
                // One separator then three digits: 12 or 12,000, 1.25 or 1,250; never guessed.
                "clinic.xlsx: 'Data Consumption'!C9 (Data read per day): expected a number ≥ 0, found the text "
                        + "\"12.000\"" + ambiguous,
                "clinic.xlsx: Deployment!" + zoneCell('D', 1) + " (Users of zone 1): expected a whole number ≥ 1, found the text "
                        + "\"12,000\"" + ambiguous,
                "clinic.xlsx: 'Data Production'!C7 (Data points written per day): expected a number ≥ 0, found the text "
                        + "\"1,250,000\": type the number without separators");
        fill.zoneCell(0, 2).setCellValue("12000");
        text(WRITE_RPS, "0.05");
        text(READ_RPS, "12.5");
        text(ATTACHMENT_READ_RPS, "1000");
        text(WRITE_MB_PER_DAY, "0.125");
        text(READ_MB_PER_DAY, "12");
        text(WRITE_DATA_POINTS_PER_DAY, "1250000");
        Questionnaire q = read();
        assertThat(q.zones().get(0).users()).isEqualTo(12_000);
        assertThat(q.writeRps()).isEqualTo(new BigDecimal("0.05"));
        assertThat(q.writeMBPerDay()).isEqualTo(new BigDecimal("0.125"));
    }

    @Test
    void aPercentFormattedCellCountsForThePercentageItShows() throws Exception {
        // What Excel makes of "30%" typed into a number cell: 0.3, formatted 0%.
        XSSFCellStyle percent = wb.createCellStyle();
        percent.cloneStyleFrom(fill.cell("SafetyMarginPercent").getCellStyle());
        percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
        fill.cell("SafetyMarginPercent").setCellStyle(percent);
        fill.cell("SafetyMarginPercent").setCellValue(0.3);
        XSSFCellStyle decimals = wb.createCellStyle();
        decimals.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        fill.cell("DiskHeadroomPercent").setCellStyle(decimals);
        fill.cell("DiskHeadroomPercent").setCellValue(0.125);
        Questionnaire q = read();
        assertThat(q.safetyMarginPercent()).isEqualTo(new BigDecimal("30"));
        assertThat(q.diskHeadroomPercent()).isEqualTo(new BigDecimal("12.5"));

        fill.cell("SafetyMarginPercent").setCellValue(-0.05); // shown as -5%, refused as -5
        assertThat(problems()).containsExactly(
                "clinic.xlsx: Deployment!C6 (Safety margin): expected a number ≥ 0, found -5");
        fill.cell("SafetyMarginPercent").setCellValue(20.5); // shown as 2050%
        assertThat(problems()).containsExactly(
                "clinic.xlsx: Deployment!C6 (Safety margin): expected a number ≤ 1,000, found 2,050");
    }

    @Test
    void thirtyPercentTypedInTheMultiCountryExampleReadsAsItsThirty() throws Exception {
        try (XSSFWorkbook typed = TemplateWriter.create(PackagedConstants.get())) {
            Example.MULTI_COUNTRY_RESEARCH.answers.accept(new Filler(typed));
            Questionnaire asNumbers = QuestionnaireReader.read(typed, "multi.xlsx");
            XSSFCellStyle percent = typed.createCellStyle();
            percent.cloneStyleFrom(new Filler(typed).cell("SafetyMarginPercent").getCellStyle());
            percent.setDataFormat(typed.createDataFormat().getFormat("0%"));
            for (String name : List.of("SafetyMarginPercent", "DiskHeadroomPercent")) {
                XSSFCell c = new Filler(typed).cell(name);
                c.setCellStyle(percent);
                c.setCellValue(0.3); // what Excel stores for "30%"
            }
            try (XSSFWorkbook saved = new XSSFWorkbook(new ByteArrayInputStream(ExampleQuestionnaires.save(typed)))) {
                assertThat(QuestionnaireReader.read(saved, "multi.xlsx")).isEqualTo(asNumbers);
            }
        }
    }

    @Test
    void percentFieldsTakeTwentyAndTwentyPercentAlike() throws Exception {
        fill.set(SAFETY_MARGIN_PERCENT, "30"); // a plain number cell: 30 is 30 %
        text(DISK_HEADROOM_PERCENT, " 40 % "); // typed as text
        XSSFCellStyle percent = wb.createCellStyle();
        percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
        fill.cell("WriteRps").setCellStyle(percent); // not a field in percent: 0.5 stays 0.5
        fill.cell("WriteRps").setCellValue(0.5);
        Questionnaire q = read();
        assertThat(q.safetyMarginPercent()).isEqualTo(new BigDecimal("30"));
        assertThat(q.diskHeadroomPercent()).isEqualTo(new BigDecimal("40"));
        assertThat(q.writeRps()).isEqualTo(new BigDecimal("0.5"));
    }

    @Test
    void numbersAreExactlyWhatWasTyped() throws Exception {
        fill.set(WRITE_RPS, "0.02");
        fill.set(READ_RPS, "0.1");
        fill.set(WRITE_MB_PER_DAY, "123456.789");
        Questionnaire q = read();
        assertThat(q.writeRps()).isEqualTo(new BigDecimal("0.02"));
        assertThat(q.readRps()).isEqualTo(new BigDecimal("0.1"));
        assertThat(q.writeMBPerDay()).isEqualTo(new BigDecimal("123456.789"));
        assertThat(q.safetyMarginPercent()).isEqualTo(new BigDecimal("20"));
    }

    @Test
    void formulaCountsForItsSavedResultAsTheExactDecimal() throws Exception {
        formula(WRITE_RPS, "2*0.01");
        formula(READ_RPS, "0.1+0.2"); // 0.30000000000000004 as a double; Excel shows 0.3
        Questionnaire q = read();
        assertThat(q.writeRps()).isEqualTo(new BigDecimal("0.02"));
        assertThat(q.readRps()).isEqualTo(new BigDecimal("0.3"));
    }

    @Test
    void formulaGivingAnError() {
        formula(WRITE_RPS, "1/0");
        assertThat(problems()).containsExactly(
                "clinic.xlsx: 'Data Production'!C5 (Write requests per second): the formula =1/0 gives the error #DIV/0!");
    }

    @Test
    void formulaReferringToAnotherWorkbook() throws Exception {
        try (XSSFWorkbook other = new XSSFWorkbook()) {
            other.createSheet("Loads").createRow(0).createCell(0).setCellValue(0.5);
            wb.linkExternalWorkbook("loads.xlsx", other);
            formula(WRITE_RPS, "[loads.xlsx]Loads!A1");
        }
        String expected = "clinic.xlsx: 'Data Production'!C5 (Write requests per second): the formula =[loads.xlsx]Loads!A1 refers to another "
                + "workbook; type the value instead";
        assertThat(problems()).containsExactly(expected); // the linked workbook is still in memory here
        try (XSSFWorkbook saved = new XSSFWorkbook(new ByteArrayInputStream(ExampleQuestionnaires.save(wb)))) {
            InvalidQuestionnaireException e = catchThrowableOfType(InvalidQuestionnaireException.class,
                    () -> QuestionnaireReader.read(saved, "clinic.xlsx"));
            assertThat(e.getMessage()).isEqualTo(expected);
        }
    }

    @Test
    void blankCellsTakeTheirDefaults() throws Exception {
        for (var f : List.of(ATTACHMENT_WRITE_MBPS, BYTES_PER_DATA_POINT, SAFETY_MARGIN_PERCENT, EXPECT_RAPID_GROWTH,
                OPERATING_SYSTEM, EXTENDED_SUPPORT, STORAGE_THROUGHPUT_MBPS, DISK_HEADROOM_PERCENT, PREPARED_BY,
                REGISTER_FOLLOWERS)) {
            fill.set(f, null);
        }
        Questionnaire q = read();
        assertThat(q.attachmentWriteMBps()).isEqualTo(new BigDecimal("0"));
        assertThat(q.bytesPerDataPoint()).isEqualTo(new BigDecimal("250"));
        assertThat(q.safetyMarginPercent()).isEqualTo(new BigDecimal("20"));
        assertThat(q.expectRapidGrowth()).isFalse();
        assertThat(q.operatingSystem()).isEqualTo("Ubuntu 22.04");
        assertThat(q.extendedSupport()).isFalse();
        assertThat(q.storageThroughputMBps()).isEqualTo(new BigDecimal("200"));
        assertThat(q.diskHeadroomPercent()).isEqualTo(new BigDecimal("25"));
        assertThat(q.preparedBy()).isEmpty();
        assertThat(q.registerFollowers()).isNull();
        assertThat(q.dockerVersion()).isEmpty();
    }

    @Test
    void duplicateZoneNamesIgnoringCase() {
        fill.zone(0, "Zürich", "", 10).zone(1, "Bern", "", 10).zone(2, "ZÜRICH", "", 10);
        assertThat(problems()).containsExactly("clinic.xlsx: Deployment!" + zoneCell('B', 3) + " (Name of zone 3): \"ZÜRICH\" is used twice "
                + "(also at " + zoneCell('B', 1) + "); zone names must be unique, ignoring case");
    }

    @Test
    void zoneUsersMustBeAWholeNumberFromOne() {
        fill.zone(0, "A", "", 0);
        fill.zone(1, "B", "", 1);
        fill.zoneCell(1, 2).setCellValue(1.5);
        assertThat(problems()).containsExactly(
                "clinic.xlsx: Deployment!" + zoneCell('D', 1) + " (Users of zone 1): expected a whole number ≥ 1, found 0",
                "clinic.xlsx: Deployment!" + zoneCell('D', 2) + " (Users of zone 2): expected a whole number ≥ 1, found 1.5");
    }

    @Test
    void incompleteZoneRows() {
        fill.zoneCell(0, 0).setBlank(); // the clinic's zone loses its name
        fill.zone(3, "Geneva", "Genève", 5);
        fill.zoneCell(3, 2).setBlank();
        assertThat(problems()).containsExactly(
                "clinic.xlsx: Deployment!" + zoneCell('B', 1) + " (Name of zone 1): missing: a row with a location or users needs a zone name",
                "clinic.xlsx: Deployment!" + zoneCell('D', 4) + " (Users of zone 4): missing: expected a whole number ≥ 1");
    }

    @Test
    void zonesAreReadInOrderSkippingBlankRows() throws Exception {
        fill.zone(5, "Łódź", "Poland", 7).zone(99, "Last", "", 3);
        assertThat(read().zones()).containsExactly(
                new Zone("Main", "Lausanne", 800), new Zone("Łódź", "Poland", 7), new Zone("Last", "", 3));
    }

    /** The zones block and its growth block down to {@code lastRow}, as inserting rows in Excel extends both. */
    private void zoneRowsTo(int lastRow) {
        wb.getName("Zones").setRefersToFormula("Deployment!$B$" + TemplateLayout.ZONES_FIRST_ROW + ":$D$" + lastRow);
        wb.getName("ZoneGrowth").setRefersToFormula("Deployment!$E$" + TemplateLayout.ZONES_FIRST_ROW + ":$H$" + lastRow);
    }

    @Test
    void zonesAreReadOverWhateverRangeTheNameCovers() throws Exception {
        zoneRowsTo(600);
        wb.getSheet("Deployment").createRow(499).createCell(1).setCellValue("Far");
        wb.getSheet("Deployment").getRow(499).createCell(3).setCellValue(4);
        assertThat(read().zones()).extracting(Zone::name).containsExactly("Main", "Far");

        wb.getName("Zones").setRefersToFormula(
                "Deployment!$B$" + TemplateLayout.ZONES_FIRST_ROW + ":$D$" + (TemplateLayout.ZONES_FIRST_ROW + 10_000));
        assertThat(problems()).containsExactly(
                "clinic.xlsx: Deployment!" + zonesTo(TemplateLayout.ZONES_FIRST_ROW + 10_000) + ": the defined name Zones covers 10001 rows, at most 10000 are read");
    }

    @Test
    void anotherTemplateVersionIsTheOnlyProblemReported() {
        fill.cell("TemplateVersion").setCellValue("0.9");
        text(WRITE_RPS, "abc");
        assertThat(problems()).containsExactly("clinic.xlsx: Project!C9: made with template version 0.9, this tool reads " + Questionnaires.versionsRead());
    }

    @Test
    void extendedSupportIsRead() throws Exception {
        text(EXTENDED_SUPPORT, "Yes");
        text(OPERATING_SYSTEM, "Ubuntu 18.04");
        Questionnaire q = read();
        assertThat(q.extendedSupport()).isTrue();
        assertThat(q.operatingSystem()).isEqualTo("Ubuntu 18.04");
        assertThat(q.templateVersion()).isEqualTo(TemplateLayout.TEMPLATE_VERSION);
        text(EXTENDED_SUPPORT, "Perhaps");
        assertThat(problems()).containsExactly("clinic.xlsx: Deployment!C11 (Extended support): expected Yes or No, found \"Perhaps\"");
    }

    /**
     * layout-1.0.xlsx: the template as committed at layout 1.0 (before Extended support), filled in: Legacy Clinic,
     * 2024-03-01, zone Main (Lausanne) with 1,000 users, 0.01 write and 0.02 read requests per second, 10 years,
     * every other cell as the 1.0 template left it, and the operating system cell cleared.
     */
    @Test
    void aQuestionnaireOfLayoutOneZeroIsReadWithEachMissingAnswerAtItsDefault() throws Exception {
        Path file = Path.of("src/test/resources/io/pryv/sizer/questionnaire/layout-1.0.xlsx");
        Questionnaire q = QuestionnaireReader.read(file);
        assertThat(q.templateVersion()).isEqualTo("1.0");
        assertThat(q.customerName()).isEqualTo("Legacy Clinic");
        assertThat(q.questionnaireDate()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(q.zones()).containsExactly(new Zone("Main", "Lausanne", 1000));
        assertThat(q.writeRps()).isEqualTo(new BigDecimal("0.01"));
        assertThat(q.readRps()).isEqualTo(new BigDecimal("0.02"));
        assertThat(q.retentionYears()).isEqualTo(new BigDecimal("10"));
        // Not in layout 1.0: Extended support reads No.
        assertThat(q.extendedSupport()).isFalse();
        // A blank operating system meant what the 1.0 template offered, Ubuntu 20.04, not today's default 22.04.
        assertThat(q.operatingSystem()).isEqualTo("Ubuntu 20.04");
        assertThat(q.safetyMarginPercent()).isEqualTo(new BigDecimal("20"));
        assertThat(q.diskHeadroomPercent()).isEqualTo(new BigDecimal("25"));
        assertThat(q.dockerVersion()).isEmpty();
        assertPlanOfAnOlderLayout(q);
    }

    /** SIZING.md §1: a layout before 1.3 has no plan answers: 5 years, no currency, no prices, no growth. */
    private static void assertPlanOfAnOlderLayout(Questionnaire q) {
        assertThat(q.planYears()).isEqualTo(5);
        assertThat(q.text(CURRENCY)).isEmpty();
        for (Question price : PRICES) assertThat(q.number(price)).as(price.name()).isNull();
        assertThat(q.priced()).isFalse();
        assertThat(q.grows()).isFalse();
        assertThat(q.zones()).allSatisfy(z -> assertThat(z.laterUsers()).isEmpty());
    }

    /**
     * layout-1.1.xlsx: the small-clinic example as committed at layout 1.1, with Extended support Yes, Ubuntu 18.04
     * and a second zone, Annex (Bern) with 50 users. Its cells are written out here by hand: the 1.1 layout stays
     * readable when later questions move the zones block of the template down.
     */
    @Test
    void aQuestionnaireOfLayoutOneOneIsReadByItsOwnCells() throws Exception {
        Path file = Path.of("src/test/resources/io/pryv/sizer/questionnaire/layout-1.1.xlsx");
        try (XSSFWorkbook old = QuestionnaireReader.open(file)) {
            assertThat(old.getName("ExtendedSupport").getRefersToFormula()).isEqualTo("Deployment!$C$11");
            assertThat(old.getName("Zones").getRefersToFormula()).isEqualTo("'Deployment'!$B$17:$D$116");
        }
        Questionnaire q = QuestionnaireReader.read(file);
        assertThat(q.templateVersion()).isEqualTo("1.1");
        assertThat(q.customerName()).isEqualTo("Lakeside Family Clinic");
        assertThat(q.extendedSupport()).isTrue();
        assertThat(q.operatingSystem()).isEqualTo("Ubuntu 18.04");
        assertThat(q.writeRps()).isEqualTo(new BigDecimal("0.001"));
        assertThat(q.zones()).containsExactly(new Zone("Main", "Lausanne", 800), new Zone("Annex", "Bern", 50));
        assertPlanOfAnOlderLayout(q);
    }

    /**
     * layout-1.2.xlsx: the template as committed at layout 1.2 (before the plan), filled in: the small clinic dated
     * 2026-06-15 with a largest data disk of 2,000 GB per core and a second zone, Annex (Bern) with 50 users. It has
     * no Plan sheet and no ZoneGrowth name: the plan takes its defaults and no zone grows.
     */
    @Test
    void aQuestionnaireOfLayoutOneTwoIsReadWithoutPlanOrGrowth() throws Exception {
        Path file = Path.of("src/test/resources/io/pryv/sizer/questionnaire/layout-1.2.xlsx");
        try (XSSFWorkbook old = QuestionnaireReader.open(file)) {
            assertThat(old.getName("ZoneGrowth")).isNull();
            assertThat(old.getSheet("Plan")).isNull();
            assertThat(old.getName("Zones").getRefersToFormula()).isEqualTo("'Deployment'!$B$18:$D$117");
        }
        Questionnaire q = QuestionnaireReader.read(file);
        assertThat(q.templateVersion()).isEqualTo("1.2");
        assertThat(q.customerName()).isEqualTo("Lakeside Family Clinic");
        assertThat(q.questionnaireDate()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(q.whole(MAX_DATA_DISK_PER_CORE_GB)).isEqualTo(2_000);
        assertThat(q.zones()).containsExactly(new Zone("Main", "Lausanne", 800), new Zone("Annex", "Bern", 50));
        assertPlanOfAnOlderLayout(q);
    }

    /**
     * layout-1.3.xlsx: the growing-telehealth example as committed at layout 1.3 (before the Platform sheet): CH and
     * DE growing, priced in CHF. It has no Platform sheet: it is sized as Pryv.io v1, without previews.
     */
    @Test
    void aQuestionnaireOfLayoutOneThreeIsReadAsPryvIoV1() throws Exception {
        Path file = Path.of("src/test/resources/io/pryv/sizer/questionnaire/layout-1.3.xlsx");
        try (XSSFWorkbook old = QuestionnaireReader.open(file)) {
            assertThat(old.getSheet("Platform")).isNull();
            assertThat(old.getName("PlatformVersion")).isNull();
        }
        Questionnaire q = QuestionnaireReader.read(file);
        assertThat(q.templateVersion()).isEqualTo("1.3");
        assertThat(q.customerName()).isEqualTo("MediLink Telehealth (fictional)");
        assertThat(q.profile()).isEqualTo(Profile.V1);
        assertThat(q.previewRps()).isEqualByComparingTo("0");
        assertThat(q.text(CURRENCY)).isEqualTo("CHF");
        assertThat(q.zones().get(0).usersInYear(5)).isEqualTo(15_000);
    }

    // ---- the plan (layout 1.3): its length, currency and prices on the Plan sheet, the growth beside the zones

    @Test
    void aBlankPlanSheetIsFiveYearsWithoutPricesAndNoZoneGrows() throws Exception {
        Questionnaire q = read();
        assertThat(q.templateVersion()).isEqualTo("1.4");
        assertThat(q.planYears()).isEqualTo(5);
        assertThat(q.text(CURRENCY)).isEmpty();
        assertThat(q.priced()).isFalse();
        assertThat(q.zones()).containsExactly(new Zone("Main", "Lausanne", 800));
    }

    @Test
    void planLengthCurrencyAndPricesAreRead() throws Exception {
        fill.set(PLAN_YEARS, "3").set(CURRENCY, "EUR").set(PRICE_VCPU_MONTH, "18.5").set(PRICE_DATA_DISK_GB_MONTH, "0.08")
                .set(PRICE_MACHINE_MONTH, "0");
        Questionnaire q = read();
        assertThat(q.planYears()).isEqualTo(3);
        assertThat(q.text(CURRENCY)).isEqualTo("EUR");
        assertThat(q.number(PRICE_VCPU_MONTH)).isEqualTo(new BigDecimal("18.5"));
        assertThat(q.number(PRICE_DATA_DISK_GB_MONTH)).isEqualTo(new BigDecimal("0.08"));
        assertThat(q.number(PRICE_MACHINE_MONTH)).isEqualTo(new BigDecimal("0"));
        // A blank price is "not given", which the costs count as 0.
        assertThat(q.number(PRICE_RAM_GB_MONTH)).isNull();
        assertThat(q.priced()).isTrue();
    }

    @Test
    void growthFiguresAreReadIntoTheirZoneBlankYearsAsTheYearBefore() throws Exception {
        fill.zone(1, "Annex", "Bern", 50).growth(0, 1_000L, null, 1_500L).growth(1, null, null, null, 70L);
        Questionnaire q = read();
        assertThat(q.zones()).containsExactly(new Zone("Main", "Lausanne", 800, java.util.Arrays.asList(1_000L, null, 1_500L)),
                new Zone("Annex", "Bern", 50, java.util.Arrays.asList(null, null, null, 70L)));
        assertThat(q.zones().get(0).usersInYear(3)).isEqualTo(1_000);
        assertThat(q.zones().get(1).usersInYear(4)).isEqualTo(50);
        assertThat(q.grows()).isTrue();
    }

    @Test
    void theZoneGrowthNameIsWhereTheTemplatePutsIt() {
        assertThat(wb.getName("ZoneGrowth").getRefersToFormula())
                .isEqualTo("'Deployment'!$E$" + zoneCell('E', 1).substring(1) + ":$H$" + (TemplateLayout.ZONES_FIRST_ROW + 99));
    }

    @Test
    void aGrowthFigureBeyondThePlanNamesItsCellAndThePlanLength() {
        fill.set(PLAN_YEARS, "3").growth(0, 900L, 1_000L, 1_200L);
        assertThat(problems()).containsExactly("clinic.xlsx: Deployment!" + zoneCell('G', 1) + " (Users of zone 1 in year 4): "
                + "a figure for year 4, but Plan!C5 (Plan length) is 3 years; lengthen the plan or clear the cell");
        fill.set(PLAN_YEARS, "1");
        assertThat(problems()).containsExactly(
                "clinic.xlsx: Deployment!" + zoneCell('E', 1) + " (Users of zone 1 in year 2): "
                        + "a figure for year 2, but Plan!C5 (Plan length) is 1 year; lengthen the plan or clear the cell",
                "clinic.xlsx: Deployment!" + zoneCell('F', 1) + " (Users of zone 1 in year 3): "
                        + "a figure for year 3, but Plan!C5 (Plan length) is 1 year; lengthen the plan or clear the cell",
                "clinic.xlsx: Deployment!" + zoneCell('G', 1) + " (Users of zone 1 in year 4): "
                        + "a figure for year 4, but Plan!C5 (Plan length) is 1 year; lengthen the plan or clear the cell");
    }

    @Test
    void aPriceWithoutCurrencyNamesTheCurrencyCellAndThePricesGiven() {
        fill.set(PRICE_RAM_GB_MONTH, "4");
        assertThat(problems()).containsExactly("clinic.xlsx: Plan!C6 (Currency): missing: a currency is needed for the price "
                + "given in Plan!C9 (Price per GB of RAM); expected three capital letters such as CHF");
        fill.set(PRICE_MACHINE_MONTH, "0").set(PRICE_DATA_DISK_GB_MONTH, "0.1");
        assertThat(problems()).containsExactly("clinic.xlsx: Plan!C6 (Currency): missing: a currency is needed for the prices "
                + "given in Plan!C7 (Price per machine), Plan!C9 (Price per GB of RAM) and Plan!C11 (Price per GB of data disk); "
                + "expected three capital letters such as CHF");
    }

    @Test
    void aCurrencyIsThreeCapitalLetters() throws Exception {
        for (String bad : List.of("chf", "EURO", "€", "Fr.", "C F")) {
            text(CURRENCY, bad);
            assertThat(problems()).as(bad).containsExactly(
                    "clinic.xlsx: Plan!C6 (Currency): expected three capital letters such as CHF, found \"" + bad + "\"");
        }
        fill.cell("Currency").setCellValue(756);   // the ISO number of CHF
        assertThat(problems()).containsExactly("clinic.xlsx: Plan!C6 (Currency): expected three capital letters such as CHF, found 756");
        // A currency alone, without prices, is no problem; spaces around it are dropped.
        text(CURRENCY, " USD ");
        assertThat(read().text(CURRENCY)).isEqualTo("USD");
    }

    @Test
    void aGrowthFigureInARowWithNoZoneNamesItsCell() {
        fill.growth(2, null, 3_000L);
        assertThat(problems()).containsExactly("clinic.xlsx: Deployment!" + zoneCell('F', 3) + " (Users of zone 3 in year 3): "
                + "a growth figure on a row without a zone; fill in the zone's name and users on this row, or clear the cell");
    }

    @Test
    void aGrowthFigureIsAWholeNumberFromOne() {
        fill.growth(0, 0L);
        fill.growthCell(0, 3).setCellValue(1.5);
        fill.growthCell(0, 4).setCellValue("many");
        fill.growthCell(0, 5).setCellValue(10_000_000_001L);
        assertThat(problems()).containsExactly(
                "clinic.xlsx: Deployment!" + zoneCell('E', 1) + " (Users of zone 1 in year 2): expected a whole number ≥ 1, found 0",
                "clinic.xlsx: Deployment!" + zoneCell('F', 1) + " (Users of zone 1 in year 3): expected a whole number ≥ 1, found 1.5",
                "clinic.xlsx: Deployment!" + zoneCell('G', 1) + " (Users of zone 1 in year 4): expected a whole number ≥ 1, found \"many\"",
                "clinic.xlsx: Deployment!" + zoneCell('H', 1) + " (Users of zone 1 in year 5): expected a whole number ≤ 10,000,000,000, "
                        + "found 10,000,000,001");
    }

    @Test
    void thePlanLengthIsFromOneToTenYears() {
        fill.set(PLAN_YEARS, "11");
        assertThat(problems()).containsExactly("clinic.xlsx: Plan!C5 (Plan length): expected a whole number ≤ 10, found 11");
        fill.set(PLAN_YEARS, "0");
        assertThat(problems()).containsExactly("clinic.xlsx: Plan!C5 (Plan length): expected a whole number ≥ 1, found 0");
    }

    @Test
    void thePlanSheetsProblemsAreReportedWithTheFilesOthers() {
        fill.set(PLAN_YEARS, "2").set(PRICE_VCPU_MONTH, "20").set(WRITE_RPS, "-1")
                .zone(1, "Annex", "Bern", 50).growth(1, 60L, 70L).growth(4, 5L);
        assertThat(problems()).containsExactly(
                "clinic.xlsx: 'Data Production'!C5 (Write requests per second): expected a number ≥ 0, found -1",
                "clinic.xlsx: Plan!C6 (Currency): missing: a currency is needed for the price given in Plan!C8 (Price per vCPU); "
                        + "expected three capital letters such as CHF",
                "clinic.xlsx: Deployment!" + zoneCell('F', 2) + " (Users of zone 2 in year 3): "
                        + "a figure for year 3, but Plan!C5 (Plan length) is 2 years; lengthen the plan or clear the cell",
                "clinic.xlsx: Deployment!" + zoneCell('E', 5) + " (Users of zone 5 in year 2): "
                        + "a growth figure on a row without a zone; fill in the zone's name and users on this row, or clear the cell");
    }

    @Test
    void theGrowthBlockCoversTheZonesRowsInFourColumns() {
        wb.getName("ZoneGrowth").setRefersToFormula("Deployment!$E$" + TemplateLayout.ZONES_FIRST_ROW + ":$G$" + (TemplateLayout.ZONES_FIRST_ROW + 99));
        assertThat(problems()).containsExactly("clinic.xlsx: Deployment!" + zoneCell('E', 1) + ":G" + (TemplateLayout.ZONES_FIRST_ROW + 99)
                + ": the defined name ZoneGrowth must cover the rows of the zones (" + TemplateLayout.zonesArea()
                + ") in 4 columns (users in years 2 to 5)");
        wb.removeName(wb.getName("ZoneGrowth"));
        assertThat(problems()).containsExactly("clinic.xlsx: the defined name ZoneGrowth is missing; "
                + "the file no longer follows the questionnaire template");
    }

    @Test
    void theUsersOfAllZonesAreBoundedInEachYear() {
        fill.zone(1, "B", "", 1_000).growth(0, 6_000_000_000L).growth(1, null, 5_000_000_000L);
        assertThat(problems()).containsExactly("clinic.xlsx: Deployment!" + zoneCell('F', 1) + ":F" + (TemplateLayout.ZONES_FIRST_ROW + 99)
                + ": the zones hold 11,000,000,000 users together in year 3, at most 10,000,000,000");
    }

    @Test
    void aWorkbookWithoutTemplateVersionIsNotAQuestionnaire() {
        wb.removeName(wb.getName("TemplateVersion"));
        assertThat(problems()).containsExactly(
                "clinic.xlsx: not a Pryv.io sizing questionnaire: the defined name TemplateVersion is missing");
    }

    @Test
    void missingDefinedName() {
        wb.removeName(wb.getName("WriteRps"));
        assertThat(problems()).containsExactly("clinic.xlsx: the defined name WriteRps is missing; "
                + "the file no longer follows the questionnaire template");
    }

    @Test
    void sheetScopedNameDoesNotCount() {
        wb.removeName(wb.getName("ReadRps"));
        var local = wb.createName();
        local.setNameName("ReadRps");
        local.setSheetIndex(wb.getSheetIndex("Data Consumption"));
        local.setRefersToFormula("'Data Consumption'!$C$5");
        assertThat(problems()).containsExactly("clinic.xlsx: the defined name ReadRps is missing; "
                + "the file no longer follows the questionnaire template");
    }

    @Test
    void everyProblemOfTheFileIsReportedTogether() {
        text(CUSTOMER_NAME, " ");
        text(WRITE_RPS, "abc");
        fill.set(RETENTION_YEARS, "0");
        text(EXPECT_RAPID_GROWTH, "Maybe");
        fill.zoneCell(0, 2).setCellValue(0);
        InvalidQuestionnaireException e = catchThrowableOfType(InvalidQuestionnaireException.class, this::read);
        assertThat(e.getMessage()).isEqualTo(String.join("\n",
                "clinic.xlsx: Project!C5: Customer name is required, but the cell is blank",
                "clinic.xlsx: 'Data Production'!C5 (Write requests per second): expected a number ≥ 0, found \"abc\"",
                "clinic.xlsx: 'Data Production'!C9 (Retention): expected a number > 0, found 0",
                "clinic.xlsx: Deployment!C5 (Rapid growth expected): expected Yes or No, found \"Maybe\"",
                "clinic.xlsx: Deployment!" + zoneCell('D', 1) + " (Users of zone 1): expected a whole number ≥ 1, found 0"));
    }

    // ---- bounds and hostile values

    @Test
    void everyNumberHasAnUpperBoundSoTheArithmeticStaysSane() {
        fill.set(WRITE_RPS, "1000.5");
        fill.set(RETENTION_YEARS, "101");
        fill.set(REGISTER_FOLLOWERS, "51");
        fill.set(READ_MB_PER_DAY, "1e308");
        fill.zone(0, "Main", "Lausanne", 10_000_000_001L);
        assertThat(problems()).containsExactly(
                "clinic.xlsx: 'Data Production'!C5 (Write requests per second): expected a number ≤ 1,000, found 1,000.5",
                "clinic.xlsx: 'Data Production'!C9 (Retention): expected a number ≤ 100, found 101",
                "clinic.xlsx: 'Data Consumption'!C9 (Data read per day): expected a number ≤ 1,000,000, found 1E+308",
                "clinic.xlsx: Deployment!C7 (Register followers of v1): expected a whole number ≤ 50, found 51",
                "clinic.xlsx: Deployment!" + zoneCell('D', 1) + " (Users of zone 1): expected a whole number ≤ 10,000,000,000, "
                        + "found 10,000,000,001");
    }

    @Test
    void theBoundsThemselvesAreAccepted() throws Exception {
        for (var f : Question.values()) if (f.max != null) fill.set(f, f.max.toPlainString());
        fill.set(CURRENCY, "CHF");
        fill.zone(0, "Main", "Lausanne", TemplateLayout.MAX_USERS).growth(0, null, null, null, TemplateLayout.MAX_USERS);
        Questionnaire q = read();
        assertThat(q.planYears()).isEqualTo(10);
        assertThat(q.zones().get(0).usersInYear(5)).isEqualTo(10_000_000_000L);
        assertThat(q.retentionYears()).isEqualTo(new BigDecimal("100"));
        assertThat(q.registerFollowers()).isEqualTo(50);
        assertThat(q.zones().get(0).users()).isEqualTo(10_000_000_000L);
    }

    @Test
    void aNumberThatIsNotFinite() {
        fill.cell("WriteRps").getCTCell().setV("NaN"); // what a crafted file can hold; Excel writes #NUM!
        fill.cell("ReadRps").getCTCell().setV("Infinity");
        assertThat(problems()).containsExactly(
                "clinic.xlsx: 'Data Production'!C5 (Write requests per second): expected a number ≥ 0, found a value that is not a finite number",
                "clinic.xlsx: 'Data Consumption'!C5 (Read requests per second): expected a number ≥ 0, found a value that is not a finite number");
    }

    @Test
    void numbersTypedAsVeryLongTextAreNotNumbers() {
        text(WRITE_RPS, "1" + "0".repeat(100));
        assertThat(problems()).singleElement().asString()
                .startsWith("clinic.xlsx: 'Data Production'!C5 (Write requests per second): expected a number ≥ 0, found \"1000000000").endsWith("…\"");
    }

    @Test
    void theSumOfTheZonesIsBoundedToo() {
        fill.zone(0, "A", "", 6_000_000_000L).zone(1, "B", "", 6_000_000_000L);
        assertThat(problems()).containsExactly(
                "clinic.xlsx: Deployment!" + TemplateLayout.zonesArea() + ": the zones hold 12,000,000,000 users together, at most 10,000,000,000");
    }

    @Test
    void atMostAThousandZones() throws Exception {
        zoneRowsTo(TemplateLayout.ZONES_FIRST_ROW + 1_000);
        for (int i = 0; i < 1001; i++) fill.zone(i, "Z" + i, "", 1);
        assertThat(problems()).containsExactly(
                "clinic.xlsx: Deployment!" + zonesTo(TemplateLayout.ZONES_FIRST_ROW + 1_000) + ": the zones block lists 1001 zones, at most 1000");
    }

    @Test
    void namesAreCappedAt200Characters() {
        text(CUSTOMER_NAME, "x".repeat(201));
        fill.zone(0, "y".repeat(5000), "", 10);
        assertThat(problems()).containsExactly(
                "clinic.xlsx: Project!C5 (Customer name): expected a text of at most 200 characters, found 201 characters",
                "clinic.xlsx: Deployment!" + zoneCell('B', 1) + " (Name of zone 1): expected a text of at most 200 characters, found 5000 characters");
    }

    @Test
    void lineBreaksInANameBecomeSpacesButControlCharactersAreRefused() throws Exception {
        text(PROJECT_NAME, "Patient\n diary\tapp");
        assertThat(read().projectName()).isEqualTo("Patient diary app");
        text(CUSTOMER_NAME, "Evil \u001B[2J clinic");
        assertThat(problems()).containsExactly("clinic.xlsx: Project!C5 (Customer name): expected a plain text, found a control or "
                + "broken character in \"Evil \\u001B[2J clinic\"");
    }

    @Test
    void formulaLookingTextInANameIsKeptAsText() throws Exception {
        text(CUSTOMER_NAME, "=HYPERLINK(\"http://evil.example\",\"Click\")");
        text(PROJECT_NAME, "+cmd|' /C calc'!A0");
        Questionnaire q = read();
        assertThat(q.customerName()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"Click\")");
        assertThat(q.projectName()).isEqualTo("+cmd|' /C calc'!A0");
    }

    @Test
    void aRealFormulaInANameCellIsRefused() {
        formula(CUSTOMER_NAME, "HYPERLINK(\"http://evil.example\",\"Click\")");
        fill.zoneCell(0, 1).setCellFormula("\"Lau\"&\"sanne\"");
        assertThat(problems()).containsExactly(
                "clinic.xlsx: Project!C5 (Customer name): expected a typed text, found the formula "
                        + "=HYPERLINK(\"http://evil.example\",\"Click\"); type the text itself",
                "clinic.xlsx: Deployment!" + zoneCell('C', 1) + " (Location of zone 1): expected a typed text, found the formula =\"Lau\"&\"sanne\"; "
                        + "type the text itself");
    }

    @Test
    void aFormulaIsNeverComputedHereOnlyItsSavedResultCounts() throws Exception {
        // =LEN(REPT(REPT("x",30000),30000)) would need gigabytes to compute; its saved result is all that is read.
        XSSFCell c = fill.cell("PointsPerRequest");
        c.setCellFormula("LEN(REPT(REPT(\"x\",30000),30000))");
        c.getCTCell().setV("900000000"); // as a spreadsheet program would have saved it
        assertThat(problems()).containsExactly(
                "clinic.xlsx: 'Data Consumption'!C6 (Points per read request): expected a number ≤ 100,000,000, found 900,000,000");
        c.getCTCell().setV("5");
        assertThat(read().pointsPerRequest()).isEqualTo(new BigDecimal("5"));
    }

    @Test
    void aFormulaWithoutSavedResultIsRefused() {
        XSSFCell c = fill.cell("WriteRps");
        c.setBlank();
        c.setCellFormula("0.5*2");
        assertThat(c.getCTCell().isSetV()).isFalse();
        assertThat(problems()).containsExactly("clinic.xlsx: 'Data Production'!C5 (Write requests per second): the formula =0.5*2 has no saved "
                + "result; open the file in Excel or LibreOffice, save it, and try again");
    }

    /** As openpyxl saves a formula it cannot compute: {@code <f>…</f><v/>}, no type, an empty result. */
    private void formulaWithEmptyResult(XSSFCell c, String formula) {
        c.setBlank();
        c.setCellFormula(formula);
        if (c.getCTCell().isSetT()) c.getCTCell().unsetT();
        c.getCTCell().setV("");
    }

    @Test
    void aFormulaWhoseSavedResultIsEmptyIsRefusedInEveryKindOfCell() {
        formulaWithEmptyResult(fill.cell("WriteRps"), "1/0");
        formulaWithEmptyResult(fill.cell("QuestionnaireDate"), "TODAY()");
        formulaWithEmptyResult(fill.cell("ExpectRapidGrowth"), "IF(1,\"Yes\",\"No\")");
        formulaWithEmptyResult(fill.cell("DockerVersion"), "\"20.10\"");
        formulaWithEmptyResult(fill.zoneCell(0, 2), "2*400");
        String advice = " has no saved result; open the file in Excel or LibreOffice, save it, and try again";
        assertThat(problems()).containsExactly(
                "clinic.xlsx: Project!C8 (Questionnaire date): the formula =TODAY()" + advice,
                "clinic.xlsx: 'Data Production'!C5 (Write requests per second): the formula =1/0" + advice,
                "clinic.xlsx: Deployment!C5 (Rapid growth expected): the formula =IF(1,\"Yes\",\"No\")" + advice,
                "clinic.xlsx: Deployment!C12 (Docker version): the formula =\"20.10\"" + advice,
                "clinic.xlsx: Deployment!" + zoneCell('D', 1) + " (Users of zone 1): the formula =2*400" + advice);
    }

    @Test
    void anEmptySavedResultOfTypeBooleanOrErrorIsNoResultEither() {
        formulaWithEmptyResult(fill.cell("WriteRps"), "1/0");
        fill.cell("WriteRps").getCTCell().setT(STCellType.E);
        formulaWithEmptyResult(fill.cell("ExpectRapidGrowth"), "1=1");
        fill.cell("ExpectRapidGrowth").getCTCell().setT(STCellType.B);
        String advice = " has no saved result; open the file in Excel or LibreOffice, save it, and try again";
        assertThat(problems()).containsExactly(
                "clinic.xlsx: 'Data Production'!C5 (Write requests per second): the formula =1/0" + advice,
                "clinic.xlsx: Deployment!C5 (Rapid growth expected): the formula =1=1" + advice);
    }

    @Test
    void aFormulaGivingEmptyTextCountsAsABlankCell() throws Exception {
        // How Excel and LibreOffice save =IF(…,"",…) when it gives "": t="str" and an empty result.
        XSSFCell c = fill.cell("OperatingSystem");
        formulaWithEmptyResult(c, "IF(1,\"\",\"Ubuntu 18.04\")");
        c.getCTCell().setT(STCellType.STR);
        assertThat(read().operatingSystem()).isEqualTo("Ubuntu 22.04"); // the field's default since layout 1.1
    }

    @Test
    void datesOutsideTheTemplatesRange() {
        text(QUESTIONNAIRE_DATE, "1999-12-31");
        assertThat(problems()).containsExactly(
                "clinic.xlsx: Project!C8 (Questionnaire date): expected a date from 2000-01-01 to 2099-12-31, found 1999-12-31");
        fill.cell("QuestionnaireDate").setCellValue(1e308); // date-formatted, far beyond Excel's last day
        assertThat(problems()).containsExactly(
                "clinic.xlsx: Project!C8 (Questionnaire date): expected a date such as 2024-03-01, found the number 1E+308, "
                        + "not a date");
    }

    @Test
    void versionsAreShort() {
        text(DOCKER_VERSION, "1".repeat(21));
        assertThat(problems()).containsExactly(
                "clinic.xlsx: Deployment!C12 (Docker version): expected a version such as 20.10, found \"111111111111111111111\"");
    }

    @Test
    void aLinkToAnotherWorkbookAnywhereIsRefused() throws Exception {
        try (XSSFWorkbook other = new XSSFWorkbook()) {
            other.createSheet("Loads");
            wb.linkExternalWorkbook("loads.xlsx", other); // not used by any input cell
        }
        assertThat(problems()).containsExactly("clinic.xlsx: the workbook links to 1 other file; a questionnaire "
                + "must stand alone: break the links (Excel: Data > Edit Links > Break Link) and try again");
    }

    @Test
    void aWorkbookWithMacrosIsRefused() {
        wb.setWorkbookType(XSSFWorkbookType.XLSM);
        assertThat(problems()).containsExactly("clinic.xlsx: the workbook holds macros (.xlsm); save it as an "
                + "Excel workbook (.xlsx) without macros and try again");
    }

    @Test
    void aCellPOICannotReadIsThatCellsProblem() {
        fill.cell("WriteRps").getCTCell().setV("not a number"); // a numeric cell holding text: a damaged file
        assertThat(problems()).singleElement().asString()
                .startsWith("clinic.xlsx: 'Data Production'!C5 (Write requests per second): the cell cannot be read: ");
    }

    // ---- opening files

    @Test
    void opensWithoutTouchingTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("clinic.xlsx");
        Files.write(file, ExampleQuestionnaires.save(wb));
        FileTime before = Files.getLastModifiedTime(file);
        byte[] bytes = Files.readAllBytes(file);
        file.toFile().setReadOnly();
        try (XSSFWorkbook opened = QuestionnaireReader.open(file)) {
            Files.delete(file); // nothing holds the file open
            assertThat(QuestionnaireReader.read(opened, "clinic.xlsx").customerName()).isEqualTo("Lakeside Family Clinic");
        }
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, before);
        assertThat(QuestionnaireReader.read(file).zones()).hasSize(1);
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(before);
    }

    @Test
    void notAWorkbook(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("notes.xlsx"), "just some text");
        assertOpenFails(file, file + ": not an Excel workbook (.xlsx) but plain text, perhaps a CSV file renamed; "
                + "open it in Excel and save it as an Excel workbook (.xlsx)");
        Path binary = Files.write(dir.resolve("picture.xlsx"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0});
        assertOpenFails(binary, binary + ": not an Excel workbook (.xlsx)");
    }

    @Test
    void emptyAndMissingFiles(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.xlsx"));
        assertOpenFails(empty, empty + ": the file is empty");
        Path missing = dir.resolve("missing.xlsx");
        assertOpenFails(missing, missing + ": no such file or folder");
    }

    @Test
    void oldXlsWorkbook(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("old.xls");
        try (HSSFWorkbook old = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            old.createSheet("Project");
            old.write(out);
        }
        assertOpenFails(file, file + ": this is an old Excel 97-2003 workbook (.xls); "
                + "save it as an Excel workbook (.xlsx) and try again");
    }

    @Test
    void encryptedWorkbook(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(ExampleQuestionnaires.save(wb));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertOpenFails(file, file + ": the workbook is protected by a password (encrypted); "
                + "save it without a password and try again");
    }

    @Test
    void aZipThatIsNotAWorkbook(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("archive.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            zip.write("hello".getBytes());
        }
        assertThatThrownBy(() -> QuestionnaireReader.open(file))
                .isInstanceOf(InvalidQuestionnaireException.class)
                .hasMessageStartingWith(file + ": damaged, or not an Excel workbook (.xlsx): ");
    }

    private static void assertOpenFails(Path file, String message) {
        InvalidQuestionnaireException e = catchThrowableOfType(InvalidQuestionnaireException.class,
                () -> QuestionnaireReader.open(file));
        assertThat(e.problems()).singleElement().isEqualTo(InputProblem.ofFile(file.toString(), message.substring(file.toString().length() + 2)));
        assertThat(e.getMessage()).isEqualTo(message);
    }
}
