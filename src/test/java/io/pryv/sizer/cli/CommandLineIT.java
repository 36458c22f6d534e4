package io.pryv.sizer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar's own commands, errors and exit codes, as a separate process. */
class CommandLineIT {

    @TempDir
    Path work;

    @Test
    void versionAndHelp() throws Exception {
        JarRunner.Run version = JarRunner.run(work, "--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("pryv-sizer ").contains("questionnaire template 1.0");

        JarRunner.Run help = JarRunner.run(work, "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("size").contains("template").contains("Exit codes:");
    }

    @Test
    void templateWritesTheCommittedQuestionnaire() throws Exception {
        JarRunner.Run run = JarRunner.run(work, "template", "-o", "blank.xlsx");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllBytes(work.resolve("blank.xlsx")))
                .isEqualTo(Files.readAllBytes(Path.of("input-templates", "pryv-sizing-questionnaire.xlsx")));
    }

    @Test
    void theBlankTemplateIsInvalidInputAndNothingIsWritten() throws Exception {
        Path blank = Path.of("input-templates", "pryv-sizing-questionnaire.xlsx").toAbsolutePath();
        JarRunner.Run run = JarRunner.run(work, "size", blank.toString(), "-o", "out");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains("pryv-sizing-questionnaire.xlsx: Project!C5:")
                .contains("'Data Production'!C5:").doesNotContain("Exception");
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void aRuleThatDoesNotCompileStopsTheRunWithFileAndLine() throws Exception {
        brokenRules();
        Path example = Path.of("input-templates", "examples", "small-clinic.xlsx").toAbsolutePath();
        JarRunner.Run run = JarRunner.run(work, "size", example.toString(), "--rules", "rules");
        assertThat(run.exitCode()).isEqualTo(ExitCode.RULES_ERROR);
        assertThat(run.err()).contains("broken.drl:5");
        assertThat(work.resolve("output")).doesNotExist();
    }

    @Test
    void theQuestionnaireIsReadWhileTheRulesCompileAndItsProblemsComeFirst() throws Exception {
        brokenRules();
        Path blank = Path.of("input-templates", "pryv-sizing-questionnaire.xlsx").toAbsolutePath();
        JarRunner.Run run = JarRunner.run(work, "size", blank.toString(), "--rules", "rules");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains("Project!C5:").doesNotContain("broken.drl");
    }

    /** The project's rules plus one that names a fact that does not exist, at line 5 of broken.drl. */
    private void brokenRules() throws Exception {
        Path rules = Files.createDirectories(work.resolve("rules"));
        try (var files = Files.list(Path.of("rules"))) {
            for (Path f : files.toList()) Files.copy(f, rules.resolve(f.getFileName()));
        }
        Files.writeString(rules.resolve("broken.drl"), "package pryv.sizing;\n\nrule \"broken\"\nwhen\n    NoSuchFact()\nthen\nend\n");
    }
}
