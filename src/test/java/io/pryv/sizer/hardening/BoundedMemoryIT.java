package io.pryv.sizer.hardening;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The questionnaires crafted to exhaust memory or time, given to the packaged jar running with a heap
 * of 96 MB (a plain run needs some 64 MB): each is refused (or sized) with its message, never an
 * out-of-memory error. A questionnaire unpacks to about 50 KB; of any file, at most 10 MB is unpacked.
 */
class BoundedMemoryIT {
    static final int HEAP_MB = 96;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = BadQuestionnaires.class, names = {"ZIP_BOMB", "UNPACKS_TOO_LARGE", "FILE_TOO_LARGE",
            "ENTITY_EXPANSION", "DEEPLY_NESTED", "THOUSANDS_OF_SHEETS", "THOUSANDS_OF_STYLES", "FORMULA_TOO_COSTLY_TO_COMPUTE",
            "HUNDREDS_OF_SHEETS", "THOUSANDS_OF_STYLES_WITHIN_LIMITS"})
    void endsWithinASmallHeap(BadQuestionnaires bad) throws Exception {
        Path input = bad.writeTo(dir);
        String hash = Cli.sha256(input);

        Cli.Run run = Cli.jar(dir, HEAP_MB, 5, "size", bad.fileName, "-o", "out");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(bad.exitCode);
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("OutOfMemoryError").doesNotContain("internal error");
        if (bad.exitCode == 0) {
            assertThat(dir.resolve("out").resolve(bad.fileName.replace(".xlsx", "-sizing.xlsx"))).isRegularFile();
        } else {
            Cli.assertMessage(run, bad.message, Path.of(bad.fileName));
            assertThat(dir.resolve("out")).doesNotExist();
        }
        assertThat(Cli.sha256(input)).isEqualTo(hash);
    }

    /** The largest file the limits let through (close to 10 MB unpacked) is sized in a heap of 512 MB. */
    @Test
    void theLargestAcceptedQuestionnaireFitsInAModestHeap() throws Exception {
        Path input = Files.write(dir.resolve("big.xlsx"), BadQuestionnaires.largestAccepted());
        String hash = Cli.sha256(input);

        Cli.Run run = Cli.jar(dir, 512, 5, "size", "big.xlsx", "-o", "out", "--only", "workbook");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(dir.resolve("out/big-sizing.xlsx")).isRegularFile();
        assertThat(Cli.sha256(input)).as("the questionnaire is left as it was").isEqualTo(hash);
    }

    /** In a heap too small for it, the same file ends in one line and exit code 1, and nothing is written. */
    @Test
    void runningOutOfMemoryIsOneLineAndNoOutput() throws Exception {
        Path input = Files.write(dir.resolve("big.xlsx"), BadQuestionnaires.largestAccepted());
        String hash = Cli.sha256(input);

        Cli.Run run = Cli.jar(dir, 128, 5, "size", "big.xlsx", "-o", "out");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(
                "internal error: out of memory (give Java more with -Xmx, or rerun with --verbose and report it)\n");
        assertThat(dir.resolve("out/big-sizing.xlsx")).doesNotExist();
        assertThat(dir.resolve("out/big-brief.pdf")).doesNotExist();
        assertThat(Cli.sha256(input)).isEqualTo(hash);
    }
}
