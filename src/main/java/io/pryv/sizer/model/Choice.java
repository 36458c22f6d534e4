package io.pryv.sizer.model;

import java.util.Arrays;
import java.util.List;

/** An answer picked from a questionnaire's drop-down: the enum constant of each option, with the words it offers. */
public interface Choice {
    /** As the drop-down offers it. */
    String answer();

    /** The drop-down's options, in order. */
    static List<String> answers(Choice[] options) {
        return Arrays.stream(options).map(Choice::answer).toList();
    }

    /** The option of {@code answer}; the reader has checked it is one of them. */
    static <E extends Choice> E of(E[] options, String answer) {
        for (E option : options) if (option.answer().equals(answer)) return option;
        throw new IllegalArgumentException("no option " + answer + " among " + answers(options));
    }
}
