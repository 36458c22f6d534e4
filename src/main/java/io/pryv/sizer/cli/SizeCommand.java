package io.pryv.sizer.cli;

import io.pryv.sizer.Output;
import io.pryv.sizer.Pipeline;
import io.pryv.sizer.rules.SizingRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.Callable;

@Command(name = "size", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Sizes one filled questionnaire: writes <name>-sizing.xlsx and <name>-brief.pdf.")
final class SizeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE", description = "The filled questionnaire (.xlsx).")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        return Failures.guard(spec, common.verbose, () -> {
            SizingRules rules = common.rules();
            Pipeline.Result result = new Pipeline(rules, common.outputs()).run(file, common.outputDir,
                    file.getFileName().toString());
            Summary.print(result.sizing(), out);
            result.written().forEach(p -> out.println("Wrote " + p));
            return ExitCode.OK;
        });
    }
}
