package io.pryv.sizer.hardening;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A data-disk cap smaller than one user's data (SIZING.md §2, u = 0) is invalid input: exit 3, naming the cap's cell. */
class DataDiskCapTest {
    @TempDir
    Path dir;

    @Test
    void aCapThatHoldsNoUserIsRefusedNamingItsCell() throws Exception {
        // 200 MB a day × 365 × 2 years × (1 + 25 %) / 1000 = 182.5 GB for one user, over a 100 GB cap.
        Path input = Files.write(dir.resolve("capped.xlsx"), BadQuestionnaires.edit(wb -> {
            BadQuestionnaires.cell(wb, "WriteMBPerDay").setCellValue(200);
            BadQuestionnaires.cell(wb, "RetentionYears").setCellValue(2);
            BadQuestionnaires.cell(wb, "DiskHeadroomPercent").setCellValue(25);
            BadQuestionnaires.cell(wb, "MaxDataDiskPerCoreGb").setCellValue(100);
        }));

        Cli.Run run = Cli.inProcess("size", input.toString(), "-o", dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).isEqualTo(input + ": Deployment!C14 (Largest data disk per core): 100 GB holds no user: "
                + "one user's data over the retention takes 182.5 GB\n");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
