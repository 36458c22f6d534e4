package io.pryv.sizer.cli;

import io.pryv.sizer.model.Numbers;
import io.pryv.sizer.workbook.BatchRow;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The figures of the printed table, RAM grouped like the others. */
class BatchTableTest {

    /** A German or French default locale must not turn 4,575.5 into 4.575,5 beside figures the outputs print with commas. */
    @Test
    void figuresDoNotFollowTheMachinesLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            ramIsGroupedLikeTheOtherFiguresAndKeepsItsDecimals();
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void ramIsGroupedLikeTheOtherFiguresAndKeepsItsDecimals() {
        assertThat(Numbers.format(new BigDecimal("4575"))).isEqualTo("4,575");
        assertThat(Numbers.format(new BigDecimal("24.50"))).isEqualTo("24.5");
        assertThat(Numbers.format(new BigDecimal("4E+3"))).isEqualTo("4,000");

        BatchRow big = new BatchRow("big.xlsx", BatchRow.Status.OK, "", "Acme – Diary", "v1", "Single node",
                1000L, 500L, 2000L, new BigDecimal("4575.5"), 1234567L, List.of(), null);
        StringWriter out = new StringWriter();
        BatchTable.print(List.of(big), new PrintWriter(out, true));

        assertThat(out.toString()).containsPattern("big.xlsx +ok +v1 +Single node +1,000 +2,000 +4,575.5 +1,234,567\n")
                .endsWith("Total: 1 questionnaire, 1 sized, 0 not; 1,000 machines, 2,000 vCPU, 4,575.5 GB RAM, "
                        + "1,234,567 GB data disk\n");
    }
}
