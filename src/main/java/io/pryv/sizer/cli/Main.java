package io.pryv.sizer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

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
        // One line that says what is wrong and one that says where help is, rather than the whole usage.
        return cl.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println(mistake(e));
            // A name the locale cannot read is no mistake of the command line's form: the help would not help.
            if (!(e.getCause() instanceof UnreadableName)) {
                err.println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            }
            return ExitCode.USAGE;
        });
    }

    /** What is wrong with the command line; a word that is no command or option names the nearest ones. */
    private static String mistake(CommandLine.ParameterException e) {
        if (e.getCause() instanceof UnreadableName u) return u.getMessage();
        if (!(e instanceof CommandLine.UnmatchedArgumentException u)) return e.getMessage();
        String nearest = u.getSuggestions().stream().map(s -> "'" + s + "'").collect(Collectors.joining(" or "));
        String suggestion = nearest.isEmpty() ? "" : "; did you mean " + nearest + "?";
        String first = u.getUnmatched().isEmpty() ? "" : u.getUnmatched().get(0);
        if (u.isUnknownOption()) return "unknown option '" + first + "'" + suggestion;
        // Where commands are expected (pryv-sizer sise), the first word that matches nothing is one.
        if (!e.getCommandLine().getSubcommands().isEmpty()) return "unknown command '" + first + "'" + suggestion;
        return e.getMessage() + suggestion;
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
