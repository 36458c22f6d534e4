package io.pryv.sizer.cli;

import io.pryv.sizer.Output;
import io.pryv.sizer.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "size", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Sizes one filled questionnaire: writes <name>-sizing.xlsx, <name>-brief.pdf, <name>-sizing.json and <name>-purchase.csv.")
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
            // The rules load on another core while the questionnaire is read.
            Pipeline pipeline = new Pipeline(Pipeline.RulesWhenNeeded.loadingNow(common::rules), common.outputs(), true);
            Pipeline.Result result = pipeline.run(file, common.outputDir, file.getFileName().toString());
            Summary.print(result.sizing(), out);
            result.written().forEach(p -> out.println("Wrote " + p));
            return ExitCode.OK;
        });
    }
}
