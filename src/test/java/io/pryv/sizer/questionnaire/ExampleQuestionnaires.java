package io.pryv.sizer.questionnaire;

import io.pryv.sizer.files.ReproducibleXlsx;
import io.pryv.sizer.files.AtomicWrite;
import io.pryv.sizer.model.Question;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

import static io.pryv.sizer.model.Question.*;

/**
 * Writes the committed files of input-templates/: the blank template and the filled examples, each
 * made by filling the template in with POI. Run {@code main} after changing the layout or an example;
 * {@code ExampleQuestionnairesTest} fails while the committed files differ from what this writes.
 */
public final class ExampleQuestionnaires {
    private ExampleQuestionnaires() {}

    static final Path TEMPLATES = Path.of("input-templates");
    static final String TEMPLATE_FILE = "pryv-sizing-questionnaire.xlsx";

    // Figures a customer could give: a few hundred to a few thousand data points per user and day (250 bytes
    // each), kept as long as a regulator asks (health records and research data: 10 years). SIZING-NOTES.md
    // gives each example's sizing.
    enum Example {
        /** 800 patients keeping a diary: one machine. */
        SMALL_CLINIC("small-clinic.xlsx", f -> f
                .set(CUSTOMER_NAME, "Lakeside Family Clinic")
                .set(PROJECT_NAME, "Patient diary app")
                .set(PREPARED_BY, "Anna Keller, IT lead")
                .set(QUESTIONNAIRE_DATE, "2026-11-16")
                .set(WRITE_RPS, "0.001")
                .set(WRITE_DATA_POINTS_PER_DAY, "200")
                .set(WRITE_MB_PER_DAY, "0.05")
                .set(RETENTION_YEARS, "10")
                .set(READ_RPS, "0.002")
                .set(POINTS_PER_REQUEST, "200")
                .set(READ_DATA_POINTS_PER_DAY, "400")
                .set(READ_MB_PER_DAY, "0.1")
                .set(OPERATING_SYSTEM, "Ubuntu 22.04")
                .zone(0, "Main", "Lausanne", 800)),

        /** 250,000 patients sending device readings: reads set 5 cores, each disk under the large-disk warning. */
        NATIONAL_HEALTH_SERVICE("national-health-service.xlsx", f -> f
                .set(CUSTOMER_NAME, "Alpine National Health Service (fictional)")
                .set(PROJECT_NAME, "National home-monitoring programme")
                .set(PREPARED_BY, "Marc Dubois, infrastructure architect")
                .set(QUESTIONNAIRE_DATE, "2026-10-05")
                .set(WRITE_RPS, "0.01")
                .set(WRITE_DATA_POINTS_PER_DAY, "200")
                .set(WRITE_MB_PER_DAY, "0.05")
                .set(RETENTION_YEARS, "10")
                .set(READ_RPS, "0.03")
                .set(POINTS_PER_REQUEST, "1000")
                .set(ATTACHMENT_READ_RPS, "0.0005")
                .set(READ_DATA_POINTS_PER_DAY, "2000")
                .set(READ_MB_PER_DAY, "0.5")
                .set(EXPECT_RAPID_GROWTH, "Yes")
                // An estate still on 20.04, past its standard support, covered by Ubuntu Pro: a note, no warning.
                .set(OPERATING_SYSTEM, "Ubuntu 20.04")
                .set(EXTENDED_SUPPORT, "Yes")
                .set(DOCKER_VERSION, "27.5")
                .set(DOCKER_COMPOSE_VERSION, "2.32")
                .zone(0, "Switzerland", "Bern", 250_000)),

