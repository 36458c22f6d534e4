package io.pryv.sizer.model;

import java.math.BigDecimal;

/**
 * Identical machines of one role in one zone, at the role's minimum: what the machine rules insert
 * before upgrades. {@code tier} tells register leader from followers ("leader", "follower"), else "".
 */
public record MachineGroup(Role role, String tier, String zone, long count,
                           int vcpu, BigDecimal ramGb, int servicesDiskGb, long dataDiskGb) {

    /** Role and tier as a reader says it: "register leader", "core". */
    public String label() {
        return tier.isEmpty() ? role.label() : role.label() + " " + tier;
    }
}
