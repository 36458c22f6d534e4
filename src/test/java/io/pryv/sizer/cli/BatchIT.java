package io.pryv.sizer.cli;

import io.pryv.sizer.json.ResultSchema;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The batch command as a user runs it: the jar as a separate process, including a Ctrl-C in the middle. */
class BatchIT {
    static final Path EXAMPLES = Path.of("input-templates", "examples").toAbsolutePath();

    @TempDir
    Path work;

    @Test
    void theExamplesAndABrokenFileGiveAPlainSummaryAndExitCode6() throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        int examples;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            List<Path> all = files.toList();
            for (Path e : all) Files.copy(e, in.resolve(e.getFileName()));
            examples = all.size();
        }
        Files.writeString(in.resolve("broken.xlsx"), "not a workbook");

        JarRunner.Run run = JarRunner.run(work, "batch", "in", "-o", "out");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.SOME_FAILED);
        assertThat(run.out())
                .containsPattern("in/broken.xlsx +invalid")
                .contains("    not an Excel workbook (.xlsx)")
                .containsPattern("in/small-clinic.xlsx +ok +v1 +Single node +1 +2 +4 +183")
                .contains("Total: " + (examples + 1) + " questionnaires, " + examples + " sized, 1 not")
                .contains("Wrote out/batch-summary.xlsx");
        assertThat(run.err()).contains("[" + (examples + 1) + "/" + (examples + 1) + "]").doesNotContain("Exception");
        assertThat(work.resolve("out/batch-summary.xlsx")).isNotEmptyFile();
        assertThat(work.resolve("out/national-health-service-brief.pdf")).isNotEmptyFile();
    }

    @Test
    void ctrlCLeavesNoPartialFile() throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        for (int i = 0; i < 300; i++) {
            Files.copy(EXAMPLES.resolve(i % 2 == 0 ? "small-clinic.xlsx" : "multi-country-research.xlsx"),
                    in.resolve(String.format("q%03d.xlsx", i)));
        }
        Path out = work.resolve("out");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JarRunner.JAR.toAbsolutePath().toString(), "batch", "in", "-o", "out", "--jobs", "2"));
        Process p = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(work.resolve("stdout.txt").toFile()).redirectError(work.resolve("stderr.txt").toFile()).start();
        // Interrupt once a few questionnaires are written, while others are being written.
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (p.isAlive() && count(out, ".pdf") < 4 && System.nanoTime() < deadline) Thread.sleep(20);
        assertThat(p.isAlive()).as("the batch is still running when interrupted").isTrue();
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(p.exitValue()).isEqualTo(130);
        assertThat(Files.readString(work.resolve("stderr.txt"))).contains("Interrupted:").doesNotContain("Exception");
        assertThat(out.resolve("batch-summary.xlsx")).doesNotExist();
        try (Stream<Path> files = Files.walk(out)) {
            List<Path> left = files.filter(Files::isRegularFile).toList();
            assertThat(left).isNotEmpty();
            assertThat(left.size()).as("not every questionnaire was sized").isLessThan(300 * io.pryv.sizer.Output.values().length);
            for (Path f : left) {
                String name = f.getFileName().toString();
                assertThat(name).as("no temporary file is left").doesNotEndWith(".part").doesNotStartWith(".");
                if (name.endsWith(".xlsx")) {
                    try (InputStream s = Files.newInputStream(f); XSSFWorkbook book = new XSSFWorkbook(s)) {
                        assertThat(book.getSheet("Summary")).as(name).isNotNull();
                    }
                } else if (name.endsWith(".json")) {
                    assertThat(ResultSchema.problems(f)).as(name).isEmpty();
                } else if (name.endsWith(".csv")) {
                    // Whole: the header, then lines each ended as the file's last one is.
                    String csv = Files.readString(f);
                    assertThat(csv).as(name).startsWith(String.join(",", io.pryv.sizer.csv.PurchaseCsv.HEADINGS.subList(0, 2))).endsWith("\r\n");
                } else {
                    try (PDDocument pdf = Loader.loadPDF(f.toFile())) {
                        assertThat(pdf.getNumberOfPages()).as(name).isPositive();
                    }
                }
            }
        }
    }

    private static long count(Path dir, String suffix) throws Exception {
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(suffix)).count();
        }
    }
}
