package io.pryv.sizer.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One year of the plan (SIZING.md §8, §9): its topology, each zone's users and cores ({@code zones} and
 * {@code headroom}, in questionnaire order), the machines in service with the data disk provisioned that year
 * ({@code inService}), those bought this year ({@code added}; year 1: the bill of materials), and what the year
 * costs ({@code cost}, exact; null without prices).
 */
public record PlanYear(int year, Topology topology, List<ZoneYear> zones, List<ZoneHeadroom> headroom,
                       List<MachineGroup> inService, List<MachineGroup> added, BigDecimal cost) {
    /** What the outputs say of a plan without growth figures, and where the customer would give them. */
    public static final String NO_GROWTH = "No growth figures were given: every year has the users of year 1. The users of "
            + "years 2 to " + Zone.GROWTH_YEARS + " beside the zones (" + Question.Sheet.DEPLOYMENT.sheetName
            + " sheet) would give a plan that grows.";

    public PlanYear {
        zones = List.copyOf(zones);
        headroom = List.copyOf(headroom);
        inService = List.copyOf(inService);
        added = List.copyOf(added);
    }

    /**
     * The machines of {@code label} ("core", "register leader") in {@code zone} as they run this year, data disk as
     * provisioned: what this year's cost pays for a line of the bill of materials.
     */
    public MachineGroup inService(String label, String zone) {
        for (MachineGroup g : inService) if (g.label().equals(label) && g.zone().equals(zone)) return g;
        throw new IllegalArgumentException("no " + label + " in service in year " + year + " in " + zone);
    }

    /** Machines in service this year. */
    public long machines() {
        return inService.stream().mapToLong(MachineGroup::count).sum();
    }

    /** Cores in service (or the single node): the zones' cores this year; a v2 database host is not one. */
    public long cores() {
        return zones.stream().mapToLong(ZoneYear::cores).sum();
    }

    /** Machines bought this year. */
    public long machinesAdded() {
        return added.stream().mapToLong(MachineGroup::count).sum();
    }

    /** Users over every zone this year. */
    public long users() {
        return zones.stream().mapToLong(ZoneYear::users).sum();
    }

    /** Data disk provisioned this year over every machine, the registers' included. */
    public long dataDiskGb() {
        return inService.stream().mapToLong(g -> g.count() * g.dataDiskGb()).sum();
    }
}
