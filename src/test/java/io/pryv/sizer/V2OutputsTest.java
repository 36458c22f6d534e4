package io.pryv.sizer;

import io.pryv.sizer.brief.Brief;
import io.pryv.sizer.json.ResultSchema;
import io.pryv.sizer.json.SizingJson;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Sizing;
import io.pryv.sizer.rules.SizingRules;
import io.pryv.sizer.workbook.ResultWorkbook;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Pryv.io v2 sizing through every writer (SIZING-v2.md §1, §4): each output names the profile and its rules
 * version, and no text speaks of a register, static-web or single node, which v2 has not; a v1 cluster's outputs still do.
 * The v2 sizings are built by hand ({@link V2Sizings}) until the v2 rules exist.
 */
class V2OutputsTest {
    private static final Pattern V1_ROLES = Pattern.compile("register|static-web|single node", Pattern.CASE_INSENSITIVE);

    @TempDir
    Path dir;

    /** Two zones, 100 000 users in Zürich writing 0.02 req/s (2 cores) and 1 000 in Geneva (1 core). */
    private static Questionnaires.Builder twoZones() {
        return Questionnaires.builder().customer("Clinique").project("Suivi")
                .zone("Zurich", "Zürich, CH", 100_000).zone("Geneva", "Genève, CH", 1_000)
                .writeRps("0.02").writeMBPerDay("0.1").retentionYears("2").docker("20.10");
    }

    /** One zone of 1 000 users, no load: a single core. */
    private static Questionnaires.Builder oneZone() {
        return Questionnaires.builder().zone("Main", "Lausanne", 1_000).writeMBPerDay("0.1");
    }

    @Test
    void noTextOfAV2OutputSpeaksOfARegisterOrStaticWeb() throws Exception {
        for (Sizing v2 : List.of(V2Sizings.of(twoZones(), "On each core"), V2Sizings.of(twoZones(), V2Sizings.DATABASE_HOSTS),
                V2Sizings.of(oneZone(), "On each core"), V2Sizings.of(oneZone(), V2Sizings.DATABASE_HOSTS))) {
            String where = v2.topology() + " " + v2.questionnaire().databaseHost();
            assertThat(briefText(v2)).as(where).doesNotContainPattern(V1_ROLES);
            assertThat(workbookCells(v2)).as(where).noneMatch(c -> V1_ROLES.matcher(c).find());
            assertThat(json(v2)).as(where).doesNotContainPattern(V1_ROLES);
        }
    }

    @Test
    void theCoreCountCountsTheCoresNotTheirDatabaseHosts() throws Exception {
        // Zurich: 100 000 × 0.02 × 1.2 = 2 400 req/s → 2 cores; Geneva 1 core: 3 cores, each with its database host.
        Sizing v2 = V2Sizings.of(twoZones(), V2Sizings.DATABASE_HOSTS);
        assertThat(v2.vmCount()).isEqualTo(6);
        assertThat(v2.coreCount()).isEqualTo(3);
        assertThat(v2.lastPlanYear().cores()).isEqualTo(3);
        assertThat(json(v2)).contains("\"machines\" : 6,\n    \"cores\" : 3,");
    }

    @Test
    void aV1ClustersOutputsStillSpeakOfTheirRegisters() throws Exception {
        Sizing v1 = SizingRules.load(Path.of("rules")).size(twoZones().build());
        String brief = briefText(v1).toLowerCase(Locale.ROOT);
        assertThat(brief).contains("register followers: 1", "registers included", "the registers' data disks are not included");
        assertThat(workbookCells(v1)).contains("data disks of every machine, the register's included");
    }

