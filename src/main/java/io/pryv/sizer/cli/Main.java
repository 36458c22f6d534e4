package io.pryv.sizer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

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
                "3:invalid questionnaire (each problem names file, sheet and cell)",
                "4:the rules do not compile (file and line given)",
                "5:an output could not be written",
                "6:batch: some questionnaires failed",
                "130:batch: interrupted (Ctrl-C); the outputs written are complete"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for main and for tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
