package io.pryv.sizer.model;

import java.math.BigDecimal;

/**
 * Identical machines of one role in one zone, at the role's minimum: what the machine rules insert
 * before upgrades. {@code tier} tells register leader from followers, else {@link Tier#NONE}.
 */
public record MachineGroup(Role role, Tier tier, String zone, long count,
                           int vcpu, BigDecimal ramGb, int servicesDiskGb, long dataDiskGb) {

    /** Role and tier as a reader says it: "register leader", "core". */
    public String label() {
        return tier.label(role);
    }
}
