package io.pryv.sizer.hardening;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Faults of the file system around a valid questionnaire: each ends in exit code 5 and one line naming
 * the file and the reason, leaves no partial or temporary file, and leaves what was there as it was.
 * The full disk and the read-only folder are small tmpfs mounts (root only; skipped elsewhere).
 */
class OutputFaultsTest {
    @TempDir
    Path dir;

    private Path input;
    private String inputHash;
    private final List<Path> mounts = new ArrayList<>();

    @BeforeEach
    void copyTheSmallClinic() throws IOException {
        input = Files.copy(BadQuestionnaires.EXAMPLE, dir.resolve("clinic.xlsx"));
        inputHash = Cli.sha256(input);
    }

    @AfterEach
    void inputUntouchedAndUnmounted() throws Exception {
        for (Path m : mounts) run("umount", m.toString());
        assertThat(Cli.sha256(input)).isEqualTo(inputHash);
    }

    @Test
    void aReadOnlyOutputFileIsLeftAsItIs() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path old = Files.writeString(out.resolve("clinic-sizing.xlsx"), "last week's result");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("r--r--r--"));

        Cli.Run run = Cli.inProcess("size", input.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(5);
        assertThat(run.err()).isEqualTo("cannot write " + old + ": the file is read-only; it was left as it is\n");
        assertThat(Files.readString(old)).isEqualTo("last week's result");
        assertThat(listing(out)).containsExactly("clinic-sizing.xlsx"); // no brief, no temporary file
    }

    @Test
    void aFolderWhereAnOutputGoesIsLeftAsItIs() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path folder = Files.createDirectories(out.resolve("clinic-sizing.xlsx"));
        Files.writeString(folder.resolve("keep.txt"), "mine");

        Cli.Run run = Cli.inProcess("size", input.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(5);
        assertThat(run.err()).isEqualTo("cannot write " + folder + ": a folder has this name\n");
        assertThat(listing(folder)).containsExactly("keep.txt");
        assertThat(listing(out)).containsExactly("clinic-sizing.xlsx");
    }

    /** The two outputs go together: when the brief cannot be written, last week's workbook stays beside last week's brief. */
    @Test
    void whenTheBriefCannotBeWrittenTheWorkbookIsNotReplacedEither() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path workbook = Files.writeString(out.resolve("clinic-sizing.xlsx"), "last week's result");
        Path folder = Files.createDirectories(out.resolve("clinic-brief.pdf"));

        Cli.Run run = Cli.inProcess("size", input.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(5);
        assertThat(run.err()).isEqualTo("cannot write " + folder + ": a folder has this name\n");
        assertThat(workbook).hasContent("last week's result");
        assertThat(listing(out)).containsExactlyInAnyOrder("clinic-sizing.xlsx", "clinic-brief.pdf");
    }

    /** The JSON goes with the other two: written last, its failure still leaves last week's workbook and brief. */
    @Test
    void whenTheJsonCannotBeWrittenNeitherOtherOutputIsReplaced() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path workbook = Files.writeString(out.resolve("clinic-sizing.xlsx"), "last week's result");
        Path brief = Files.writeString(out.resolve("clinic-brief.pdf"), "last week's brief");
        Path folder = Files.createDirectories(out.resolve("clinic-sizing.json"));

        Cli.Run run = Cli.inProcess("size", input.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(5);
        assertThat(run.err()).isEqualTo("cannot write " + folder + ": a folder has this name\n");
        assertThat(workbook).hasContent("last week's result");
        assertThat(brief).hasContent("last week's brief");
        assertThat(listing(out)).containsExactlyInAnyOrder("clinic-sizing.xlsx", "clinic-brief.pdf", "clinic-sizing.json");
    }

    @Test
    void aFileGivenAsTheOutputFolder() throws Exception {
        Path file = Files.writeString(dir.resolve("out"), "in the way");

        Cli.Run run = Cli.inProcess("size", input.toString(), "-o", file.toString());

        assertThat(run.exitCode()).isEqualTo(5);
        assertThat(run.err()).isEqualTo("cannot write " + file.resolve("clinic-sizing.xlsx") + ": the folder " + file
                + " cannot be made: " + file + " is a file, not a folder\n");
        assertThat(file).hasContent("in the way");
    }

    @Test
    void anOutputFolderOnAFileSystemThatTakesNoFolders() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux: no folder can be made in /proc, even by root");

        Cli.Run run = Cli.inProcess("size", input.toString(), "-o", "/proc/pryv-sizer/out");

        assertThat(run.exitCode()).isEqualTo(5);
        // Java is told "no such file" for /proc/pryv-sizer, though /proc exists: the real cause is named instead.
        assertThat(run.err()).isEqualTo("cannot write /proc/pryv-sizer/out/clinic-sizing.xlsx: the folder /proc/pryv-sizer/out "
                + "cannot be made: /proc takes no new folders (a special file system)\n");
    }

    @Test
    void anOutputFolderThatCannotBeWritten() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (Files.isWritable(out)) { // root writes anywhere: a read-only file system stops it too
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
            mount(out, "ro,size=64k");
        }

        Cli.Run run = Cli.inProcess("size", input.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(5);
        assertThat(run.err()).startsWith("cannot write " + out.resolve("clinic-sizing.xlsx") + ": the folder " + out
                + " is not writable: ").endsWith("\n").hasLineCount(1);
        assertThat(listing(out)).isEmpty();
    }

    @Test
    void aFullDiskLeavesNoPartialFile() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        mount(out, "size=64k");

        Cli.Run run = Cli.inProcess("size", input.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(5);
        assertThat(run.err()).isEqualTo("cannot write " + out.resolve("clinic-sizing.xlsx")
                + ": writing failed: No space left on device\n");
        assertThat(listing(out)).isEmpty();
    }

    @Test
    void aFullDiskWhileWritingTheBriefLeavesNoPartialBrief() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        mount(out, "size=32k"); // the brief weighs some 60 KB

        Cli.Run run = Cli.inProcess("size", input.toString(), "-o", out.toString(), "--only", "brief");

        assertThat(run.exitCode()).isEqualTo(5);
        assertThat(run.err()).isEqualTo("cannot write " + out.resolve("clinic-brief.pdf")
                + ": writing failed: No space left on device\n");
        assertThat(listing(out)).isEmpty();
    }

    @Test
    void fileNamesWithSpacesAccentsAndDots() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in box"));
        Files.copy(input, in.resolve("Clinique Genève ..v2.xlsx"));
        String given = dir.resolve("in box/../in box/Clinique Genève ..v2.xlsx").toString();
        String outDir = dir.resolve("résultats/../résultats").toString();

        Cli.Run run = Cli.inProcess("size", given, "-o", outDir);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(listing(dir.resolve("résultats")))
                .containsExactlyInAnyOrder("Clinique Genève ..v2-sizing.xlsx", "Clinique Genève ..v2-brief.pdf",
                        "Clinique Genève ..v2-sizing.json", "Clinique Genève ..v2-purchase.csv");
        assertThat(listing(dir)).containsExactlyInAnyOrder("clinic.xlsx", "in box", "résultats");
        assertThat(listing(in)).containsExactly("Clinique Genève ..v2.xlsx");
    }

    @Test
    void aFolderOrAMissingFileGivenAsTheQuestionnaire() {
        Cli.Run folder = Cli.inProcess("size", dir.toString(), "-o", dir.resolve("out").toString());
        assertThat(folder.exitCode()).isEqualTo(3);
        assertThat(folder.err()).isEqualTo(dir + ": this is a folder, not a questionnaire file (the batch command sizes a folder)\n");

        Cli.Run missing = Cli.inProcess("size", dir.resolve("nope.xlsx").toString(), "-o", dir.resolve("out").toString());
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(missing.err()).isEqualTo(dir.resolve("nope.xlsx") + ": no such file or folder\n");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void theStackTraceOnlyWithVerbose() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createDirectories(out.resolve("clinic-sizing.xlsx"));

        assertThat(Cli.inProcess("size", input.toString(), "-o", out.toString()).err()).doesNotContain("\tat ");
        Cli.Run verbose = Cli.inProcess("size", input.toString(), "-o", out.toString(), "--verbose");
        assertThat(verbose.exitCode()).isEqualTo(5);
        assertThat(verbose.err()).startsWith("cannot write ").contains("\tat io.pryv.sizer.files.AtomicWrite.write");
    }

    private void mount(Path where, String options) throws Exception {
        String result = run("mount", "-t", "tmpfs", "-o", options, "tmpfs", where.toString());
        assumeTrue(result == null, "a tmpfs cannot be mounted here: " + result);
        mounts.add(where);
    }

    /** Null when the command succeeded, else what it printed. */
    private static String run(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "timed out";
            }
            return p.exitValue() == 0 ? null : output.strip();
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    private static List<String> listing(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
