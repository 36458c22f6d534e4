package io.pryv.sizer.xlsx;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.questionnaire.TemplateWriter;
import io.pryv.sizer.rules.SizingRules;
import io.pryv.sizer.workbook.ResultWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One palette: in a result workbook the questionnaire's sheets and the result sheets stand side by side,
 * and a colour means the same in both.
 */
class StylesTest {
    private static final String INPUT_YELLOW = "FFFFF2CC";
    private static final String DARK_BLUE = "FF1F4E79";

    @TempDir Path dir;

    @Test
    void theQuestionnaireAndTheResultsShareOnePaletteAndEachLookIsRegisteredOnce() throws Exception {
        Path out = dir.resolve("result.xlsx");
        int questionnaireSheets;
        try (XSSFWorkbook template = TemplateWriter.create(io.pryv.sizer.questionnaire.PackagedConstants.get())) {
            questionnaireSheets = template.getNumberOfSheets();   // the result sheets come after them
            ResultWorkbook.write(template, SizingRules.packaged().size(Questionnaires.builder().build()), out);
        }
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Set<String> inputFills = new HashSet<>();
            Set<String> headerFills = new HashSet<>();
            int questionnaireInputs = 0;
            int resultInputs = 0;
            for (int s = 0; s < book.getNumberOfSheets(); s++) {
                XSSFSheet sheet = book.getSheetAt(s);
                boolean result = s >= questionnaireSheets;
                // What a reader may change: the questionnaire's answers, the checklists' ticks.
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
                        if (style.getLocked()) continue;
                        inputFills.add(fill(style));
                        if (result) resultInputs++;
                        else questionnaireInputs++;
                    }
                }
                // The header row above the frozen pane.
                PaneInformation pane = sheet.getPaneInformation();
                if (pane != null && pane.isFreezePane() && pane.getHorizontalSplitTopRow() > 0) {
                    Row header = sheet.getRow(pane.getHorizontalSplitTopRow() - 1);
                    headerFills.add(fill((XSSFCellStyle) header.getCell(header.getFirstCellNum()).getCellStyle()));
                }
            }
            assertThat(questionnaireInputs).as("answer cells of the questionnaire").isPositive();
            assertThat(resultInputs).as("tick cells of the results").isPositive();
            assertThat(inputFills).as("fills of the cells a reader may change").containsExactly(INPUT_YELLOW);
            assertThat(headerFills).as("fills of the header rows, questionnaire and results").containsExactly(DARK_BLUE);

            // One style per look, not one per cell: the default, then each look of the questionnaire and of the results.
            assertThat(book.getNumCellStyles()).isEqualTo(1 + Styles.Style.values().length);
        }
    }

    private static String fill(XSSFCellStyle style) {
        XSSFColor colour = style.getFillForegroundXSSFColor();
        return colour == null ? "none" : colour.getARGBHex();
    }
}
