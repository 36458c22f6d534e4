package io.pryv.sizer;

import io.pryv.sizer.brief.Brief;
import io.pryv.sizer.files.AtomicWrite;
import io.pryv.sizer.csv.PurchaseCsv;
import io.pryv.sizer.json.SizingJson;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.Sizing;
import io.pryv.sizer.questionnaire.InputProblem;
import io.pryv.sizer.questionnaire.InvalidQuestionnaireException;
import io.pryv.sizer.questionnaire.QuestionnaireReader;
import io.pryv.sizer.rules.RulesException;
import io.pryv.sizer.rules.SizingRules;
import io.pryv.sizer.workbook.ResultWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.LongAdder;

/**
 * One questionnaire from file to outputs: read, size, write. The same path serves `size` and
 * `batch`, so both give identical files. Thread-safe: the rules are shared, each run has its own workbook.
 */
public final class Pipeline {
    private final RulesWhenNeeded rules;
    private final Set<Output> outputs;
    private final boolean briefAlongside;

    /** For many questionnaires (a batch): the rules are ready, the outputs are written one after the other. */
    public Pipeline(SizingRules rules, Set<Output> outputs) {
        this(() -> rules, outputs, false);
    }

    /**
     * @param rules          asked for once the questionnaire is read, so they may still be compiling meanwhile
     * @param briefAlongside write the brief on its own thread while the workbook is written: a one-file run
     *                       has a core to spare, a batch keeps every core busy with other questionnaires
     */
    public Pipeline(RulesWhenNeeded rules, Set<Output> outputs, boolean briefAlongside) {
        this.rules = rules;
        this.outputs = outputs.isEmpty() ? EnumSet.noneOf(Output.class) : EnumSet.copyOf(outputs);
        this.briefAlongside = briefAlongside;
    }

    /** The rules, possibly still being compiled on another thread when a run starts. */
    @FunctionalInterface
    public interface RulesWhenNeeded {
        SizingRules get() throws RulesException;

        /** Starts loading the rules on another core now; a run that needs them first reads its questionnaire. */
        static RulesWhenNeeded loadingNow(Callable<SizingRules> load) {
            FutureTask<SizingRules> loading = new FutureTask<>(load);
            Thread thread = new Thread(loading, "load-rules");
            thread.setDaemon(true);   // an unreadable questionnaire ends the run without waiting for it
            thread.start();
            return () -> await(loading, RulesException.class);
        }
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
            throws InvalidQuestionnaireException, RulesException, IOException {
        return run(questionnaire, outDir, outputBaseName, null);
    }

    public Result run(Path questionnaire, Path outDir, String outputBaseName, StepTimes times)
            throws InvalidQuestionnaireException, RulesException, IOException {
        long t0 = System.nanoTime();
        try (XSSFWorkbook book = QuestionnaireReader.open(questionnaire)) {
            // Problems name the file as it was given, as those of opening it do.
            Questionnaire q = QuestionnaireReader.read(book, questionnaire.toString());
            long t1 = System.nanoTime();
            Sizing sizing = rules.get().size(q);
            // Answers the rules refuse to size (more machines than the outputs can list) are invalid input.
            if (!sizing.refusals().isEmpty()) {
                throw new InvalidQuestionnaireException(sizing.refusals().stream()
                        .map(r -> InputProblem.ofFile(questionnaire.toString(), r.reason())).toList());
            }
            long t2 = System.nanoTime();
            // All outputs are written together (AtomicWrite.writeAll): a run that fails leaves the previous
            // ones as they were. The brief is drawn into memory, on its own thread when a core is spare.
            FutureTask<byte[]> brief = new FutureTask<>(() -> {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
                Brief.write(sizing, bytes);
                return bytes.toByteArray();
            });
            boolean withBrief = outputs.contains(Output.BRIEF);
            if (withBrief && briefAlongside) {
                Thread drawing = new Thread(brief, "brief");
                drawing.setDaemon(true);   // it writes no file: a failed run need not wait for it
                drawing.start();
            }
            Map<Path, AtomicWrite.Content> files = new LinkedHashMap<>();
            long[] workbookDone = {System.nanoTime()};   // when the workbook step ended, for StepTimes
            if (outputs.contains(Output.WORKBOOK)) {
                AtomicWrite.Content workbook = ResultWorkbook.content(book, sizing);
                files.put(outDir.resolve(Output.WORKBOOK.fileNameFor(outputBaseName)), o -> {
                    workbook.writeTo(o);
                    workbookDone[0] = System.nanoTime();
                });
            }
            if (withBrief) {
                files.put(outDir.resolve(Output.BRIEF.fileNameFor(outputBaseName)), o -> {
                    if (!briefAlongside) brief.run();
                    o.write(await(brief, IOException.class));
                });
            }
            if (outputs.contains(Output.JSON)) {
                files.put(outDir.resolve(Output.JSON.fileNameFor(outputBaseName)), SizingJson.content(sizing));
            }
            if (outputs.contains(Output.CSV)) {
                files.put(outDir.resolve(Output.CSV.fileNameFor(outputBaseName)), PurchaseCsv.content(sizing));
            }
            AtomicWrite.writeAll(files);
            long t3 = workbookDone[0];
            long t4 = System.nanoTime();
            if (times != null) {
                times.read.add(t1 - t0);
                times.rules.add(t2 - t1);
                times.workbook.add(t3 - t2);
                times.brief.add(t4 - t3);
            }
            return new Result(sizing, List.copyOf(files.keySet()));
        }
    }

    /** The task's result, or the exception it threw, as it threw it. */
    private static <T, E extends Exception> T await(FutureTask<T> task, Class<E> thrown) throws E {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for another thread", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (thrown.isInstance(cause)) throw thrown.cast(cause);
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }
}
