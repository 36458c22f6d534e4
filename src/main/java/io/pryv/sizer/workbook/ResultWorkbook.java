package io.pryv.sizer.workbook;

import io.pryv.sizer.files.AtomicWrite;
import io.pryv.sizer.files.ReproducibleXlsx;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.Sizing;
import io.pryv.sizer.xlsx.Styles;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * The result workbook: the questionnaire as the customer filled it, followed by the result sheets
 * (summary, bill of materials, purchase, plan by year, capacity, storage, firewall, system requirements, checklists,
 * assumptions, decision log). The headline figures carry workbook-scope defined names
 * ({@code Result_Topology}, {@code Result_VmCount}, …) so readers find them by name.
 */
public final class ResultWorkbook {
    public static final String CREATOR = "Pryv.io sizer";
    public static final List<String> RESULT_NAMES = List.of("Result_Topology", "Result_VmCount", "Result_CoreCount",
            "Result_TotalVcpu", "Result_TotalRamGb", "Result_TotalDataDiskGb", "Result_PlanYears", "Result_PlanVmCount",
            "Result_PlanCoreCount", "Result_Currency", "Result_Year1Cost", "Result_PlanCost");

    private ResultWorkbook() {}

    /**
     * Appends the result sheets to {@code questionnaireBook} (the workbook as read, or an empty one)
     * and writes it to {@code out}, whole or not at all. The same book and sizing give the same bytes.
     * The book is changed: call this once per book. Result sheets and names already in it (a result
     * workbook given again as a questionnaire) are replaced.
     */
    public static void write(XSSFWorkbook questionnaireBook, Sizing sizing, Path out) throws IOException {
        Objects.requireNonNull(out, "out");
        // Written straight to AtomicWrite's temporary file: a failure inside POI leaves no file either.
        AtomicWrite.write(out, content(questionnaireBook, sizing));
    }

    /** The same, as content for {@link AtomicWrite#writeAll}, to be written along with other outputs. */
    public static AtomicWrite.Content content(XSSFWorkbook questionnaireBook, Sizing sizing) {
        Objects.requireNonNull(questionnaireBook, "questionnaireBook");
        Objects.requireNonNull(sizing, "sizing");
        XSSFWorkbook book = questionnaireBook;
        removePreviousResults(book);
        int summary = book.getNumberOfSheets();
        ResultSheets sheets = new ResultSheets(book, Styles.results(book), sizing);
        sheets.writeAll();
        properties(book, sizing.questionnaire());
        openOn(book, summary);

        Instant stamp = stamp(sizing.questionnaire());
        return o -> ReproducibleXlsx.write(book, sheets.rows(), stamp, o);
    }

    private static void removePreviousResults(XSSFWorkbook book) {
        for (String name : RESULT_NAMES) {
            for (XSSFName n : List.copyOf(book.getNames(name))) book.removeName(n);
        }
        for (String sheet : ResultSheets.NAMES) {
            int index = book.getSheetIndex(sheet);
            if (index >= 0) book.removeSheetAt(index);
        }
    }

    /** Dates from the questionnaire, not the clock, so the file does not change from one run to the next. */
    private static void properties(XSSFWorkbook book, Questionnaire q) {
        POIXMLProperties.CoreProperties core = book.getProperties().getCoreProperties();
        core.setCreator(CREATOR);
        core.setLastModifiedByUser(CREATOR);
        core.setTitle(q.customerName() + " – " + q.projectName() + " sizing");
    }

    /** Dates from the questionnaire, not the clock, so the file does not change from one run to the next. */
    private static Instant stamp(Questionnaire q) {
        return q.questionnaireDate().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The file opens on the summary, with only that tab selected. */
    private static void openOn(XSSFWorkbook book, int sheet) {
        for (int i = 0; i < book.getNumberOfSheets(); i++) book.getSheetAt(i).setSelected(false);
        book.setActiveSheet(sheet);
        book.setSelectedTab(sheet);
    }
}