        /**
         * 4,000 participants in three compliance zones, uploading skin photos (2.5 MB a day with the wearable's
         * data): the one example whose largest core disk (Łódź) shows the large-disk warning, on purpose.
         */
        MULTI_COUNTRY_RESEARCH("multi-country-research.xlsx", f -> f
                .set(CUSTOMER_NAME, "EuroCohort Research Consortium")
                .set(PROJECT_NAME, "Wearable and skin-photo cohort study")
                .set(PREPARED_BY, "Dr. Łucja Nowak, data manager")
                .set(QUESTIONNAIRE_DATE, "2026-11-27")
                .set(WRITE_RPS, "0.05")
                .set(ATTACHMENT_WRITE_MBPS, "0.002")
                .set(WRITE_DATA_POINTS_PER_DAY, "2000")
                .set(WRITE_MB_PER_DAY, "2.5")
                .set(RETENTION_YEARS, "10")
                .set(READ_RPS, "0.01")
                .set(POINTS_PER_REQUEST, "5000")
                .set(ATTACHMENT_READ_RPS, "0.001")
                .set(READ_DATA_POINTS_PER_DAY, "2000")
                .set(READ_MB_PER_DAY, "2.5")
                .set(SAFETY_MARGIN_PERCENT, "30")
                .set(REGISTER_FOLLOWERS, "2")
                .set(STORAGE_THROUGHPUT_MBPS, "400")
                .set(DISK_HEADROOM_PERCENT, "30")
                .set(OPERATING_SYSTEM, "Ubuntu 22.04")
                .set(DOCKER_VERSION, "28.5")
                .set(DOCKER_COMPOSE_VERSION, "2.39")
                .zone(0, "CH-Zürich", "Zürich, Switzerland", 1_200)
                .zone(1, "CH-Genève", "Genève, Switzerland", 800)
                .zone(2, "PL-Łódź", "Łódź, Poland", 2_000)),

        /**
         * A telehealth service in Switzerland and Germany growing from 8,000 to 40,000 patients over four years,
         * priced in Swiss francs: the plan adds cores year by year and costs each year.
         */
        GROWING_TELEHEALTH("growing-telehealth.xlsx", f -> GROWING_TELEHEALTH_ANSWERS.accept(f)),

        /**
         * The same telehealth customer on Pryv.io v2, to read beside the v1 sizing: the same answers, plus image
         * previews of the photos patients send, PostgreSQL on machines of its own and Ubuntu 24.04.
         */
        GROWING_TELEHEALTH_V2("growing-telehealth-v2.xlsx", f -> {
                GROWING_TELEHEALTH_ANSWERS.accept(f);
                f.set(PLATFORM_VERSION, "v2")
                        .set(DATABASE_HOST, "PostgreSQL on its own machine")
                        .set(PREVIEW_RPS, "0.002")
                        .set(OPERATING_SYSTEM, "Ubuntu 24.04");
        });

        final String fileName;
        final Consumer<Filler> answers;

        Example(String fileName, Consumer<Filler> answers) {
            this.fileName = fileName;
            this.answers = answers;
        }

        byte[] bytes() throws IOException {
            try (XSSFWorkbook wb = TemplateWriter.create(PackagedConstants.get())) {
                answers.accept(new Filler(wb));
                return save(wb);
            }
        }
    }

    /** Writes the blank template and every example into {@code root} (default input-templates). */
    public static void main(String[] args) throws IOException {
        writeAll(args.length > 0 ? Path.of(args[0]) : TEMPLATES);
    }

    static void writeAll(Path root) throws IOException {
        TemplateWriter.write(root.resolve(TEMPLATE_FILE), PackagedConstants.get());
        for (Example e : Example.values()) {
            byte[] bytes = e.bytes();
            AtomicWrite.write(root.resolve("examples").resolve(e.fileName), out -> out.write(bytes));
        }
    }

    static byte[] save(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReproducibleXlsx.write(wb, TemplateLayout.TEMPLATE_CREATED, out);
        return out.toByteArray();
    }

