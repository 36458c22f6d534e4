package io.pryv.sizer.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.pryv.sizer.model.Profile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The build step that precompiles the rules leaves in the classes folder only what the current DRL makes. */
class PrecompileRulesTest {
    @TempDir
    Path work;

    @Test
    void rulesEditedSinceTheLastBuildLeaveNoClassesBehind() throws Exception {
        Path classes = work.resolve("classes");
        Path rules = Files.createDirectories(work.resolve("rules"));
        Files.writeString(rules.resolve("a.drl"), "package pryv.sizing;\nrule \"first\" when String() then end\n");
        PrecompileRules.main(new String[] {rules.toString(), classes.toString()});
        List<String> firstBuild = classFiles(classes);
        assertThat(firstBuild).isNotEmpty().containsExactlyInAnyOrderElementsOf(written(classes));
        assertThat(PrecompileRules.writtenList(classes)).as("a build record, not in the classes").hasParent(work);

        Files.writeString(rules.resolve("a.drl"), "package pryv.sizing;\nrule \"second\" when Integer(intValue > 2) then end\n");
        PrecompileRules.main(new String[] {rules.toString(), classes.toString()});
        List<String> secondBuild = classFiles(classes);

        assertThat(secondBuild).containsExactlyInAnyOrderElementsOf(written(classes));
        assertThat(firstBuild).as("the first rules' own classes").anyMatch(name -> !secondBuild.contains(name));
        RuleSource.RuleTree tree = RuleSource.RuleTree.read(rules);
        assertThat(Files.readAllLines(classes.resolve(PrecompiledRules.index(Profile.V1))).get(0))
                .isEqualTo(CompiledRules.hash(RuleSource.of(Profile.V1, tree, tree).drlByName()));
        try (Stream<Path> all = Files.walk(classes)) {
            assertThat(all.filter(Files::isDirectory).filter(PrecompileRulesTest::isEmpty)).as("empty folders").isEmpty();
        }
    }

    private static List<String> written(Path classes) throws Exception {
        return Files.readAllLines(PrecompileRules.writtenList(classes), StandardCharsets.UTF_8);
    }

    private static List<String> classFiles(Path classes) throws Exception {
        try (Stream<Path> all = Files.walk(classes)) {
            return all.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> classes.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
