package io.pryv.sizer.hardening;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Answers that are each within bounds can still multiply into billions of machines, one line each in
 * the workbook and the brief. The sizing is refused above 100 000 machines (MAX_MACHINES, rules/machines.drl) instead of running out of memory.
 */
class EnormousAnswersTest {
    @TempDir
    Path dir;

    @Test
    void billionsOfMachinesAreRefusedNotLaidOut() throws Exception {
        Path input = Files.write(dir.resolve("planet.xlsx"), BadQuestionnaires.enormousButValid());

        Cli.Run run = assertTimeoutPreemptively(Duration.ofMinutes(3),
                () -> Cli.inProcess("size", input.toString(), "-o", dir.resolve("out").toString()));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).isEqualTo(input + ": the answers call for 6,000,000,003 machines, more than the "
                + "100,000 this tool lays out; check the users of each zone and the per-user loads\n");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
