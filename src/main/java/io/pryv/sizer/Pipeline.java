package io.pryv.sizer;

import io.pryv.sizer.brief.Brief;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.Sizing;
import io.pryv.sizer.questionnaire.InputProblem;
import io.pryv.sizer.questionnaire.InvalidQuestionnaireException;
import io.pryv.sizer.questionnaire.QuestionnaireReader;
import io.pryv.sizer.rules.SizingRules;
import io.pryv.sizer.workbook.ResultWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * One questionnaire from file to outputs: read, size, write. The same path serves `size` and
 * `batch`, so both give identical files. Thread-safe: the rules are shared, each run has its own workbook.
 */
public final class Pipeline {
    /** Most machines a sizing may list: each is a line of the workbook; beyond this the answers are surely wrong. */
    public static final long MAX_MACHINES = 100_000;
    private final SizingRules rules;
    private final Set<Output> outputs;

    public Pipeline(SizingRules rules, Set<Output> outputs) {
        this.rules = rules;
        this.outputs = outputs.isEmpty() ? EnumSet.noneOf(Output.class) : EnumSet.copyOf(outputs);
    }

    /** What one run made. */
    public record Result(Sizing sizing, List<Path> written) {}

    /** Time spent in each step, summed over runs (from any thread), for the benchmark. */
    public static final class StepTimes {
        public final LongAdder read = new LongAdder();
        public final LongAdder rules = new LongAdder();
        public final LongAdder workbook = new LongAdder();
        public final LongAdder brief = new LongAdder();
    }

    /**
     * Sizes {@code questionnaire} and writes its outputs under {@code outDir}, named after
     * {@code outputBaseName} (the questionnaire's file name unless a batch had to rename it).
     */
    public Result run(Path questionnaire, Path outDir, String outputBaseName)
            throws InvalidQuestionnaireException, IOException {
        return run(questionnaire, outDir, outputBaseName, null);
    }

    public Result run(Path questionnaire, Path outDir, String outputBaseName, StepTimes times)
            throws InvalidQuestionnaireException, IOException {
        long t0 = System.nanoTime();
        try (XSSFWorkbook book = QuestionnaireReader.open(questionnaire)) {
            Questionnaire q = QuestionnaireReader.read(book, questionnaire.getFileName().toString());
            long t1 = System.nanoTime();
            Sizing sizing = rules.size(q);
            if (sizing.vmCount() > MAX_MACHINES) {
                throw new InvalidQuestionnaireException(List.of(InputProblem.ofFile(questionnaire.getFileName().toString(),
                        String.format(Locale.ROOT, "the answers call for %,d machines, more than the %,d this tool lays "
                                + "out; check the users of each zone and the per-user loads", sizing.vmCount(), MAX_MACHINES))));
            }
            long t2 = System.nanoTime();
            List<Path> written = new ArrayList<>();
            if (outputs.contains(Output.WORKBOOK)) {
                Path out = outDir.resolve(Output.WORKBOOK.fileNameFor(outputBaseName));
                ResultWorkbook.write(book, sizing, out);
                written.add(out);
            }
            long t3 = System.nanoTime();
            if (outputs.contains(Output.BRIEF)) {
                Path out = outDir.resolve(Output.BRIEF.fileNameFor(outputBaseName));
                Brief.write(sizing, out);
                written.add(out);
            }
            long t4 = System.nanoTime();
            if (times != null) {
                times.read.add(t1 - t0);
                times.rules.add(t2 - t1);
                times.workbook.add(t3 - t2);
                times.brief.add(t4 - t3);
            }
            return new Result(sizing, List.copyOf(written));
        }
    }
}
