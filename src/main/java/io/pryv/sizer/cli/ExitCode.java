package io.pryv.sizer.cli;

/** What the process's exit status tells a script. */
public final class ExitCode {
    private ExitCode() {}

    public static final int OK = 0;
    /** A fault of the tool itself; rerun with --verbose and report it. */
    public static final int INTERNAL_ERROR = 1;
    /** The command line was wrong (picocli's own code). */
    public static final int USAGE = 2;
    /** A questionnaire is not a valid, filled template; nothing was written for it. */
    public static final int INVALID_INPUT = 3;
    /** The rules did not compile. */
    public static final int RULES_ERROR = 4;
    /** An output could not be written (folder not writable, disk full…). */
    public static final int OUTPUT_ERROR = 5;
    /** A batch ran, but some questionnaires failed. */
    public static final int SOME_FAILED = 6;
}
