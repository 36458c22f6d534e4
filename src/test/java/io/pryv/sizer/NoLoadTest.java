package io.pryv.sizer;

import io.pryv.sizer.brief.Brief;
import io.pryv.sizer.model.Sizing;
import io.pryv.sizer.rules.SizingRules;
import io.pryv.sizer.workbook.ResultWorkbook;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A questionnaire with users but no load at all: no metric sets the cores, and both outputs say so. */
class NoLoadTest {
    @TempDir
    Path dir;

    @Test
    void bothOutputsHandleAZoneThatNoMetricSizes() throws Exception {
        Sizing sizing = SizingRules.load(Path.of("rules")).size(Questionnaires.builder().zone("Main", "Bern", 50).build());
        assertThat(sizing.zones().get(0).cores().bindingMetric()).isNull();

        Path book = dir.resolve("none-sizing.xlsx");
        ResultWorkbook.write(new XSSFWorkbook(), sizing, book);
        try (InputStream in = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var capacity = wb.getSheet("Capacity");
            boolean found = false;
            for (var row : capacity) for (var cell : row)
                found |= cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && cell.getStringCellValue().equals("no load (minimum of one core)");
            assertThat(found).isTrue();
            // The headroom table: no user limit, no room, and the sentence says why.
            var headroom = capacity.getRow(headroomRow(capacity) + 2);
            assertThat(headroom.getCell(1).getStringCellValue() + " | " + headroom.getCell(2).getStringCellValue())
                    .isEqualTo("no load | none from load");
            assertThat(headroom.getCell(3).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
            assertThat(headroom.getCell(5).getStringCellValue()).isEqualTo("50 users, no load on any metric: no user limit from load");
        }

        Path pdf = dir.resolve("none-brief.pdf");
        Brief.write(sizing, pdf);
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            // The zone's card: the one core is the minimum, no metric sets it, and no metric row is marked.
            assertThat(text).contains("Single node", "50 users · 1 core needed, the minimum · data disk 0 GB on the single node",
                            "Headroom: 50 users, no load on any metric: no user limit from load")
                    .doesNotContain("set by").doesNotContainPattern("● (?!marks)");
        }
    }

    private static int headroomRow(org.apache.poi.ss.usermodel.Sheet sheet) {
        for (var row : sheet) {
            var first = row.getCell(0);
            if (first != null && first.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && first.getStringCellValue().equals("Headroom on these cores")) return row.getRowNum();
        }
        throw new AssertionError("no headroom table on the Capacity sheet");
    }
}
