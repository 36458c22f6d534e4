package io.pryv.sizer.rules;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Role;
import io.pryv.sizer.model.RoleSpec;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.pryv.sizer.rules.ExactRecords.assertExactly;

/** rules/v2/role-minima.drl: SIZING-v2.md §4's core and database host, and what each serves to the internet. */
class V2RoleMinimaRulesTest {

    @Test
    void aCoreServesHttpsAndADatabaseHostNothingFromTheInternet() {
        var q = Questionnaires.builder().set(Question.PLATFORM_VERSION, "v2").zone("CH", "Bern", 100).build();
        var made = RuleVerifier.given(q).fire("role minima: the v2 core and database host");
        // 53/udp is not the core's own: it depends on the cores and the DNS mode (the firewall rules decide).
        assertExactly(made.of(RoleSpec.class),
                new RoleSpec(Role.CORE, 2, new BigDecimal("8"), 20, List.of("443/tcp")),
                new RoleSpec(Role.DATABASE_HOST, 2, new BigDecimal("4"), 20, List.of()));
    }
}
