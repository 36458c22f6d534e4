package io.pryv.sizer.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintWriter;
import java.util.Locale;

/** Where a batch shows its progress: a bar on a terminal, a line per file in a log (CI, a pipe, a test). */
interface BatchProgress extends AutoCloseable {

    /** One more questionnaire done; {@code status} is "ok" or what went wrong, in a word. */
    void done(String file, String status);

    @Override
    void close();

    static BatchProgress of(PrintWriter err, int total, boolean terminal) {
        return terminal ? new Bar(err, total) : new Lines(err, total);
    }

    /** {@code [ 120/1000] clinic.xlsx ok}: one line per file, in the order they finish. */
    final class Lines implements BatchProgress {
        private final PrintWriter err;
        private final int total;
        private final String format;
        private int count;

        Lines(PrintWriter err, int total) {
            this.err = err;
            this.total = total;
            int digits = String.valueOf(total).length();
            this.format = "[%" + digits + "d/%d] %s %s%n";
        }

        @Override
        public synchronized void done(String file, String status) {
            err.printf(Locale.ROOT, format, ++count, total, file, status);
            err.flush();
        }

        @Override
        public void close() {}
    }

    /** The progressbar library's bar, drawn on the error stream so the output stays clean for the table. */
    final class Bar implements BatchProgress {
        private final ProgressBar bar;

        Bar(PrintWriter err, int total) {
            bar = new ProgressBarBuilder().setTaskName("Sizing").setInitialMax(total).setUnit(" files", 1)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).showSpeed()
                    .setConsumer(new WriterConsumer(err)).build();
        }

        @Override
        public void done(String file, String status) {
            bar.step();
        }

        @Override
        public void close() {
            bar.close();
        }
    }

    /** The library's console consumer (it knows the terminal's width), writing through picocli's stream. */
    final class WriterConsumer extends ConsoleProgressBarConsumer {
        private final PrintWriter err;

        WriterConsumer(PrintWriter err) {
            super(null);
            this.err = err;
        }

        @Override
        public void accept(String line) {
            int max = getMaxRenderedLength();
            err.print('\r' + (line.length() > max ? line.substring(0, max) : line));
            err.flush();
        }

        @Override
        public void close() {
            err.println();
            err.flush();
        }
    }
}