    /** Types answers into a template workbook the way a user would, found by defined name. */
    /** The growing telehealth customer's answers, sized as v1 and as v2 by two examples. */
    private static final Consumer<Filler> GROWING_TELEHEALTH_ANSWERS = f -> f
            .set(CUSTOMER_NAME, "MediLink Telehealth (fictional)")
            .set(PROJECT_NAME, "Video consultations and home monitoring")
            .set(PREPARED_BY, "Sabine Roth, head of platform")
            .set(QUESTIONNAIRE_DATE, "2026-11-30")
            .set(WRITE_RPS, "0.005")
            .set(WRITE_DATA_POINTS_PER_DAY, "400")
            .set(WRITE_MB_PER_DAY, "0.1")
            .set(RETENTION_YEARS, "10")
            // Dashboards refreshed during consultations: reads call for a second core in DE in year 5.
            .set(READ_RPS, "0.08")
            .set(POINTS_PER_REQUEST, "200")
            .set(READ_DATA_POINTS_PER_DAY, "1000")
            .set(READ_MB_PER_DAY, "0.3")
            .set(OPERATING_SYSTEM, "Ubuntu 22.04")
            .set(DOCKER_VERSION, "28.5")
            .set(DOCKER_COMPOSE_VERSION, "2.39")
            .set(PLAN_YEARS, "5")
            .set(CURRENCY, "CHF")
            .set(PRICE_MACHINE_MONTH, "40")
            .set(PRICE_VCPU_MONTH, "22")
            .set(PRICE_RAM_GB_MONTH, "8")
            .set(PRICE_SERVICES_DISK_GB_MONTH, "0.2")
            .set(PRICE_DATA_DISK_GB_MONTH, "0.12")
            .zone(0, "CH", "Zürich, Switzerland", 3_000)
            .growth(0, 5_000L, 8_000L, 12_000L, 15_000L)
            .zone(1, "DE", "Frankfurt am Main, Germany", 5_000)
            .growth(1, 9_000L, 14_000L, 20_000L, 25_000L);

    static final class Filler {
        final XSSFWorkbook wb;

        Filler(XSSFWorkbook wb) {
            this.wb = wb;
        }

        /** Numbers as numbers, dates as dates, the rest as text; null leaves the cell blank. */
        Filler set(Question f, String value) {
            XSSFCell c = cell(f.definedName);
            if (value == null) {
                c.setBlank();
                return this;
            }
            switch (f.kind) {
                case NUMBER, WHOLE_NUMBER -> c.setCellValue(Double.parseDouble(value));
                case DATE -> c.setCellValue(LocalDate.parse(value));
                default -> c.setCellValue(value);
            }
            return this;
        }

        /** Row {@code index} (0-based) of the zones block. */
        Filler zone(int index, String name, String location, long users) {
            XSSFCell first = zoneCell(index, 0);
            first.setCellValue(name);
            zoneCell(index, 1).setCellValue(location);
            zoneCell(index, 2).setCellValue(users);
            return this;
        }

        /** Row {@code index} (0-based) of the growth block: the users of years 2, 3, … in turn; null leaves a year blank. */
        Filler growth(int index, Long... usersOfLaterYears) {
            for (int i = 0; i < usersOfLaterYears.length; i++) {
                XSSFCell c = growthCell(index, i + 2);
                if (usersOfLaterYears[i] == null) c.setBlank();
                else c.setCellValue(usersOfLaterYears[i]);
            }
            return this;
        }

        /** The cell of year {@code year} (2 and up) in row {@code index} (0-based) of the growth block. */
        XSSFCell growthCell(int index, int year) {
            AreaReference area = new AreaReference(wb.getName(TemplateLayout.GROWTH_NAME).getRefersToFormula(),
                    wb.getSpreadsheetVersion());
            CellReference top = area.getFirstCell();
            return cellAt(wb.getSheet(top.getSheetName()), top.getRow() + index, top.getCol() + year - 2);
        }

        XSSFCell cell(String definedName) {
            Name n = wb.getName(definedName);
            CellReference ref = new CellReference(n.getRefersToFormula());
            return cellAt(wb.getSheet(ref.getSheetName()), ref.getRow(), ref.getCol());
        }

        XSSFCell zoneCell(int index, int column) {
            AreaReference area = new AreaReference(wb.getName(TemplateLayout.ZONES_NAME).getRefersToFormula(),
                    wb.getSpreadsheetVersion());
            CellReference top = area.getFirstCell();
            return cellAt(wb.getSheet(top.getSheetName()), top.getRow() + index, top.getCol() + column);
        }

        private static XSSFCell cellAt(XSSFSheet sheet, int row, int col) {
            XSSFRow r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
            return r.getCell(col) == null ? r.createCell(col) : r.getCell(col);
        }
    }
}
