package io.pryv.sizer.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rules that do not compile stop the load with a message that points to the right place. */
class RuleCompileErrorsTest {
    @TempDir
    Path rules;

    @Test
    void anErrorInTheConditionsNamesItsLine() throws Exception {
        Files.writeString(rules.resolve("broken.drl"), """
                package pryv.sizing;

                rule "broken"
                when
                    String(length >>> 2)
                then
                end
                """);
        assertThatThrownBy(() -> SizingRules.load(rules)).isInstanceOf(RulesException.class)
                .hasMessageStartingWith("the rules in " + rules + " do not compile:\n  broken.drl:5: ");
    }

    /** Drools gives the rule's first line for an error in its Java consequence: the message must not pretend otherwise. */
    @Test
    void anErrorInTheConsequenceNamesTheRuleAndSaysItIsInItsThenPart() throws Exception {
        Files.writeString(rules.resolve("broken.drl"), """
                package pryv.sizing;

                rule "broken"
                when
                    String()
                then
                    int x = ;
                end
                """);
        assertThatThrownBy(() -> SizingRules.load(rules)).isInstanceOf(RulesException.class)
                .hasMessageContaining("  broken.drl:3: in the 'then' part of the rule that starts on this line: Syntax error")
                .message().doesNotContain("Rule Compilation error");
    }

    /** The compiler's follow-on messages for one error stand under it, not as lines of their own without a file. */
    @Test
    void theFollowOnLinesOfAnErrorAreIndentedUnderIt() throws Exception {
        Files.writeString(rules.resolve("broken.drl"), """
                package pryv.sizing;

                rule "broken"
                when
                    String()
                then
                    not this;
                end
                """);
        assertThatThrownBy(() -> SizingRules.load(rules)).isInstanceOf(RulesException.class)
                .satisfies(e -> assertThat(e.getMessage().lines().skip(1))
                        .allMatch(line -> line.startsWith("  broken.drl:3: ") || line.startsWith("      ")));
    }
}
