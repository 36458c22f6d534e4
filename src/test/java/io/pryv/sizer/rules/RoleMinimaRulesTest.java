package io.pryv.sizer.rules;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.Role;
import io.pryv.sizer.model.RoleSpec;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.pryv.sizer.rules.ExactRecords.assertExactly;
import static org.assertj.core.api.Assertions.assertThat;

/** rules/role-minima.drl: the table of SIZING.md §4 (and the guide's "System requirements"), exactly. */
class RoleMinimaRulesTest {

    @Test
    void theGuidesMinimumMachineForEachRole() {
        var made = RuleVerifier.given().fire("role minima: the guide's minimum machine for each role");
        // role          vCPU  RAM GB  services disk GB  inbound
        // single node   2     4       30                443/tcp, 53/udp
        // static-web    1     0.5     10                443/tcp          (guide: 512 MB)
        // register      1     2       20                443/tcp, 53/udp
        // core          2     4       30                443/tcp
        assertExactly(made.of(RoleSpec.class),
                new RoleSpec(Role.SINGLE_NODE, 2, new BigDecimal("4"), 30, List.of("443/tcp", "53/udp")),
                new RoleSpec(Role.STATIC_WEB, 1, new BigDecimal("0.5"), 10, List.of("443/tcp")),
                new RoleSpec(Role.REGISTER, 1, new BigDecimal("2"), 20, List.of("443/tcp", "53/udp")),
                new RoleSpec(Role.CORE, 2, new BigDecimal("4"), 30, List.of("443/tcp")));
    }

    @Test
    void oneSpecPerRoleWhateverTheQuestionnaire() {
        // No condition: four specs once, not once per zone (three zones given here).
        var made = RuleVerifier.given(Questionnaires.builder().zone("A", "", 1).zone("B", "", 1).zone("C", "", 1).build())
                .fire("role minima: the guide's minimum machine for each role");
        assertThat(made.timesFired()).isEqualTo(1);
        // v1's four roles; the database host is Pryv.io v2's (V2RoleMinimaRulesTest).
        assertThat(made.of(RoleSpec.class)).extracting(RoleSpec::role)
                .containsExactlyInAnyOrder(Role.SINGLE_NODE, Role.STATIC_WEB, Role.REGISTER, Role.CORE);
    }
}
