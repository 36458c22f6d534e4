package io.pryv.sizer.questionnaire;

import java.util.List;
import java.util.stream.Collectors;

/** A questionnaire that cannot be used, with every problem found in it. */
public class InvalidQuestionnaireException extends Exception {
    private final List<InputProblem> problems;

    public InvalidQuestionnaireException(List<InputProblem> problems) {
        super(problems.stream().map(InputProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) throw new IllegalArgumentException("no problem given");
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
