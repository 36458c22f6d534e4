package io.pryv.sizer.workbook;

import io.pryv.sizer.model.Sizing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a batch did with one questionnaire: a line of {@code batch-summary.xlsx} and of the table the
 * batch prints. Only these few figures are kept, so a batch of thousands of files stays small in memory.
 * Figures are null when the questionnaire was not sized. A skipped file has a row too, its reason as the error.
 * {@code profile} is the rule profile it was sized with, as the questionnaire answers it ("v1", "v2").
 */
public record BatchRow(String file, Status status, String error, String customer, String profile, String topology,
                       Long machines, Long cores, Long vcpu, BigDecimal ramGb, Long dataDiskGb,
                       List<String> outputs, LocalDate questionnaireDate) {

    public enum Status {
        OK("ok"), INVALID("invalid"), FAILED("failed"), NOT_RUN("not run"), SKIPPED("skipped");

        private final String label;

        Status(String label) { this.label = label; }

        public String label() { return label; }
    }

    public BatchRow {
        outputs = List.copyOf(outputs);
    }

    public static BatchRow sized(String file, Sizing s, List<String> outputs) {
        return new BatchRow(file, Status.OK, "", s.questionnaire().customerName() + " – " + s.questionnaire().projectName(),
                s.questionnaire().profile().answer(), s.topology().label(), s.vmCount(), s.coreCount(), s.totalVcpu(), s.totalRamGb(), s.totalDataDiskGb(),
                outputs, s.questionnaire().questionnaireDate());
    }

    public static BatchRow failed(String file, Status status, String error) {
        return new BatchRow(file, status, error, null, null, null, null, null, null, null, null, List.of(), null);
    }

    /** A file the batch left out (lock file, an output of this tool…): listed, but not a questionnaire. */
    public static BatchRow skipped(String file, String reason) {
        return failed(file, Status.SKIPPED, reason);
    }

    public boolean questionnaire() {
        return status != Status.SKIPPED;
    }

    public boolean ok() {
        return status == Status.OK;
    }

    /** What a batch's rows add up to: questionnaires taken, those sized, and files skipped. */
    public record Tally(long questionnaires, long sized, long skipped) {
        public static Tally of(List<BatchRow> rows) {
            long questionnaires = rows.stream().filter(BatchRow::questionnaire).count();
            return new Tally(questionnaires, rows.stream().filter(BatchRow::ok).count(), rows.size() - questionnaires);
        }

        public long notSized() {
            return questionnaires - sized;
        }
    }
}
