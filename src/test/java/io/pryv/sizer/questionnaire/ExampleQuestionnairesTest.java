package io.pryv.sizer.questionnaire;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.questionnaire.ExampleQuestionnaires.Example;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ExampleQuestionnairesTest {

    @Test
    void committedFilesAreWhatTheGeneratorWrites(@TempDir Path dir) throws Exception {
        ExampleQuestionnaires.writeAll(dir);
        Path committed = ExampleQuestionnaires.TEMPLATES;
        assertThat(Files.readAllBytes(committed.resolve(ExampleQuestionnaires.TEMPLATE_FILE)))
                .as("blank template is stale: run ExampleQuestionnaires.main")
                .isEqualTo(Files.readAllBytes(dir.resolve(ExampleQuestionnaires.TEMPLATE_FILE)));
        for (Example e : Example.values()) {
            assertThat(Files.readAllBytes(committed.resolve("examples").resolve(e.fileName)))
                    .as(e.fileName + " is stale: run ExampleQuestionnaires.main")
                    .isEqualTo(Files.readAllBytes(dir.resolve("examples").resolve(e.fileName)));
        }
    }

    /**
     * Two writes a moment apart give the same bytes only if nothing in them is the time of writing: every
     * zip entry and the document's dates carry the template's fixed instant, 2026-01-01 00:00 UTC.
     */
    @ParameterizedTest
    @EnumSource(Example.class)
    void examplesCarryNoTimeOfWriting(Example e) throws Exception {
        byte[] bytes = e.bytes();
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                names.add(entry.getName());
                assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo(LocalDateTime.of(2026, 1, 1, 0, 0));
            }
        }
        assertThat(names).contains("xl/workbook.xml", "docProps/core.xml");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var core = wb.getProperties().getCoreProperties();
            assertThat(core.getCreated().toInstant()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
            assertThat(core.getModified().toInstant()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        }
    }

    @Test
    void smallClinic() throws Exception {
        assertThat(read(Example.SMALL_CLINIC)).isEqualTo(Questionnaires.builder()
                .customer("Lakeside Family Clinic").project("Patient diary app").preparedBy("Anna Keller, IT lead")
                .date(LocalDate.of(2026, 11, 16)).os("Ubuntu 22.04")
                .zone("Main", "Lausanne", 800)
                .writeRps("0.001").writePointsPerDay("200").writeMBPerDay("0.05").retentionYears("10")
                .readRps("0.002").pointsPerRequest("200").readPointsPerDay("400").readMBPerDay("0.1")
                .build());
    }

    @Test
    void nationalHealthService() throws Exception {
        assertThat(read(Example.NATIONAL_HEALTH_SERVICE)).isEqualTo(Questionnaires.builder()
                .customer("Alpine National Health Service (fictional)").project("National home-monitoring programme")
                .preparedBy("Marc Dubois, infrastructure architect").date(LocalDate.of(2026, 10, 5))
                .zone("Switzerland", "Bern", 250_000)
                .writeRps("0.01").writePointsPerDay("200").writeMBPerDay("0.05").retentionYears("10")
                .readRps("0.03").pointsPerRequest("1000").attachmentReadRps("0.0005")
                .readPointsPerDay("2000").readMBPerDay("0.5")
                .rapidGrowth(true).os("Ubuntu 20.04").extendedSupport(true).docker("27.5").compose("2.32")
                .build());
    }

    @Test
    void multiCountryResearch() throws Exception {
        Questionnaire q = read(Example.MULTI_COUNTRY_RESEARCH);
        assertThat(q).isEqualTo(Questionnaires.builder()
                .customer("EuroCohort Research Consortium").project("Wearable and skin-photo cohort study")
                .preparedBy("Dr. Łucja Nowak, data manager").date(LocalDate.of(2026, 11, 27))
                .zone("CH-Zürich", "Zürich, Switzerland", 1_200)
                .zone("CH-Genève", "Genève, Switzerland", 800)
                .zone("PL-Łódź", "Łódź, Poland", 2_000)
                .writeRps("0.05").attachmentWriteMBps("0.002").writePointsPerDay("2000").writeMBPerDay("2.5")
                .retentionYears("10").readRps("0.01").pointsPerRequest("5000").attachmentReadRps("0.001")
                .readPointsPerDay("2000").readMBPerDay("2.5")
                .margin("30").followers(2).throughput("400").headroom("30").os("Ubuntu 22.04")
                .docker("28.5").compose("2.39")
                .build());
        assertThat(q.platformUsers()).isEqualTo(4_000);
    }

    /** The growing customer: 8,000 users in year 1, 40,000 in year 5, prices in CHF. */
    @Test
    void growingTelehealth() throws Exception {
        Questionnaire q = read(Example.GROWING_TELEHEALTH);
        assertThat(q).isEqualTo(Questionnaires.builder()
                .customer("MediLink Telehealth (fictional)").project("Video consultations and home monitoring")
                .preparedBy("Sabine Roth, head of platform").date(LocalDate.of(2026, 11, 30))
                .zone("CH", "Zürich, Switzerland", 3_000, 5_000L, 8_000L, 12_000L, 15_000L)
                .zone("DE", "Frankfurt am Main, Germany", 5_000, 9_000L, 14_000L, 20_000L, 25_000L)
                .writeRps("0.005").writePointsPerDay("400").writeMBPerDay("0.1").retentionYears("10")
                .readRps("0.08").pointsPerRequest("200").readPointsPerDay("1000").readMBPerDay("0.3")
                .os("Ubuntu 22.04").docker("28.5").compose("2.39")
                .planYears(5).currency("CHF")
                .set(Question.PRICE_MACHINE_MONTH, "40").set(Question.PRICE_VCPU_MONTH, "22")
                .set(Question.PRICE_RAM_GB_MONTH, "8").set(Question.PRICE_SERVICES_DISK_GB_MONTH, "0.2")
                .set(Question.PRICE_DATA_DISK_GB_MONTH, "0.12")
                .build());
        assertThat(q.platformUsers()).isEqualTo(8_000);
        assertThat(q.zones().stream().mapToLong(z -> z.usersInYear(5)).sum()).isEqualTo(40_000);
    }

    private static Questionnaire read(Example e) throws Exception {
        return QuestionnaireReader.read(ExampleQuestionnaires.TEMPLATES.resolve("examples").resolve(e.fileName));
    }
}
