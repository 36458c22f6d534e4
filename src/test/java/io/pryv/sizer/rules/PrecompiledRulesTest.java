package io.pryv.sizer.rules;

import io.pryv.sizer.batch.bench.GenerateQuestionnaires;
import io.pryv.sizer.model.Profile;
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
        assertThat(precompiled.profiles()).isEqualTo(compiled.profiles()).contains(Profile.V1);
        for (Profile p : precompiled.profiles()) {
            assertThat(precompiled.isPrecompiled(p)).as(p.label()).isTrue();
            assertThat(compiled.isPrecompiled(p)).as(p.label()).isFalse();
            assertThat(precompiled.version(p)).isEqualTo(compiled.version(p));
            assertThat(precompiled.ruleNames(p)).isEqualTo(compiled.ruleNames(p));
        }
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
        // Only the v1 folder, edited: the shared rules are the packaged ones, v2's stay precompiled.
        Path v1 = Files.createDirectories(dir.resolve("v1"));
        try (Stream<Path> files = Files.list(RULES.resolve("v1"))) {
            for (Path f : files.toList()) Files.copy(f, v1.resolve(f.getFileName()));
        }
        Files.writeString(v1.resolve("topology.drl"), Files.readString(v1.resolve("topology.drl")) + "// edited\n");
        SizingRules edited = SizingRules.load(dir);
        assertThat(edited.isPrecompiled(Profile.V1)).isFalse();
        assertThat(edited.version(Profile.V1)).isNotEqualTo(precompiled.version(Profile.V1));
        for (Profile p : precompiled.profiles()) {
            if (p != Profile.V1) assertThat(edited.isPrecompiled(p)).as(p.label()).isTrue();
        }
    }
}
