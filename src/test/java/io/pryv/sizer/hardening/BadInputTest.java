package io.pryv.sizer.hardening;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every questionnaire of the corpus through `size`, as the command line runs it: the exit code and
 * message it must give, nothing written when it fails, no stack trace, and the input's bytes and
 * date unchanged. The timeout only guards against a hang; it measures nothing.
 */
class BadInputTest {
    private static final Duration HANG_GUARD = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @EnumSource(BadQuestionnaires.class)
    void endsInAResultOrAClearError(BadQuestionnaires bad) throws Exception {
        Path input = bad.writeTo(dir);
        String hash = Cli.sha256(input);
        FileTime modified = Files.getLastModifiedTime(input);
        Path out = dir.resolve("out");

        Cli.Run run = assertTimeoutPreemptively(HANG_GUARD,
                () -> Cli.inProcess("size", input.toString(), "-o", out.toString()));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(bad.exitCode);
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("internal error");
        if (bad.exitCode == 0) {
            assertThat(run.err()).isEmpty();
            assertThat(out.resolve(bad.fileName.replace(".xlsx", "-sizing.xlsx"))).isRegularFile();
            assertThat(out.resolve(bad.fileName.replace(".xlsx", "-brief.pdf"))).isRegularFile();
        } else {
            Cli.assertMessage(run, bad.message, input);
            assertThat(run.out()).isEmpty();
            assertThat(out).doesNotExist();
        }
        assertThat(Cli.sha256(input)).isEqualTo(hash);
        assertThat(Files.getLastModifiedTime(input)).isEqualTo(modified);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    bad.exitCode == 0 ? new String[] {bad.fileName, "out"} : new String[] {bad.fileName});
        }
    }

    /** Text that looks like a formula is written back as text, in the copied questionnaire and in the results. */
    @Test
    void formulaLookingNamesAreWrittenBackAsText() throws Exception {
        Path input = BadQuestionnaires.FORMULA_LOOKING_NAMES.writeTo(dir);
        Cli.Run run = Cli.inProcess("size", input.toString(), "-o", dir.resolve("out").toString(), "--only", "workbook");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(BadQuestionnaires.CUSTOMER_AS_FORMULA + " – " + BadQuestionnaires.PROJECT_AS_DDE);

        Set<String> hostile = Set.of(BadQuestionnaires.CUSTOMER_AS_FORMULA, BadQuestionnaires.PROJECT_AS_DDE,
                BadQuestionnaires.ZONE_AS_FORMULA);
        List<String> seenIn = new ArrayList<>();
        try (InputStream in = Files.newInputStream(dir.resolve("out/formula-text-sizing.xlsx"));
             XSSFWorkbook result = new XSSFWorkbook(in)) {
            for (Sheet sheet : result) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains("cmd|")
                                || cell.getCellType() == CellType.STRING && hostile.contains(cell.getStringCellValue())) {
                            seenIn.add(sheet.getSheetName());
                        }
                    }
                }
            }
        }
        // The questionnaire's own sheets and the result sheets both carry them, always as text cells.
        assertThat(seenIn).contains("Project", "Deployment", "Summary");
    }
}
