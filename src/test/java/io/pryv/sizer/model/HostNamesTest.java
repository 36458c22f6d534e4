package io.pryv.sizer.model;

import io.pryv.sizer.Questionnaires;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sizing.machines(): every host gets a name of its own, whatever role a profile adds. */
class HostNamesTest {

    private static MachineGroup group(Role role, Tier tier, String zone, long count) {
        return new MachineGroup(role, tier, zone, count, 1, BigDecimal.ONE, 10, 0);
    }

    private static List<String> hostNames(List<MachineGroup> groups) {
        Questionnaire q = Questionnaires.builder().zone("Zürich", "", 100).zone("Genève", "", 100).build();
        Sizing s = new Sizing(q, "test", Topology.CLUSTER_COMPLIANCE_ZONES, "", 0, "", List.of(), groups, List.of(),
                List.of(), List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        return s.machines().stream().map(Machine::hostName).toList();
    }

    @Test
    void aRoleWithOneMachineKeepsItsBareName() {
        assertThat(hostNames(List.of(group(Role.STATIC_WEB, Tier.NONE, "Zürich", 1), group(Role.REGISTER, Tier.LEADER, "Zürich", 1),
                group(Role.CORE, Tier.NONE, "Genève", 1))))
                .containsExactly("static-web", "register-leader", "core-geneve-01");
    }

    @Test
    void aRoleThatIsNotNumberedIsNumberedOnceItHasSeveralMachines() {
        // A role placed once per zone, as a profile's new role may be: "static-web" twice would be one name for two hosts.
        assertThat(hostNames(List.of(group(Role.STATIC_WEB, Tier.NONE, "Zürich", 1), group(Role.STATIC_WEB, Tier.NONE, "Genève", 2))))
                .containsExactly("static-web-zurich-01", "static-web-geneve-01", "static-web-geneve-02");
    }
}
