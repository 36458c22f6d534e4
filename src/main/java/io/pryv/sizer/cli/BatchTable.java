package io.pryv.sizer.cli;

import io.pryv.sizer.model.Numbers;
import io.pryv.sizer.workbook.BatchRow;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The table a batch prints at the end: a line per questionnaire, its problems below it, the files skipped
 * with their reason, then the totals over the questionnaires.
 */
final class BatchTable {
    private BatchTable() {}

    private static final int MAX_FILE_WIDTH = 60;

    static void print(List<BatchRow> rows, PrintWriter out) {
        int fileWidth = Math.max(4, Math.min(MAX_FILE_WIDTH, rows.stream().mapToInt(r -> r.file().length()).max().orElse(4)));
        String format = "%-" + fileWidth + "s  %-8s %-7s %-45s %8s %6s %8s %14s";
        out.println(String.format(Locale.ROOT, format, "File", "Status", "Profile", "Topology", "Machines", "vCPU", "RAM GB", "Data disk GB").stripTrailing());
        for (BatchRow r : rows) {
            if (r.ok()) {
                out.println(String.format(Locale.ROOT, format, r.file(), r.status().label(), r.profile(), r.topology(), Numbers.format(r.machines()),
                        Numbers.format(r.vcpu()), Numbers.format(r.ramGb()), Numbers.format(r.dataDiskGb())).stripTrailing());
            } else {
                out.println(String.format(Locale.ROOT, format, r.file(), r.status().label(), "", "", "", "", "", "").stripTrailing());
                for (String line : r.error().split("\n")) out.println("    " + line);
            }
        }
        BatchRow.Tally tally = BatchRow.Tally.of(rows);
        long questionnaires = tally.questionnaires(), skipped = tally.skipped();
        long machines = sum(rows, BatchRow::machines);
        out.printf(Locale.ROOT, "Total: %s, %,d sized, %,d not;%s %s, %,d vCPU, %s GB RAM, %,d GB data disk%n",
                Numbers.countOf(questionnaires, "questionnaire"), tally.sized(), tally.notSized(),
                skipped == 0 ? "" : " " + Numbers.countOf(skipped, "file") + " skipped;",
                Numbers.countOf(machines, "machine"), sum(rows, BatchRow::vcpu),
                Numbers.format(rows.stream().map(BatchRow::ramGb).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add)),
                sum(rows, BatchRow::dataDiskGb));
    }

    private static long sum(List<BatchRow> rows, java.util.function.Function<BatchRow, Long> figure) {
        return rows.stream().map(figure).filter(Objects::nonNull).mapToLong(Long::longValue).sum();
    }
}
