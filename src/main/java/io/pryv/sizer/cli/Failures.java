package io.pryv.sizer.cli;

import io.pryv.sizer.questionnaire.InvalidQuestionnaireException;
import io.pryv.sizer.rules.RulesException;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

/**
 * Turns the project's exceptions into one clear message each and a named exit code. The stack trace
 * is printed only with --verbose, even for a fault of the tool itself (out of memory included).
 */
final class Failures {
    private Failures() {}

    /** Java cannot make a path of a name the locale's encoding does not hold (accents under LANG=C). */
    static final String UNREADABLE_NAME =
            "this file name cannot be read in the current locale; set LANG=C.UTF-8 (or another UTF-8 locale)";

    interface Body {
        int run() throws Exception;
    }

    static int guard(CommandSpec spec, boolean verbose, Body body) {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return body.run();
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            err.println(message(e));
            if (verbose) e.printStackTrace(err);
            err.flush();
            return exitCode(e);
        }
    }

    /** One line (or one per problem) that says what went wrong and where. */
    static String message(Throwable e) {
        if (e instanceof InvalidQuestionnaireException || e instanceof RulesException) return e.getMessage();
        if (e instanceof UncheckedIOException u) return message(u.getCause());
        if (e instanceof AccessDeniedException a) return "cannot write " + a.getFile() + ": permission denied";
        if (e instanceof FileSystemException f) {
            return "cannot write " + f.getFile() + (f.getReason() == null ? "" : ": " + f.getReason());
        }
        if (e instanceof IOException) return "output failed: " + e.getMessage();
        if (e instanceof OutOfMemoryError) {
            return "internal error: out of memory (give Java more with -Xmx, or rerun with --verbose and report it)";
        }
        String what = e.toString().lines().findFirst().orElse(""); // one line, whatever the message holds
        return "internal error: " + what + " (rerun with --verbose and report it)";
    }

    static int exitCode(Throwable e) {
        if (e instanceof InvalidQuestionnaireException) return ExitCode.INVALID_INPUT;
        if (e instanceof RulesException) return ExitCode.RULES_ERROR;
        if (e instanceof IOException || e instanceof UncheckedIOException) return ExitCode.OUTPUT_ERROR;
        return ExitCode.INTERNAL_ERROR;
    }
}
