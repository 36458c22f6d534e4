package io.pryv.sizer.brief;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.Sizing;
import io.pryv.sizer.rules.SizingRules;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Tables of every length, starting anywhere on a page: no page holds a lone row of one, and short ones stay whole. */
class TableBreakTest {
    private static final Pattern ROW = Pattern.compile("row (\\d+)\\b");

    @Test
    void noPageHoldsFewerThanThreeRowsOfATableAndShortTablesStayWhole() throws Exception {
        Sizing sizing = SizingRules.packaged().size(Questionnaires.builder().zone("Main", "", 1_000).writeRps("0.01").build());
        for (int rows = 1; rows <= 100; rows += rows < 16 ? 1 : 9) {
            for (int above = 0; above < 70; above += 6) {
                List<List<Integer>> pages = layOut(sizing, rows, above);
                List<Integer> all = pages.stream().flatMap(List::stream).toList();
                String where = rows + " rows below " + above + " lines: " + pages;
                assertThat(all).as(where).hasSize(rows);
                for (int i = 0; i < rows; i++) assertThat(all.get(i)).as(where).isEqualTo(i + 1);
                if (rows <= Part.WHOLE) assertThat(pages.stream().filter(p -> !p.isEmpty()).count()).as(where).isEqualTo(1);
                for (List<Integer> page : pages) {
                    if (!page.isEmpty()) assertThat(page.size()).as(where).isGreaterThanOrEqualTo(Math.min(rows, Part.MIN_ROWS));
                }
            }
        }
    }

    /** The table's row numbers on each page, after {@code above} lines of 10 points. */
    private static List<List<Integer>> layOut(Sizing sizing, int rows, int above) throws DocumentException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, Brief.MARGIN, Brief.MARGIN, Brief.TOP, Brief.BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.open();
        Look look = new Look(1);
        Part part = new Part(doc, writer, look, sizing) {
            @Override
            void add() {}
        };
        if (above > 0) doc.add(new Paragraph(10, ".\n".repeat(above).strip()));
        PdfPTable t = Look.table(new float[] {20, 80}, 1);
        t.addCell(look.head("#"));
        t.addCell(look.head("Text"));
        for (int i = 1; i <= rows; i++) {
            t.addCell(look.text("row " + i));
            // Rows of one to three lines, as in the decision log.
            t.addCell(look.text("text ".repeat(1 + 40 * (i % 3))));
        }
        part.table(t);
        doc.close();

        List<List<Integer>> pages = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                List<Integer> onPage = new ArrayList<>();
                Matcher m = ROW.matcher(stripper.getText(pdf));
                while (m.find()) onPage.add(Integer.parseInt(m.group(1)));
                pages.add(onPage);
            }
        }
        return pages;
    }
}
