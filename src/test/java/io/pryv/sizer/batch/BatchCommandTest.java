package io.pryv.sizer.batch;

import io.pryv.sizer.cli.ExitCode;
import io.pryv.sizer.cli.Main;
import io.pryv.sizer.json.ResultSchema;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.workbook.BatchSummaryWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The batch command in process, on folders of good, bad and lock files; its summary read back with POI. */
class BatchCommandTest {
    static final Path EXAMPLES = Path.of("input-templates", "examples");
    static final Path BLANK = Path.of("input-templates", "pryv-sizing-questionnaire.xlsx");
    static final List<String> EXAMPLE_NAMES = List.of("multi-country-research", "national-health-service", "small-clinic");

    @TempDir
    Path work;

    record Run(int exitCode, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path examplesIn(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String e : EXAMPLE_NAMES) Files.copy(EXAMPLES.resolve(e + ".xlsx"), dir.resolve(e + ".xlsx"));
        return dir;
    }

    @Test
    void aFolderOfGoodBadAndLockFilesGivesARowPerQuestionnaireAndExitCode6() throws Exception {
        Path in = examplesIn(work.resolve("in"));
        Files.copy(BLANK, in.resolve("blank.xlsx"));                                   // invalid: every required cell blank
        Files.writeString(in.resolve("broken.xlsx"), "not a workbook");                  // not an xlsx at all
        Files.copy(EXAMPLES.resolve("small-clinic.xlsx"), in.resolve("~$small-clinic.xlsx"));   // Excel's lock file
        Files.copy(EXAMPLES.resolve("small-clinic.xlsx"), in.resolve("old-sizing.xlsx"));       // an output of the tool
        Path out = work.resolve("out");

        Run run = run("batch", in.toString(), "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.SOME_FAILED);
        List<List<String>> rows = summaryRows(out);
        assertThat(rows).extracting(r -> r.get(0)).containsExactly(
                in.resolve("blank.xlsx").toString(), in.resolve("broken.xlsx").toString(),
                in.resolve("multi-country-research.xlsx").toString(), in.resolve("national-health-service.xlsx").toString(),
                in.resolve("small-clinic.xlsx").toString(), in.resolve("old-sizing.xlsx").toString(),
                in.resolve("~$small-clinic.xlsx").toString(), "Total");
        assertThat(rows).extracting(r -> r.get(1))
                .containsExactly("invalid", "invalid", "ok", "ok", "ok", "skipped", "skipped", "3 of 5 sized");
        assertThat(rows.get(5).get(2)).isEqualTo("an output of this tool");
        assertThat(rows.get(6).get(2)).isEqualTo("Excel lock file");
        assertThat(rows.get(0).get(2)).contains("Project!C5: Customer name is required").contains("'Data Production'!C5:");
        assertThat(rows.get(1).get(2)).contains("not an Excel workbook");
        // The profile (the examples are v1), then the figures worked out in SizeExamplesIT: machines, cores, vCPU, RAM, data disk.
        assertThat(rows.get(2).subList(4, 11)).containsExactly("v1", "Cluster partitioned by compliance zone", "7", "3", "16", "30.5", "47,495");
        assertThat(rows.get(3).subList(4, 11)).containsExactly("v1", "Cluster partitioned for load", "8", "5", "23", "24.5", "57,125");
        assertThat(rows.get(4).subList(4, 11)).containsExactly("v1", "Single node", "1", "1", "2", "4", "183");
        assertThat(rows.get(0).get(4)).as("not sized: no profile").isEmpty();
        // Totals: 7+8+1 machines, 3+5+1 cores, 16+23+2 vCPU, 30.5+24.5+4 GB RAM, 47,495+57,125+183 GB data disk
        assertThat(rows.get(7).subList(6, 11)).containsExactly("16", "9", "41", "59", "104,803");
        assertThat(rows.get(4).get(11)).isEqualTo("small-clinic-sizing.xlsx\nsmall-clinic-brief.pdf\nsmall-clinic-sizing.json\nsmall-clinic-purchase.csv");

        List<String> written = names(out);
        assertThat(written).containsExactlyInAnyOrder("batch-summary.xlsx",
                "multi-country-research-sizing.xlsx", "multi-country-research-brief.pdf", "multi-country-research-sizing.json", "multi-country-research-purchase.csv",
                "national-health-service-sizing.xlsx", "national-health-service-brief.pdf", "national-health-service-sizing.json", "national-health-service-purchase.csv",
                "small-clinic-sizing.xlsx", "small-clinic-brief.pdf", "small-clinic-sizing.json", "small-clinic-purchase.csv");
        for (String e : EXAMPLE_NAMES) {
            assertThat(ResultSchema.problems(out.resolve(e + "-sizing.json"))).as(e).isEmpty();
        }
        assertThat(run.err()).contains("Skipped " + in.resolve("~$small-clinic.xlsx") + " (Excel lock file)")
                .contains("Skipped " + in.resolve("old-sizing.xlsx") + " (an output of this tool)")
                .contains("[5/5]").doesNotContain("Exception");
        assertThat(run.out()).contains("Total: 5 questionnaires, 3 sized, 2 not; 2 files skipped; 16 machines")
                .containsPattern("\\Q" + in.resolve("old-sizing.xlsx") + "\\E +skipped\n    an output of this tool\n")
                .containsPattern("\\Q" + in.resolve("~$small-clinic.xlsx") + "\\E +skipped\n    Excel lock file\n")
                .contains("    Project!C5: Customer name is required").contains("Wrote " + out.resolve("batch-summary.xlsx"));
        try (XSSFWorkbook book = open(out.resolve(BatchSummaryWorkbook.FILE_NAME))) {
            assertThat(book.getSheet(BatchSummaryWorkbook.SHEET).getRow(1).getCell(0).getStringCellValue())
                    .startsWith("5 questionnaires: 3 sized, 2 not; 2 other files skipped.");
        }
    }

    /**
     * SIZING-v2.md: the small clinic answered for v2 is 800 users on one core (every load and the users far under a
     * core's limits), one zone: a single core of 2 vCPU (no uploads, no previews, no load above half a limit) and
     * 8 GB RAM, its data disk max(15, 183) = 183 GB as v1's (SIZING.md §2: 800 × 0.05 MB × 365 × 10 years × 1.25 / 1000
     * = 182.5, rounded up). Runs once the v2 rules are in rules/v2.
     */
    @Test
    void aBatchMixesV1AndV2QuestionnairesAndNamesTheProfileOfEach() throws Exception {
        Path v2Rules = Path.of("rules", "v2");
        try (Stream<Path> drl = Files.isDirectory(v2Rules) ? Files.list(v2Rules) : Stream.empty()) {
            Assumptions.assumeTrue(drl.anyMatch(f -> f.toString().endsWith(".drl")), "needs the v2 rules in rules/v2");
        }
        Path in = work.resolve("in");
        Files.createDirectories(in);
        Files.copy(EXAMPLES.resolve("small-clinic.xlsx"), in.resolve("clinic-v1.xlsx"));
        try (InputStream s = Files.newInputStream(EXAMPLES.resolve("small-clinic.xlsx")); XSSFWorkbook book = new XSSFWorkbook(s)) {
            CellReference ref = new CellReference(book.getName(Question.PLATFORM_VERSION.definedName).getRefersToFormula());
            book.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
                    .setCellValue("v2");
            try (var o = Files.newOutputStream(in.resolve("clinic-v2.xlsx"))) {
                book.write(o);
            }
        }
        Path out = work.resolve("out");

        Run run = run("batch", in.toString(), "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<List<String>> rows = summaryRows(out);
        assertThat(rows.get(0).subList(0, 11)).containsExactly(in.resolve("clinic-v1.xlsx").toString(), "ok", "",
                "Lakeside Family Clinic – Patient diary app", "v1", "Single node", "1", "1", "2", "4", "183");
        assertThat(rows.get(1).subList(0, 11)).containsExactly(in.resolve("clinic-v2.xlsx").toString(), "ok", "",
                "Lakeside Family Clinic – Patient diary app", "v2", "Single core", "1", "1", "2", "8", "183");
        try (XSSFWorkbook book = open(out.resolve(BatchSummaryWorkbook.FILE_NAME))) {
            assertThat(book.getSheet(BatchSummaryWorkbook.SHEET).getRow(1).getCell(0).getStringCellValue())
                    .containsPattern("Pryv\\.io v1 rules \\w+, Pryv\\.io v2 rules \\w+\\.");
        }
        assertThat(run.out()).containsPattern("clinic-v1.xlsx +ok +v1 +Single node +1 +2 +4 +183\n")
                .containsPattern("clinic-v2.xlsx +ok +v2 +Single core +1 +2 +8 +183\n");
    }

    @Test
    void batchAndSizeWriteTheSameBytes() throws Exception {
        Path batchOut = work.resolve("batch");
        assertThat(run("batch", EXAMPLES.toString(), "-o", batchOut.toString()).exitCode()).isZero();
        for (String e : EXAMPLE_NAMES) {
            Path sizeOut = work.resolve("size-" + e);
            assertThat(run("size", EXAMPLES.resolve(e + ".xlsx").toString(), "-o", sizeOut.toString()).exitCode()).isZero();
            for (String suffix : List.of("-sizing.xlsx", "-brief.pdf", "-sizing.json")) {
                assertThat(Files.readAllBytes(batchOut.resolve(e + suffix))).as(e + suffix)
                        .isEqualTo(Files.readAllBytes(sizeOut.resolve(e + suffix)));
            }
        }
    }

    @Test
    void theSummaryHasTheSameBytesFromOneRunToTheNextWhateverTheNumberOfJobs() throws Exception {
        Path in = examplesIn(work.resolve("in"));
        Files.copy(BLANK, in.resolve("blank.xlsx"));
        run("batch", in.toString(), "-o", work.resolve("a").toString(), "--jobs", "1");
        run("batch", in.toString(), "-o", work.resolve("b").toString(), "--jobs", "3");
        assertThat(Files.readAllBytes(work.resolve("b").resolve(BatchSummaryWorkbook.FILE_NAME)))
                .isEqualTo(Files.readAllBytes(work.resolve("a").resolve(BatchSummaryWorkbook.FILE_NAME)));
    }

    @Test
    void recursiveMirrorsSubFoldersAndWithoutItSubFoldersAreLeft() throws Exception {
        Path in = work.resolve("in");
        Files.createDirectories(in.resolve("2024/march"));
        Files.copy(EXAMPLES.resolve("small-clinic.xlsx"), in.resolve("clinic.xlsx"));
        Files.copy(EXAMPLES.resolve("small-clinic.xlsx"), in.resolve("2024/clinic.xlsx"));
        Files.copy(EXAMPLES.resolve("national-health-service.xlsx"), in.resolve("2024/march/nhs.xlsx"));

        assertThat(run("batch", in.toString(), "-o", work.resolve("flat").toString(), "--only", "workbook").exitCode()).isZero();
        assertThat(names(work.resolve("flat"))).containsExactlyInAnyOrder("batch-summary.xlsx", "clinic-sizing.xlsx");

        Path out = work.resolve("deep");
        assertThat(run("batch", in.toString(), "-o", out.toString(), "--recursive", "--only", "workbook").exitCode()).isZero();
        assertThat(names(out)).containsExactlyInAnyOrder("batch-summary.xlsx", "clinic-sizing.xlsx",
                "2024/clinic-sizing.xlsx", "2024/march/nhs-sizing.xlsx");
        assertThat(summaryRows(out)).extracting(r -> r.get(11)).containsExactly(
                "2024/clinic-sizing.xlsx", "2024/march/nhs-sizing.xlsx", "clinic-sizing.xlsx", "");
    }

    @Test
    void questionnairesOfTheSameNameGetNumberedInInputOrder() throws Exception {
        Path a = work.resolve("a");
        Path b = work.resolve("b");
        Files.createDirectories(a);
        Files.createDirectories(b);
        Files.copy(EXAMPLES.resolve("small-clinic.xlsx"), a.resolve("clinic.xlsx"));
        Files.copy(EXAMPLES.resolve("national-health-service.xlsx"), b.resolve("clinic.xlsx"));
        Files.copy(EXAMPLES.resolve("small-clinic.xlsx"), b.resolve("Clinic-2.xlsx"));   // keeps its own name
        Path out = work.resolve("out");

        assertThat(run("batch", a.toString(), b.toString(), "-o", out.toString(), "--only", "workbook").exitCode()).isZero();

        assertThat(summaryRows(out)).extracting(r -> r.get(0) + " → " + r.get(11)).containsExactly(
                a.resolve("clinic.xlsx") + " → clinic-sizing.xlsx",
                b.resolve("Clinic-2.xlsx") + " → Clinic-2-sizing.xlsx",
                b.resolve("clinic.xlsx") + " → clinic-3-sizing.xlsx",
                "Total → ");
        try (XSSFWorkbook nhs = open(out.resolve("clinic-3-sizing.xlsx"))) {
            assertThat(nhs.getProperties().getCoreProperties().getTitle()).startsWith("Alpine National Health Service");
        }
    }

    @Test
    void theOutputFolderInsideAnInputIsNotTakenForInput() throws Exception {
        Path in = examplesIn(work.resolve("in"));
        Path out = in.resolve("out");
        assertThat(run("batch", in.toString(), "-o", out.toString(), "-r").exitCode()).isZero();
        Run again = run("batch", in.toString(), "-o", out.toString(), "-r");
        assertThat(again.exitCode()).isZero();
        assertThat(summaryRows(out)).hasSize(EXAMPLE_NAMES.size() + 1);
    }

    @Test
    void nothingToSizeIsInvalidInputAndWritesNothing() throws Exception {
        Path empty = Files.createDirectories(work.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "no questionnaire here");
        Run run = run("batch", empty.toString(), "-o", work.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains("No questionnaire (*.xlsx) to size in " + empty + "; nothing was written.");
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void inputsThatDoNotExistAreSaidAtOnceWhenNothingElseIsThere() throws Exception {
        // A mistyped folder: no summary of one failed row, but what is missing, and exit code 3.
        Path typo = work.resolve("questionaires");
        Run run = run("batch", typo.toString(), work.resolve("gone.xlsx").toString(), "-o", work.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).isEqualTo(typo + ": no such file or folder\n" + work.resolve("gone.xlsx") + ": no such file or folder\n"
                + "No questionnaire (*.xlsx) to size in " + typo + ", " + work.resolve("gone.xlsx") + "; nothing was written.\n");
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void aMissingFileIsAFailedRowNotAFailedBatch() throws Exception {
        Path out = work.resolve("out");
        Run run = run("batch", EXAMPLES.resolve("small-clinic.xlsx").toString(), work.resolve("gone.xlsx").toString(),
                "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.SOME_FAILED);
        assertThat(summaryRows(out)).extracting(r -> r.get(1) + " " + r.get(2))
                .containsExactly("ok ", "invalid no such file or folder", "1 of 2 sized ");
    }

    @Test
    void onlySkippedFilesBesideSizedOnesLeaveTheExitCodeAt0() throws Exception {
        Path in = examplesIn(work.resolve("in"));
        Files.copy(EXAMPLES.resolve("small-clinic.xlsx"), in.resolve("~$small-clinic.xlsx"));
        Run run = run("batch", in.toString(), "-o", work.resolve("out").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Total: 3 questionnaires, 3 sized, 0 not; 1 file skipped; ");
    }

    @Test
    void sizeAndBatchCallALockFileTheSame() throws Exception {
        Path lock = Files.write(work.resolve("~$clinic.xlsx"), new byte[] {5, 'A', 'l', 'i', 'c', 'e'});
        Run size = run("size", lock.toString(), "-o", work.resolve("out").toString());
        assertThat(size.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(size.err()).isEqualTo(lock + ": an Excel lock file, not a questionnaire: Excel keeps it beside a workbook "
                + "while the workbook is open; size the workbook itself (its name without ~$)\n");
        Run batch = run("batch", lock.toString(), "-o", work.resolve("out").toString());
        assertThat(batch.err()).startsWith("Skipped " + lock + " (Excel lock file)\n");
    }

    @Test
    void anOutputFolderThatCannotBeUsedStopsTheBatchBeforeSizingAnything() throws Exception {
        Path file = Files.writeString(work.resolve("out"), "in the way");
        Run run = run("batch", EXAMPLES.toString(), "-o", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OUTPUT_ERROR);
        assertThat(run.err()).isEqualTo("The output folder " + file + " cannot be made: " + file
                + " is a file, not a folder; nothing was sized.\n");
        assertThat(run.out()).isEmpty();

        Path below = file.resolve("deeper");
        assertThat(run("batch", EXAMPLES.toString(), "-o", below.toString()).err()).isEqualTo("The output folder " + below
                + " cannot be made: " + file + " is a file, not a folder; nothing was sized.\n");

        if (Files.isDirectory(Path.of("/proc/self"))) {   // Linux: no folder can be made in /proc, even by root
            Run proc = run("batch", EXAMPLES.toString(), "-o", "/proc/nope");
            assertThat(proc.exitCode()).isEqualTo(ExitCode.OUTPUT_ERROR);
            assertThat(proc.err()).isEqualTo("The output folder /proc/nope cannot be made: /proc takes no new folders (a special file system); "
                    + "nothing was sized.\n");
            // A folder that exists but takes no file, even for root.
            Run sys = run("batch", EXAMPLES.toString(), "-o", "/proc/sys");
            assertThat(sys.exitCode()).isEqualTo(ExitCode.OUTPUT_ERROR);
            assertThat(sys.err()).isEqualTo("The output folder /proc/sys is not writable: no file can be made in it; nothing was sized.\n");
        }
    }

    @Test
    void aFailedQuestionnaireSaysWhyInTheProgressLineAndTheTable() throws Exception {
        Path out = work.resolve("out");
        Path folder = Files.createDirectories(out.resolve("small-clinic-sizing.xlsx"));   // where the workbook would go
        Path clinic = EXAMPLES.resolve("small-clinic.xlsx");

        Run run = run("batch", clinic.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.SOME_FAILED);
        String why = "cannot write " + folder + ": a folder has this name";
        assertThat(run.err()).isEqualTo("[1/1] " + clinic + " failed: " + why + "\n");
        assertThat(run.out()).contains(clinic + "  failed\n    " + why + "\n")
                .contains("Total: 1 questionnaire, 0 sized, 1 not; 0 machines")
                // One file: one thread at work, whatever the machine's cores.
                .containsPattern("Sized 0 of 1 questionnaire in [0-9.]+ s \\([0-9.]+ questionnaires taken per second, 1 at a time\\)\\.\n");
        assertThat(summaryRows(out).get(0)).startsWith(clinic.toString(), "failed", why);
        try (XSSFWorkbook book = open(out.resolve(BatchSummaryWorkbook.FILE_NAME))) {
            assertThat(book.getSheet(BatchSummaryWorkbook.SHEET).getRow(1).getCell(0).getStringCellValue())
                    .startsWith("1 questionnaire: 0 sized, 1 not. ");
        }
    }

    @Test
    void anExcelExtensionIsLeftOutOfTheOutputNames() throws Exception {
        Path old = Files.copy(EXAMPLES.resolve("small-clinic.xlsx"), work.resolve("old.XLS"));
        Path macro = Files.copy(EXAMPLES.resolve("small-clinic.xlsx"), work.resolve("x.xlsm"));
        Run size = run("size", old.toString(), "-o", work.resolve("size").toString(), "--only", "workbook");
        assertThat(size.exitCode()).as(size.err()).isZero();
        assertThat(names(work.resolve("size"))).containsExactly("old-sizing.xlsx");

        Run batch = run("batch", macro.toString(), "-o", work.resolve("batch").toString());
        assertThat(batch.exitCode()).as(batch.err()).isZero();
        assertThat(names(work.resolve("batch")))
                .containsExactlyInAnyOrder("x-sizing.xlsx", "x-brief.pdf", "x-sizing.json", "x-purchase.csv", BatchSummaryWorkbook.FILE_NAME);
    }

    @Test
    void jobsMustBeAtLeastOne() {
        Run run = run("batch", EXAMPLES.toString(), "--jobs", "0");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--jobs must be at least 1");
    }

    /** Every row under the header, each cell as Excel shows it. */
    static List<List<String>> summaryRows(Path out) throws IOException {
        try (XSSFWorkbook book = open(out.resolve(BatchSummaryWorkbook.FILE_NAME))) {
            XSSFSheet sheet = book.getSheet(BatchSummaryWorkbook.SHEET);
            DataFormatter f = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            boolean below = false;
            for (Row row : sheet) {
                Cell first = row.getCell(0);
                if (below) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < BatchSummaryWorkbook.COLUMNS.size(); c++) {
                        cells.add(row.getCell(c) == null ? "" : f.formatCellValue(row.getCell(c)).strip());
                    }
                    rows.add(cells);
                }
                if (first != null && "File".equals(first.getStringCellValue())) below = true;
            }
            return rows;
        }
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Files under {@code dir}, relative, with '/'. */
    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).toList();
        }
    }
}
