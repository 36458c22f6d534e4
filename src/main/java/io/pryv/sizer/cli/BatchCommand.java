package io.pryv.sizer.cli;

import io.pryv.sizer.Pipeline;
import io.pryv.sizer.cli.BatchInputs.Item;
import io.pryv.sizer.files.AtomicWrite;
import io.pryv.sizer.model.Numbers;
import io.pryv.sizer.questionnaire.InputProblem;
import io.pryv.sizer.questionnaire.InvalidQuestionnaireException;
import io.pryv.sizer.rules.SizingRules;
import io.pryv.sizer.workbook.BatchRow;
import io.pryv.sizer.workbook.BatchRow.Status;
import io.pryv.sizer.workbook.BatchSummaryWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

@Command(name = "batch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Sizes every questionnaire of the given files and folders, several at a time, with the rules "
                + "loaded once. Each gets the outputs `size` writes; DIR/batch-summary.xlsx says what became of each.",
                "Excel lock files (~$*.xlsx) and this tool's outputs are skipped, each listed as such; the output folder "
                + "is left out. A bad questionnaire does not stop the others: the exit code is then 6."})
final class BatchCommand implements java.util.concurrent.Callable<Integer> {
    /** Exit status of a batch stopped by Ctrl-C (128 + SIGINT), as a shell reports it. */
    static final int INTERRUPTED = 130;
    /** How long a stopping JVM waits for the questionnaires being written to finish, so none is left half written. */
    private static final long STOP_WAIT_SECONDS = 60;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Questionnaires (.xlsx) and folders of them.")
    List<String> inputs;   // names, not paths: one the locale cannot make a path of fails alone, in its row

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Questionnaires sized at the same time (default: the number of processors).")
    Integer jobs;

    @Option(names = {"-r", "--recursive"},
            description = "Also size the questionnaires of sub-folders; their outputs go to the same sub-folders of DIR.")
    boolean recursive;

    @Option(names = "--timings", description = "Also print the time each step took, per questionnaire on average.")
    boolean timings;

    private volatile boolean stopping;

    @Override
    public Integer call() {
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (threads < 1) throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, found " + threads);
        return Failures.guard(spec, common.verbose, () -> run(threads));
    }

    private int run(int threads) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BatchInputs.Found found;
        try {
            found = BatchInputs.find(inputs, common.outputDir, recursive);
        } catch (java.io.IOException e) {   // a folder that cannot be listed: an input problem, not an output one
            err.println("cannot read the inputs: " + e);
            return ExitCode.INVALID_INPUT;
        }
        found.skipped().forEach(s -> err.printf(Locale.ROOT, "Skipped %s (%s)%n", s.shown(), s.reason()));
        List<Item> items = found.items();
        // Nothing that exists to size (a mistyped folder, say): said at once, rather than a summary of failures.
        if (items.stream().noneMatch(i -> Files.exists(i.file()))) {
            found.unreadable().forEach(name -> err.println(name + ": " + Failures.UNREADABLE_NAME));
            items.forEach(i -> err.println(i.shown() + ": no such file or folder"));
            err.println("No questionnaire (*.xlsx) to size in " + String.join(", ", inputs) + "; nothing was written.");
            return ExitCode.INVALID_INPUT;
        }
        try {   // before sizing anything: otherwise every questionnaire would fail, one by one
            AtomicWrite.checkFolder(common.outputDir);
        } catch (FileSystemException e) {
            err.println("The output folder " + common.outputDir + " " + e.getReason() + "; nothing was sized.");
            return ExitCode.OUTPUT_ERROR;
        }
        SizingRules rules = common.rules();
        Pipeline pipeline = new Pipeline(rules, common.outputs());
        int workers = Math.max(1, Math.min(threads, items.size()));   // no idle thread, and the rate line tells the truth
        Pipeline.StepTimes times = new Pipeline.StepTimes();