    @Test
    void everyOutputNamesTheProfileAndItsRulesVersion() throws Exception {
        Sizing v2 = V2Sizings.of(twoZones(), "On each core");
        String version = v2.rulesVersion();
        // Cover table, and the footer line of every page.
        String brief = briefText(v2);
        assertThat(brief).contains("Rules Pryv.io v2 rules " + version,
                "Questionnaire of " + v2.questionnaire().questionnaireDate() + " · Pryv.io v2 rules " + version);
        assertThat(workbookCells(v2)).containsSubsequence("Pryv.io version", "Pryv.io v2", "Rules version", version,
                "of the Pryv.io v2 rules");
        String json = json(v2);
        assertThat(json).contains("\"profile\" : \"v2\",\n  \"rulesVersion\" : \"" + version + "\"");
        assertThat(ResultSchema.problems(SizingJson.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).isEmpty();
    }

    @Test
    void theDrawingLinksEveryCoreToTheOthersOnTheRaftPortAndLeavesTheDatabaseHostsOut() throws Exception {
        // Three zones: Zurich 2 cores (100 000 × 0.02 × 1.2 = 2 400 req/s), Geneva and Bern 1 each: 4 cores, each
        // with its database host. One port label above each core's line, and the legend's sentence.
        Sizing v2 = V2Sizings.of(twoZones().zone("Bern", "Bern, CH", 3_000), V2Sizings.DATABASE_HOSTS);
        String drawing = topologyPage(v2);
        assertThat(drawing.split("tcp/4002", -1)).hasSize(4 + 1 + 1);
        assertThat(drawing.replace("\n", " ")).contains("Lines: every core reaches every other core on tcp/4002 "
                + "(rqlite Raft, mutually authenticated TLS).");
        assertThat(drawing).contains("db-zurich-01", "db-zurich-02", "db-geneva-01", "db-bern-01");
        // One core: nothing to link.
        assertThat(topologyPage(V2Sizings.of(oneZone(), V2Sizings.DATABASE_HOSTS))).doesNotContain("tcp/4002", "Lines:");
    }

    @Test
    void theDrawingPutsEachDatabaseHostBesideItsCoreAndSaysOnWhichPort() throws Exception {
        // The v2 rules: Zurich's 15,000 users need ⌈15,000 / 9,999⌉ = 2 cores, Geneva's 1,000 one; a PostgreSQL host
        // per core (SIZING-v2.md §4), reached from its core on tcp/5432 (§5). Each host is drawn right after its core.
        Sizing v2 = SizingRules.load(Path.of("rules")).size(Questionnaires.builder().customer("Clinique").project("Suivi")
                .zone("Zurich", "Zürich, CH", 15_000).zone("Geneva", "Genève, CH", 1_000).writeRps("0.02").writeMBPerDay("0.1")
                .retentionYears("2").docker("20.10").set(Question.PLATFORM_VERSION, "v2")
                .set(Question.DATABASE_HOST, "PostgreSQL on its own machine").build());
        String drawing = topologyPage(v2);
        assertThat(drawing.indexOf("core-zurich-01")).isLessThan(drawing.indexOf("db-zurich-01"));
        assertThat(drawing.indexOf("db-zurich-01")).isLessThan(drawing.indexOf("core-zurich-02"));
        assertThat(drawing.indexOf("core-zurich-02")).isLessThan(drawing.indexOf("db-zurich-02"));
        assertThat(drawing.replace("\n", " ")).containsPattern("A short line joins each core to its database host, on "
                + "(tcp/5432|5432/tcp) \\(PostgreSQL");
        // Without database hosts, no such sentence.
        Sizing alone = SizingRules.load(Path.of("rules")).size(Questionnaires.builder().zone("Zurich", "Zürich, CH", 15_000)
                .writeRps("0.02").set(Question.PLATFORM_VERSION, "v2").build());
        assertThat(topologyPage(alone)).doesNotContain("A short line", "db-zurich-01");
    }

    /** The text of the brief's page with the drawing and its legend. */
    private static String topologyPage(Sizing sizing) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Brief.write(sizing, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setPageEnd("\f");
            return Arrays.stream(stripper.getText(doc).split("\f")).filter(p -> p.contains("Each box is a machine"))
                    .findFirst().orElseThrow();
        }
    }

    static String briefText(Sizing sizing) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Brief.write(sizing, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(doc).replace("\r\n", "\n");
        }
    }

    /** Every cell of every sheet as shown, row by row. */
    private List<String> workbookCells(Sizing sizing) throws IOException {
        Path file = dir.resolve("sizing-" + System.nanoTime() + ".xlsx");
        try (XSSFWorkbook questionnaire = new XSSFWorkbook()) {
            ResultWorkbook.write(questionnaire, sizing, file);
        }
        List<String> cells = new ArrayList<>();
        DataFormatter shown = new DataFormatter(Locale.ROOT);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                for (Row row : sheet) for (Cell cell : row) cells.add(shown.formatCellValue(cell));
            }
        }
        return cells;
    }

    private static String json(Sizing sizing) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SizingJson.write(sizing, out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
