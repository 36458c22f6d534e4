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

    /** "2 cores in DE, 1 register follower in CH": machines by role and zone, as the log and the outputs say what a year adds. */
    public static String describe(java.util.List<MachineGroup> groups) {
        return describe(groups, "in");
    }

    /** As {@link #describe(java.util.List)}, the zone after {@code where}: "1 register follower added in CH". */
    public static String describe(java.util.List<MachineGroup> groups, String where) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (MachineGroup g : groups) parts.add(Numbers.countOf(g.count(), g.label()) + " " + where + " " + g.zone());
        return String.join(", ", parts);
    }
}
