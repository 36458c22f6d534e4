package io.pryv.sizer.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The constants the template's help texts cite: every profile's in one map, v2's under a V2_ prefix. */
class HelpConstantsTest {
    @TempDir
    Path dir;

    @Test
    void v1KeepsItsKeysAndV2sConstantsComeUnderItsName() throws Exception {
        // A rules tree whose v2 folder holds one constant of its own (shared/ and v1/ are the packaged ones).
        Files.createDirectories(dir.resolve("v2"));
        Files.writeString(dir.resolve("v2").resolve("constants-v2.drl"), """
                package pryv.sizing;
                import io.pryv.sizer.model.Constant;
                import java.math.BigDecimal;
                rule "constants: software of the test's v2"
                when
                then
                    insert(new Constant("MIN_DOCKER_VERSION", new BigDecimal("20.10"), "version", "guide", "Lowest Docker version"));
                end
                """);

        Map<String, BigDecimal> help = SizingRules.load(dir).helpConstants();

        // v1's own figure (rules/v1/constants-v1.drl), then v2's under its prefix; v2 sees the shared constants too.
        assertThat(help).containsEntry("MIN_DOCKER_VERSION", new BigDecimal("19"))
                .containsEntry("V2_MIN_DOCKER_VERSION", new BigDecimal("20.10"))
                .containsKey("V2_CORE_MAX_WRITE_RPS").doesNotContainKey("V2_REGISTER_DATA_DISK_GB");
    }
}
