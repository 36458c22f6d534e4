package io.pryv.sizer.rules;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.Constant;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Questionnaire;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** rules/v2/constants-v2.drl: the numbers of SIZING-v2.md §2 and §4, each with its source. */
class V2ConstantsRulesTest {

    private static final Questionnaire V2 = Questionnaires.builder().set(Question.PLATFORM_VERSION, "v2")
            .zone("CH", "Bern", 100).build();

    private static Map<String, Constant> fire(String rule) {
        return RuleVerifier.given(V2).fire(rule).of(Constant.class).stream()
                .collect(Collectors.toMap(Constant::key, c -> c));
    }

    private static void assertConstant(Constant c, String value, String unit, String source) {
        assertThat(c.value()).isEqualByComparingTo(value);
        assertThat(c.unit()).isEqualTo(unit);
        assertThat(c.source()).isEqualTo(source);
        assertThat(c.meaning()).isNotBlank();
    }

    @Test
    void perCoreLimitsOfTheV2Guide() {
        Map<String, Constant> c = fire("constants: per-core limits of the v2 guide");
        assertThat(c).containsKeys("CORE_MAX_PREVIEW_RPS", "CORE_MAX_USERS");
        assertConstant(c.get("CORE_MAX_PREVIEW_RPS"), "100", "req/s", "guide");
        // Fewer than 10,000 users per core.
        assertConstant(c.get("CORE_MAX_USERS"), "9999", "users", "guide");
    }

    @Test
    void machinesOfTheV2Guide() {
        Map<String, Constant> c = fire("constants: machines of the v2 guide");
        assertConstant(c.get("CORE_VCPU"), "2", "vCPU", "guide");
        assertConstant(c.get("CORE_RAM_GB"), "8", "GB", "guide");
        assertConstant(c.get("CORE_SERVICES_DISK_GB"), "20", "GB", "product");
        assertConstant(c.get("DATABASE_HOST_VCPU"), "2", "vCPU", "guide");
        assertConstant(c.get("DATABASE_HOST_RAM_GB"), "4", "GB", "guide");
        assertConstant(c.get("DATABASE_HOST_SERVICES_DISK_GB"), "20", "GB", "product");
        assertConstant(c.get("MIN_DATA_DISK_GB"), "15", "GB", "guide");
    }

    @Test
    void upgradesOfTheV2Guide() {
        Map<String, Constant> c = fire("constants: upgrades of the v2 guide");
        assertThat(c).containsKeys("PREVIEW_MIN_VCPU");
        assertConstant(c.get("PREVIEW_MIN_VCPU"), "4", "vCPU", "guide");
    }

    @Test
    void workersOfAV2Core() {
        // Pryv config defaults: 2 API workers, at most 4 (one per vCPU), an HFS and a previews worker; guide v2: a 4 GB
        // floor and about 200 MB per worker beyond the defaults.
        Map<String, Constant> c = fire("constants: workers of a v2 core");
        assertConstant(c.get("CORE_API_WORKERS"), "2", "workers", "Pryv config");
        assertConstant(c.get("CORE_MAX_API_WORKERS"), "4", "workers", "Pryv config");
        assertConstant(c.get("CORE_OTHER_WORKERS"), "2", "workers", "Pryv config");
        assertConstant(c.get("CORE_MIN_RAM_GB"), "4", "GB", "guide");
        assertConstant(c.get("RAM_PER_EXTRA_WORKER_GB"), "0.2", "GB", "guide");
    }

    @Test
    void theV2ProfileReusesTheSharedLimitsAndV1KeepsItsOwn() {
        // One place for each number: v2 adds no second write limit, and v1 sees none of v2's constants.
        var v2 = RuleVerifier.given(V2).fire("constants: per-core limits of the guide").of(Constant.class);
        assertThat(v2).extracting(Constant::key).contains("CORE_MAX_WRITE_RPS");
        Questionnaire v1 = Questionnaires.builder().zone("CH", "Bern", 100).build();
        assertThat(RuleVerifier.given(v1).fire("constants: per-core limits of the guide").of(Constant.class))
                .extracting(Constant::key).doesNotContain("CORE_MAX_PREVIEW_RPS");
    }
}
