package io.pryv.sizer.rules;

import io.pryv.sizer.batch.bench.GenerateQuestionnaires;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.questionnaire.QuestionnaireReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules precompiled by the build (PrecompileRules, at process-classes) size exactly as the same DRL
 * compiled at run time: same facts, same order, same decision log.
 */
class PrecompiledRulesTest {
    private static final Path RULES = Path.of("rules");
    @TempDir
    static Path generated;
    private static SizingRules precompiled;
    private static SizingRules compiled;

    @BeforeAll
    static void load() throws Exception {
        precompiled = SizingRules.load(RULES);
        System.setProperty("pryv.sizer.compileRules", "true");
        try {
            compiled = SizingRules.load(RULES);
        } finally {
            System.clearProperty("pryv.sizer.compileRules");
        }
        GenerateQuestionnaires.main(new String[] {generated.toString(), "6"});
        GenerateQuestionnaires.main(new String[] {generated.toString(), "1", "12", "400000"});
    }

    @Test
    void theBuildPrecompiledTheseRules() {
        assertThat(precompiled.isPrecompiled()).isTrue();
        assertThat(compiled.isPrecompiled()).isFalse();
        assertThat(precompiled.version()).isEqualTo(compiled.version());
        assertThat(precompiled.ruleNames()).isEqualTo(compiled.ruleNames());
    }

    static Stream<Path> questionnaires() throws Exception {
        try (Stream<Path> examples = Files.list(Path.of("input-templates", "examples"));
             Stream<Path> more = Files.list(generated)) {
            return Stream.concat(examples.toList().stream(), more.toList().stream()).sorted();
        }
    }

    @ParameterizedTest
    @MethodSource("questionnaires")
    void bothWaysSizeAlike(Path file) throws Exception {
        Questionnaire q = QuestionnaireReader.read(file);
        assertThat(precompiled.size(q)).isEqualTo(compiled.size(q));
    }

    @Test
    void editedRulesCompileAtRunTime(@TempDir Path dir) throws Exception {
        try (Stream<Path> files = Files.list(RULES)) {
            for (Path f : files.toList()) Files.copy(f, dir.resolve(f.getFileName()));
        }
        Files.writeString(dir.resolve("constants.drl"), Files.readString(dir.resolve("constants.drl")) + "// edited\n");
        SizingRules edited = SizingRules.load(dir);
        assertThat(edited.isPrecompiled()).isFalse();
        assertThat(edited.version()).isNotEqualTo(precompiled.version());
    }
}
