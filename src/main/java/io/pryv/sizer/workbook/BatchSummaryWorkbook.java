package io.pryv.sizer.workbook;

import io.pryv.sizer.files.AtomicWrite;
import io.pryv.sizer.files.ReproducibleXlsx;
import io.pryv.sizer.model.Numbers;
import io.pryv.sizer.workbook.SheetWriter.Styled;
import io.pryv.sizer.xlsx.Styles;
import io.pryv.sizer.xlsx.Styles.Style;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * {@code batch-summary.xlsx}: a line per questionnaire of a batch, in the order the batch took them, what
 * became of it and its headline figures, the files skipped and why, then the totals over the questionnaires
 * sized. The same rows give the same bytes.
 */
public final class BatchSummaryWorkbook {
    public static final String FILE_NAME = "batch-summary.xlsx";
    public static final String SHEET = "Batch Summary";
    public static final List<String> COLUMNS = List.of("File", "Status", "Error", "Customer – project", "Profile", "Topology",
            "Machines", "Cores", "vCPU", "RAM (GB)", "Data disk (GB)", "Outputs written");
    /** Stamped on a summary where no questionnaire was sized, so it still has fixed bytes. */
    private static final LocalDate NO_DATE = LocalDate.of(2024, 1, 1);

    private BatchSummaryWorkbook() {}

    /** Writes the summary whole or not at all. */
    public static void write(List<BatchRow> rows, String rulesVersion, Path out) throws IOException {
        byte[] bytes = bytes(rows, rulesVersion);
        AtomicWrite.write(out, o -> o.write(bytes));
    }

    static byte[] bytes(List<BatchRow> rows, String rulesVersion) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet(SHEET);
            Map<XSSFSheet, String> sheetRows = new HashMap<>();
            SheetWriter w = new SheetWriter(sheet, Styles.results(book), sheetRows).cap(0, 45).cap(2, 60).cap(3, 40).cap(11, 30);
            BatchRow.Tally tally = BatchRow.Tally.of(rows);
            long skipped = tally.skipped();
            w.title("Batch sizing summary", Numbers.countOf(tally.questionnaires(), "questionnaire") + ": "
                    + Numbers.format(tally.sized()) + " sized, " + Numbers.format(tally.notSized())
                    + " not" + (skipped == 0 ? "" : "; " + Numbers.countOf(skipped, "other file") + " skipped") + ". "
                    + rulesVersion + ". Each sized questionnaire has its own workbook and brief.");
            int header = w.nextRow();
            w.header(COLUMNS.toArray());
            w.freeze(1);
            w.repeatOnEveryPage(header);
            for (BatchRow r : rows) {
                Object status = r.ok() || !r.questionnaire() ? r.status().label() : new Styled(r.status().label(), Style.ALERT);
                w.row(r.file(), status, r.error(), r.customer(), r.profile(), r.topology(), r.machines(), r.cores(), r.vcpu(),
                        r.ramGb(), r.dataDiskGb(), String.join("\n", r.outputs()));
            }
            int last = w.nextRow() - 1;
            w.total("Total", tally.sized() + " of " + tally.questionnaires() + " sized", null, null, null, null,
                    sum(rows, BatchRow::machines), sum(rows, BatchRow::cores), sum(rows, BatchRow::vcpu),
                    rows.stream().map(BatchRow::ramGb).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add),
                    sum(rows, BatchRow::dataDiskGb), null);
            if (!rows.isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(header, last, 0, COLUMNS.size() - 1));
            }
            w.finish();
            sheet.lockAutoFilter(false);
            sheet.lockSort(false);

            LocalDate latest = rows.stream().map(BatchRow::questionnaireDate).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(NO_DATE);
            book.getProperties().getCoreProperties().setCreator(ResultWorkbook.CREATOR);
            book.getProperties().getCoreProperties().setTitle("Batch sizing summary");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            ReproducibleXlsx.write(book, sheetRows, latest.atStartOfDay(ZoneOffset.UTC).toInstant(), bytes);
            return bytes.toByteArray();
        }
    }

    private static long sum(List<BatchRow> rows, Function<BatchRow, Long> figure) {
        return rows.stream().map(figure).filter(Objects::nonNull).mapToLong(Long::longValue).sum();
    }
}
