package io.pryv.sizer.cli;

import io.pryv.sizer.questionnaire.TemplateWriter;
import io.pryv.sizer.rules.SizingRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "template", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Writes the blank questionnaire to fill in.")
final class TemplateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = {"Where to write it (an existing file is not replaced, exit code 5, unless --force).",
                    "Default: ${DEFAULT-VALUE}."},
            defaultValue = "pryv-sizing-questionnaire.xlsx")
    Path output;

    @Option(names = "--force", description = "Replace the file if it exists.")
    boolean force;

    @Override
    public Integer call() {
        // Excel opens a workbook by its extension: "acme.csv" or "acme" would not open as one.
        Path name = output.getFileName();   // none for "/"
        if (name == null || !name.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new ParameterException(spec.commandLine(),
                    "the questionnaire is an Excel workbook: give --output a name ending in .xlsx, not " + output);
        }
        return Failures.guard(spec, false, () -> {
            // The file may be a customer's filled questionnaire: never replace it unasked.
            if (!force && Files.exists(output) && !Files.isDirectory(output)) {
                spec.commandLine().getErr().println(output + " already exists; choose another name or pass --force to replace it");
                return ExitCode.OUTPUT_ERROR;
            }
            // The help texts cite the packaged rules' constants (Docker version, paging…): the template is the same everywhere.
            TemplateWriter.write(output, SizingRules.packaged().helpConstants());
            spec.commandLine().getOut().println("Wrote " + output);
            return ExitCode.OK;
        });
    }
}
