package io.pryv.sizer.rules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule of the compiled KieBase has a test: its name appears as a string literal in a
 * {@code fire("...")} call of some *Test.java of this package. And every such literal names a rule,
 * so a misspelt name cannot pass a "must not match" test by never firing.
 */
class RuleCoverageTest {

    private static final Path TESTS = Path.of("src/test/java/io/pryv/sizer/rules");
    private static final Pattern FIRE = Pattern.compile("\\bfire\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)");

    private static TreeSet<String> firedInTests() throws IOException {
        TreeSet<String> names = new TreeSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(TESTS, "*Test.java")) {
            for (Path f : files) {
                if (f.getFileName().toString().equals("RuleCoverageTest.java")) continue; // its own messages quote fire("...")
                Matcher m = FIRE.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) names.add(m.group(1));
            }
        }
        return names;
    }

    @Test
    void everyRuleHasATest() throws IOException {
        List<String> rules = allRuleNames();
        assertThat(rules).isNotEmpty();
        TreeSet<String> tested = firedInTests();
        List<String> uncovered = rules.stream().filter(r -> !tested.contains(r)).toList();
        assertThat(uncovered)
                .withFailMessage("rules with no fire(\"...\") in any test of %s:%n  %s", TESTS, String.join("\n  ", uncovered))
                .isEmpty();
    }

    @Test
    void everyTestedNameIsARule() throws IOException {
        List<String> rules = allRuleNames();
        List<String> unknown = firedInTests().stream().filter(n -> !rules.contains(n)).toList();
        assertThat(unknown)
                .withFailMessage("fire(\"...\") names no rule of the KieBase (renamed or misspelt?):%n  %s", String.join("\n  ", unknown))
                .isEmpty();
    }

    /** The rules of every profile; a shared rule is named once. */
    private static List<String> allRuleNames() {
        SizingRules all = RuleVerifier.rules();
        return all.profiles().stream().flatMap(p -> all.ruleNames(p).stream()).distinct().sorted().toList();
    }
}
