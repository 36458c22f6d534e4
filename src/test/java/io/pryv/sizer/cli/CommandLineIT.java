package io.pryv.sizer.cli;

import io.pryv.sizer.questionnaire.TemplateLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The jar's own commands, errors and exit codes, as a separate process. */
class CommandLineIT {

    @TempDir
    Path work;

    @Test
    void versionAndHelp() throws Exception {
        JarRunner.Run version = JarRunner.run(work, "--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("pryv-sizer ").contains("questionnaire template " + TemplateLayout.TEMPLATE_VERSION);

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
    void templateDoesNotReplaceAnExistingFileUnlessForced() throws Exception {
        Files.writeString(work.resolve("filled.xlsx"), "the customer's answers");

        JarRunner.Run run = JarRunner.run(work, "template", "-o", "filled.xlsx");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OUTPUT_ERROR);
        assertThat(run.err()).isEqualTo("filled.xlsx already exists; choose another name or pass --force to replace it\n");
        assertThat(run.out()).isEmpty();
        assertThat(work.resolve("filled.xlsx")).hasContent("the customer's answers");

        JarRunner.Run forced = JarRunner.run(work, "template", "-o", "filled.xlsx", "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Files.readAllBytes(work.resolve("filled.xlsx")))
                .isEqualTo(Files.readAllBytes(Path.of("input-templates", "pryv-sizing-questionnaire.xlsx")));
    }

    @Test
    void templateRefusesANameExcelWouldNotOpenAsAWorkbook() throws Exception {
        JarRunner.Run run = JarRunner.run(work, "template", "-o", "answers.csv");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("the questionnaire is an Excel workbook: give --output a name ending in .xlsx, not answers.csv\n");
        assertThat(work.resolve("answers.csv")).doesNotExist();
    }

    @Test
    void noCommandIsAWrongCommandLine() throws Exception {
        JarRunner.Run run = JarRunner.run(work);
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("Usage: pryv-sizer").contains("Exit codes:");
    }

    @Test
    void aWrongCommandLineIsOneLineAndWhereHelpIsNotTheWholeUsage() throws Exception {
        Path clinic = Path.of("input-templates", "examples", "small-clinic.xlsx").toAbsolutePath();
        Map<List<String>, String> errors = Map.of(
                List.of("size", "--bogus", clinic.toString()), "unknown option '--bogus'\nRun 'pryv-sizer size --help' for usage.\n",
                List.of("size", "--onyl", "brief", clinic.toString()),
                "unknown option '--onyl'; did you mean '--only'?\nRun 'pryv-sizer size --help' for usage.\n",
                List.of("sise", clinic.toString()), "unknown command 'sise'; did you mean 'size'?\nRun 'pryv-sizer --help' for usage.\n",
                List.of("report"), "unknown command 'report'\nRun 'pryv-sizer --help' for usage.\n",
                List.of("batch"), "Missing required parameter: 'INPUT'\nRun 'pryv-sizer batch --help' for usage.\n");
        for (Map.Entry<List<String>, String> e : errors.entrySet()) {
            JarRunner.Run run = JarRunner.run(work, e.getKey().toArray(String[]::new));
            assertThat(run.exitCode()).as(e.getKey().toString()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).as(e.getKey().toString()).isEqualTo(e.getValue());
            assertThat(run.out()).isEmpty();
        }
        assertThat(work.resolve("output")).doesNotExist();
    }

    @Test
    void anAccentedNameUnderLangCIsOneClearLine() throws Exception {
        assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")), "this JVM must write the accented name");
        Path clinic = Path.of("input-templates", "examples", "small-clinic.xlsx");
        Path in = Files.createDirectories(work.resolve("in"));
        Files.copy(clinic, in.resolve("Genève.xlsx"));
        Files.copy(clinic, in.resolve("ok.xlsx"));
        Map<String, String> langC = Map.of("LANG", "C");
        String why = "this file name cannot be read in the current locale; set LANG=C.UTF-8 (or another UTF-8 locale)";

        JarRunner.Run size = JarRunner.run(work, langC, List.of(), 3, "size", "in/Genève.xlsx");
        assertThat(size.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(size.err()).matches("in/Gen\\?+ve\\.xlsx: " + Pattern.quote(why) + "\n");

        JarRunner.Run batch = JarRunner.run(work, langC, List.of(), 3, "batch", "in", "-o", "out");
        assertThat(batch.exitCode()).isEqualTo(ExitCode.SOME_FAILED);
        assertThat(batch.out()).containsPattern("in/Gen\\?+ve\\.xlsx +invalid\n    " + Pattern.quote(why) + "\n")
                .containsPattern("in/ok.xlsx +ok").contains("Total: 2 questionnaires, 1 sized, 1 not");
        assertThat(work.resolve("out/ok-sizing.xlsx")).isNotEmptyFile();

        // Named on the command line rather than found in a folder: that file fails alone, the others are sized.
        JarRunner.Run named = JarRunner.run(work, langC, List.of(), 3, "batch", "in/Genève.xlsx", "in/ok.xlsx", "-o", "out2");
        assertThat(named.exitCode()).isEqualTo(ExitCode.SOME_FAILED);
        assertThat(named.out()).containsPattern("in/Gen\\?+ve\\.xlsx +invalid\n    " + Pattern.quote(why) + "\n")
                .contains("Total: 2 questionnaires, 1 sized, 1 not");
        assertThat(work.resolve("out2/ok-sizing.xlsx")).isNotEmptyFile();

        // With nothing else that exists, nothing is sized: the batch says why at once, as for a mistyped folder.
        JarRunner.Run alone = JarRunner.run(work, langC, List.of(), 3, "batch", "in/Genève.xlsx", "gone.xlsx", "-o", "out3");
        assertThat(alone.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(alone.err()).matches("in/Gen\\?+ve\\.xlsx: " + Pattern.quote(why) + "\ngone.xlsx: no such file or folder\n"
                + "No questionnaire \\(\\*\\.xlsx\\) to size in in/Gen\\?+ve\\.xlsx, gone.xlsx; nothing was written.\n");
        assertThat(work.resolve("out3")).doesNotExist();
    }

    @Test
    void templateGivenAFolderWithoutANameSaysWhatToGive() throws Exception {
        JarRunner.Run run = JarRunner.run(work, "template", "-o", "/");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("the questionnaire is an Excel workbook: give --output a name ending in .xlsx, not /\n");
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
