package io.pryv.sizer.hardening;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.questionnaire.InputProblem;
import io.pryv.sizer.questionnaire.InvalidQuestionnaireException;
import io.pryv.sizer.questionnaire.QuestionnaireReader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Any bytes given as a questionnaire end in a questionnaire or the tool's own invalid-input error,
 * each problem on one line: never another exception, never a hang.
 *
 * <p>Without JAZZER_FUZZ this runs once per seed (the committed template and examples, copied into
 * QuestionnaireFuzzTestInputs by the build, plus any finding kept there) as part of `mvn verify`.
 * The README says how to fuzz for longer.
 */
class QuestionnaireFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void readerEndsInAQuestionnaireOrItsOwnError(byte[] bytes) throws IOException {
        try (XSSFWorkbook wb = QuestionnaireReader.open(bytes, "fuzz.xlsx")) {
            Questionnaire q = QuestionnaireReader.read(wb, "fuzz.xlsx");
            assertNotNull(q);
        } catch (InvalidQuestionnaireException e) {
            for (InputProblem p : e.problems()) assertFalse(p.toString().contains("\n"), p.toString());
        }
    }
}