        // Ctrl-C: questionnaires not started are left, those being written are finished (each output is
        // written atomically anyway), and no summary is written. The JVM waits for this before it stops.
        CountDownLatch finished = new CountDownLatch(1);
        Thread onStop = new Thread(() -> {
            stopping = true;
            try {
                finished.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "finish-batch-on-stop");
        Runtime.getRuntime().addShutdownHook(onStop);
        long start = System.nanoTime();
        AtomicInteger worker = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "batch-" + worker.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<BatchRow> rows = new ArrayList<>(items.size());
            found.unreadable().forEach(name -> rows.add(BatchRow.failed(name, Status.INVALID, Failures.UNREADABLE_NAME)));
            try (BatchProgress progress = BatchProgress.of(err, items.size(), System.console() != null)) {
                List<Future<BatchRow>> futures = new ArrayList<>(items.size());
                for (Item item : items) {
                    futures.add(pool.submit(() -> {
                        BatchRow row = size(pipeline, item, times, err);
                        progress.done(item.shown(), outcome(row));
                        return row;
                    }));
                }
                for (int i = 0; i < items.size(); i++) {
                    try {
                        rows.add(futures.get(i).get());
                    } catch (ExecutionException e) {   // an Error a questionnaire caused: that one fails, not the batch
                        BatchRow row = BatchRow.failed(items.get(i).shown(), Status.FAILED, Failures.message(e.getCause()));
                        rows.add(row);
                        progress.done(items.get(i).shown(), outcome(row));
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (stopping) {
                long done = rows.stream().filter(r -> r.status() != Status.NOT_RUN).count();
                err.printf(Locale.ROOT, "Interrupted: %d of %d questionnaires done, their outputs are complete; no summary written.%n",
                        done, rows.size());
                return INTERRUPTED;
            }
            found.skipped().forEach(s -> rows.add(BatchRow.skipped(s.shown(), s.reason())));
            // The table first: it says what became of each file even if the summary cannot be written.
            BatchTable.print(rows, out);
            BatchRow.Tally tally = BatchRow.Tally.of(rows);
            long ok = tally.sized(), questionnaires = tally.questionnaires();
            // The rate counts every questionnaire taken, sized or not: it is how fast the batch went through them.
            out.printf(Locale.ROOT, "Sized %,d of %s in %.1f s (%.1f questionnaires taken per second, %d at a time).%n",
                    ok, Numbers.countOf(questionnaires, "questionnaire"), seconds, questionnaires / seconds, workers);
            if (timings) printTimings(times, ok, out);
            Path summary = common.outputDir.resolve(BatchSummaryWorkbook.FILE_NAME);
            BatchSummaryWorkbook.write(rows, rules.versions(), summary);
            out.println("Wrote " + summary);
            return ok == questionnaires ? ExitCode.OK : ExitCode.SOME_FAILED;
        } finally {
            pool.shutdownNow();
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onStop);
            } catch (IllegalStateException alreadyStopping) {
                // The hook is running: it has just been released.
            }
        }
    }

    private BatchRow size(Pipeline pipeline, Item item, Pipeline.StepTimes times, PrintWriter err) {
        if (stopping) return BatchRow.failed(item.shown(), Status.NOT_RUN, "the batch was interrupted");
        try {
            Pipeline.Result result = pipeline.run(item.file(), item.outDir(), item.outputName(), times);
            List<String> written = result.written().stream()
                    .map(p -> common.outputDir.relativize(p).toString().replace('\\', '/')).toList();
            return BatchRow.sized(item.shown(), result.sizing(), written);
        } catch (InvalidPathException e) {   // its outputs' names cannot be made in this locale; the others go on
            return BatchRow.failed(item.shown(), Status.INVALID, Failures.UNREADABLE_NAME);
        } catch (InvalidQuestionnaireException e) {
            return BatchRow.failed(item.shown(), Status.INVALID,
                    e.problems().stream().map(BatchCommand::withoutFile).collect(Collectors.joining("\n")));
        } catch (Exception | StackOverflowError e) {
            if (common.verbose) {
                synchronized (err) {
                    e.printStackTrace(err);
                }
            }
            return BatchRow.failed(item.shown(), Status.FAILED, Failures.message(e));
        }
    }

    /** What the progress line says of a questionnaire: its status, and for a failure its reason's first line. */
    private static String outcome(BatchRow row) {
        if (row.status() != Status.FAILED) return row.status().label();
        return row.status().label() + ": " + row.error().lines().findFirst().orElse("");
    }

    /** {@code 'Data Production'!C5: expected …}: the file is in its own column. */
    private static String withoutFile(InputProblem p) {
        String text = p.toString();
        String prefix = p.file() + ": ";
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }

    private static void printTimings(Pipeline.StepTimes t, long sized, PrintWriter out) {
        if (sized == 0) return;
        double n = sized * 1e6;
        out.printf(Locale.ROOT, "Time per questionnaire, summed over threads: read %.1f ms, rules %.1f ms, workbook %.1f ms, "
                        + "brief %.1f ms, total %.1f ms%n", t.read.sum() / n, t.rules.sum() / n, t.workbook.sum() / n,
                t.brief.sum() / n, (t.read.sum() + t.rules.sum() + t.workbook.sum() + t.brief.sum()) / n);
    }
}
