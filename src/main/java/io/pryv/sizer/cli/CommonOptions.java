package io.pryv.sizer.cli;

import io.pryv.sizer.Output;
import io.pryv.sizer.rules.RulesException;
import io.pryv.sizer.rules.SizingRules;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/** Options that `size` and `batch` share. */
final class CommonOptions {
    @Option(names = {"-o", "--output-dir"}, paramLabel = "DIR", defaultValue = "output",
            description = "Folder for the outputs (default: ${DEFAULT-VALUE}).")
    Path outputDir;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Folder of .drl rules (default: ./rules when it exists, else the rules packaged in the jar).")
    Path rulesDir;

    @Option(names = "--only", paramLabel = "OUTPUT",
            description = "Write only this output: ${COMPLETION-CANDIDATES} (default: all).")
    Output only;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces of unexpected errors.")
    boolean verbose;

    Set<Output> outputs() {
        return only == null ? EnumSet.allOf(Output.class) : EnumSet.of(only);
    }

    SizingRules rules() throws RulesException {
        return SizingRules.resolve(rulesDir);
    }
}
