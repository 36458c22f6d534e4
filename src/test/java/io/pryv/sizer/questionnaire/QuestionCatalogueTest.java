package io.pryv.sizer.questionnaire;

import io.pryv.sizer.brief.Brief;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.Sizing;
import io.pryv.sizer.rules.SizingRules;
import io.pryv.sizer.workbook.ResultWorkbook;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every question of the catalogue reaches every place a question goes: its defined name and help in the
 * template, its answer read back, and its line in the brief's answers and the result workbook. A new
 * question is covered here without a change to this test.
 */
class QuestionCatalogueTest {
    @TempDir
    Path dir;

    /** A value for each question, unlike its default, as a user would type it. */
    private static String typed(Question q) {
        return switch (q.kind) {
            case TEXT -> "Answer " + q.definedName;
            case DATE -> "2025-06-30";
            case NUMBER -> "7";
            case WHOLE_NUMBER -> "3";
            case YES_NO -> "Yes";
            case CHOICE -> q.choices().get(q.choices().size() - 1);
            case VERSION_TEXT -> "27.1";
            case CURRENCY -> "EUR";
        };
    }

    private static Object answer(Question q) {
        return switch (q.kind) {
            case DATE -> LocalDate.parse(typed(q));
            case NUMBER -> new BigDecimal(typed(q));
            case WHOLE_NUMBER -> Integer.valueOf(typed(q));
            case YES_NO -> true;
            default -> typed(q);
        };
    }

    @Test
    void everyQuestionHasItsDefinedNameAndItsHelpInTheTemplate() throws Exception {
        try (XSSFWorkbook wb = TemplateWriter.create(PackagedConstants.get())) {
            for (Question q : Question.values()) {
                assertThat(wb.getName(q.definedName)).as(q.definedName).isNotNull();
                assertThat(wb.getName(q.definedName).getRefersToFormula())
                        .isEqualTo(new CellReference(q.sheet.sheetName, new CellReference(q.cell).getRow(),
                                new CellReference(q.cell).getCol(), true, true).formatAsString());
                Row row = wb.getSheet(q.sheet.sheetName).getRow(new CellReference(q.cell).getRow());
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(q.label);
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo(q.unit);
                assertThat(row.getCell(4).getStringCellValue()).as(q.definedName).doesNotContain("{", "}");
            }
        }
    }

    /** The help texts cite the rules' constants (constants.drl): Docker 19, compose 1.21, paging above 10,000… */
    @Test
    void helpTextsGiveTheRulesConstants() {
        Map<String, BigDecimal> constants = PackagedConstants.get();
        assertThat(Question.DOCKER_VERSION.help(constants)).contains("Pryv.io v1 needs 19 or later, v2 20.10 or later.");
        assertThat(Question.DOCKER_COMPOSE_VERSION.help(constants)).contains("Pryv.io v1 needs 1.21 or later; v2 runs without it, "
                + "but one it uses must be 2 or later.");
        assertThat(Question.POINTS_PER_REQUEST.help(constants)).contains("Above 10,000, reads should be split into pages.");
        assertThat(Question.STORAGE_THROUGHPUT_MBPS.help(constants)).contains("up to 50 % of it.");
        assertThat(Question.REGISTER_FOLLOWERS.help(constants)).contains("choose: 1 when the platform has several cores");
        // Read, never retyped: other values in the rules give other help texts.
        Map<String, BigDecimal> other = new java.util.HashMap<>();
        constants.keySet().forEach(k -> other.put(k, new BigDecimal("24")));
        assertThat(Question.DOCKER_VERSION.help(other)).contains("Pryv.io v1 needs 24 or later, v2 24 or later.");
        assertThat(Question.DOCKER_COMPOSE_VERSION.help(other)).contains("Pryv.io v1 needs 24 or later;");
        assertThat(Question.POINTS_PER_REQUEST.help(other)).contains("Above 24, reads");
        assertThat(Question.STORAGE_THROUGHPUT_MBPS.help(other)).contains("up to 2,400 % of it.");
        assertThat(Question.REGISTER_FOLLOWERS.help(other)).contains("choose: 24 when");
        // A version keeps its digits: Pryv.io v2's Docker 20.10 is not 20.1; a figure of 10000 is grouped.
        other.put("MIN_DOCKER_VERSION", new BigDecimal("20.10"));
        other.put("PAGING_POINTS_PER_REQUEST", new BigDecimal("10000"));
        assertThat(Question.DOCKER_VERSION.help(other)).contains("Pryv.io v1 needs 20.10 or later,");
        assertThat(Question.POINTS_PER_REQUEST.help(other)).contains("Above 10,000, reads");
        assertThatThrownBy(() -> Question.DOCKER_VERSION.help(Map.of()))
                .hasMessage("the help of DockerVersion cites MIN_DOCKER_VERSION, which the rules do not define");
    }

    @Test
    void everyQuestionIsReadAndListedInTheBriefAndTheWorkbook() throws Exception {
        byte[] filled;
        try (XSSFWorkbook wb = TemplateWriter.create(PackagedConstants.get())) {
            ExampleQuestionnaires.Filler f = new ExampleQuestionnaires.Filler(wb).zone(0, "Main", "Bern", 10);
            for (Question q : Question.values()) f.set(q, typed(q));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            filled = out.toByteArray();
        }
        XSSFWorkbook book = QuestionnaireReader.open(filled, "all.xlsx");
        Questionnaire read = QuestionnaireReader.read(book, "all.xlsx");
        for (Question q : Question.values()) assertThat(read.answers().get(q)).as(q.definedName).isEqualTo(answer(q));

        Sizing sizing = SizingRules.packaged().size(read);
        Path pdf = dir.resolve("all.pdf");
        Brief.write(sizing, pdf);
        String brief;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            brief = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        Path xlsx = dir.resolve("all-result.xlsx");
        ResultWorkbook.write(book, sizing, xlsx);
        try (XSSFWorkbook result = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(xlsx)))) {
            for (Question q : Question.values()) {
                if (q.isProject()) {
                    // Named at the head of both: the workbook's Summary says which answer is which.
                    assertThat(brief).as(q.definedName).contains(typed(q));
                    assertThat(shown(rowStarting(result.getSheet("Summary"), q.label).getCell(1))).isEqualTo(typed(q));
                } else if (q.readBy(read.profile())) {
                    assertThat(brief).as(q.definedName).contains(q.label + " " + typed(q));
                } else {
                    // An answer the profile's rules do not read (RegisterFollowers for v2) is not listed as if it counted.
                    assertThat(brief).as(q.definedName).doesNotContain(q.label + " " + typed(q));
                }
                if (q.assumption() != null) {
                    Row row = rowStarting(result.getSheet("Assumptions"), q.definedName);
                    assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(7);
                    assertThat(row.getCell(2).getStringCellValue()).isEqualTo(q.unit);
                }
            }
        }
        book.close();
    }

    private static String shown(org.apache.poi.ss.usermodel.Cell cell) {
        if (cell.getCellType() == CellType.NUMERIC) return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        return new DataFormatter(Locale.US).formatCellValue(cell);
    }

    private static Row rowStarting(Sheet sheet, String text) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(text)) return row;
        }
        throw new AssertionError("no row starting with '" + text + "' in " + sheet.getSheetName());
    }
}
