package io.pryv.sizer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** The command line: `pryv-sizer size|template|batch …`. */
@Command(name = "pryv-sizer",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Sizes the machines of a Pryv.io platform from a filled questionnaire.",
        subcommands = {SizeCommand.class, BatchCommand.class, TemplateCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:internal error (rerun with --verbose and report it)",
                "2:wrong command line",
                "3:invalid questionnaire (each problem names file, sheet and cell); batch: no questionnaire to size",
                "4:the rules do not compile (file and line given)",
                "5:an output could not be written",
                "6:batch: some questionnaires failed",
                "130:batch: interrupted (Ctrl-C); the outputs written are complete"})
public final class Main implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for main and for tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
        cl.registerConverter(Path.class, name -> {
            try {
                return Path.of(name);
            } catch (InvalidPathException e) {
                throw new UnreadableName(name + ": " + Failures.UNREADABLE_NAME);
            }
        });
        // Such a name is no mistake of the command line's form: one line that says what to do, no usage.
        CommandLine.IParameterExceptionHandler usage = cl.getParameterExceptionHandler();
        return cl.setParameterExceptionHandler((e, args) -> {
            if (!(e.getCause() instanceof UnreadableName u)) return usage.handleParseException(e, args);
            e.getCommandLine().getErr().println(u.getMessage());
            return ExitCode.USAGE;
        });
    }

    /** A file name the locale's encoding cannot hold (accents under LANG=C): Java cannot make a path of it. */
    private static final class UnreadableName extends CommandLine.TypeConversionException {
        UnreadableName(String message) {
            super(message);
        }
    }

    /** No command: the usage, on the error stream as for an unknown command, and the same exit code. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
