package io.pryv.sizer.cli;

import io.pryv.sizer.questionnaire.TemplateWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "template", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Writes the blank questionnaire to fill in.")
final class TemplateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write it (default: ${DEFAULT-VALUE}).",
            defaultValue = "pryv-sizing-questionnaire.xlsx")
    Path output;

    @Override
    public Integer call() {
        return Failures.guard(spec, false, () -> {
            TemplateWriter.write(output);
            spec.commandLine().getOut().println("Wrote " + output);
            return ExitCode.OK;
        });
    }
}
