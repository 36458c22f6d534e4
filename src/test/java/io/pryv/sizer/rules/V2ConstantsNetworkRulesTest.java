package io.pryv.sizer.rules;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.Constant;
import io.pryv.sizer.model.Question;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * rules/v2/constants-v2-network.drl: v2's versions (guide v2 "System requirements"; Node.js from the code's
 * package.json) and ports (the code's config/default-config.yml; MongoDB from guide v2), each with its source.
 */
class V2ConstantsNetworkRulesTest {

    private static final Object V2_TWO_ZONES = Questionnaires.builder().set(Question.PLATFORM_VERSION, "v2")
            .zone("A", "", 1).zone("B", "", 1).build();

    private static Map<String, Constant> constants(RuleVerifier.Result made) {
        assertThat(made.timesFired()).isEqualTo(1);
        return made.of(Constant.class).stream().collect(Collectors.toMap(Constant::key, c -> c));
    }

    private static void assertConstant(Map<String, Constant> all, String key, String plain, String unit, String source) {
        assertThat(all).containsKey(key);
        Constant c = all.get(key);
        // As typed: a version 20.10 must not read 20.1.
        assertThat(c.value().toPlainString()).as(key).isEqualTo(plain);
        assertThat(c.unit()).as(key).isEqualTo(unit);
        assertThat(c.source()).as(key).isEqualTo(source);
        assertThat(c.isName()).as(key).isTrue();
    }

    @Test
    void systemSoftware() {
        var all = constants(RuleVerifier.given(V2_TWO_ZONES).fire("constants: v2 system software"));
        assertConstant(all, "MIN_DOCKER_VERSION", "20.10", "version", "guide");
        assertConstant(all, "MIN_DOCKER_COMPOSE_VERSION", "2", "version", "guide");
        assertConstant(all, "NODE_JS_MAJOR_VERSION", "24", "version", "Pryv config");
    }

    @Test
    void ports() {
        var all = constants(RuleVerifier.given(V2_TWO_ZONES).fire("constants: v2 ports"));
        assertConstant(all, "RAFT_PORT", "4002", "tcp port", "Pryv config");
        assertConstant(all, "RQLITE_HTTP_PORT", "4001", "tcp port", "Pryv config");
        assertConstant(all, "SMTP_TLS_PORT", "465", "tcp port", "Pryv config");
        assertConstant(all, "POSTGRESQL_PORT", "5432", "tcp port", "Pryv config");
        assertConstant(all, "MONGODB_PORT", "27017", "tcp port", "guide");
    }

    @Test
    void workerPorts() {
        var all = constants(RuleVerifier.given(V2_TWO_ZONES).fire("constants: v2 worker ports"));
        assertConstant(all, "API_PORT", "3000", "tcp port", "Pryv config");
        assertConstant(all, "HFS_PORT", "4000", "tcp port", "Pryv config");
    }
}
