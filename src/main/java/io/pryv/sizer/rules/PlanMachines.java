package io.pryv.sizer.rules;

import io.pryv.sizer.model.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machines of one plan year, laid out from what the rules decided (SIZING.md §8): the bill of materials'
 * machines (upgrades applied), each zone's cores that year, the followers that year. It decides nothing itself;
 * plan.drl calls it. In service, a data disk has the size provisioned that year; added, the size it is bought at.
 */
public final class PlanMachines {
    private final Topology topology;
    private final List<Zone> zones;
    /** The bill of materials by role, tier and zone, upgrades applied. */
    private final Map<List<Object>, MachineGroup> bill = new LinkedHashMap<>();
    private final MachineGroup followerSpec;

    public PlanMachines(Topology topology, Questionnaire q, List<?> groups, List<?> upgraded, RoleSpec register, long registerDiskGb) {
        this.topology = topology;
        this.zones = q.zones();
        Map<MachineGroup, MachineGroup> raised = new java.util.IdentityHashMap<>();
        for (Object o : upgraded) raised.put(((UpgradedGroup) o).atMinimum(), ((UpgradedGroup) o).upgraded());
        for (Object o : groups) {
            MachineGroup g = raised.getOrDefault((MachineGroup) o, (MachineGroup) o);
            bill.put(key(g.role(), g.tier(), g.zone()), g);
        }
        this.followerSpec = new MachineGroup(Role.REGISTER, Tier.FOLLOWER, "", 1, register.vcpu(), register.ramGb(),
                register.servicesDiskGb(), registerDiskGb);
    }

    private static List<Object> key(Role role, Tier tier, String zone) {
        return List.of(role, tier, zone);
    }

    /** Followers per zone: follower i (from 0) stands in zone (1 + i) mod zones, so the leader's zone comes last. */
    public static long[] followersPerZone(long followers, int zones) {
        long[] perZone = new long[zones];
        for (long i = 0; i < followers; i++) perZone[(int) ((1 + i) % zones)]++;
        return perZone;
    }

    /** The machines in service in a year with {@code zoneYears} (questionnaire order) and {@code followers}. */
    public List<MachineGroup> inService(List<ZoneYear> zoneYears, long followers) {
        List<MachineGroup> out = new ArrayList<>();
        if (topology == Topology.SINGLE_NODE) {
            ZoneYear y = zoneYears.get(0);
            out.add(withDisk(bill.get(key(Role.SINGLE_NODE, Tier.NONE, y.zone())), 1, y.dataDiskGb()));
            return out;
        }
        String first = zones.get(0).name();
        out.add(bill.get(key(Role.STATIC_WEB, Tier.NONE, first)));
        out.add(bill.get(key(Role.REGISTER, Tier.LEADER, first)));
        long[] perZone = followersPerZone(followers, zones.size());
        for (int z = 0; z < zones.size(); z++) {
            int k = (1 + z) % zones.size();
            if (perZone[k] == 0) continue;
            MachineGroup spec = bill.getOrDefault(key(Role.REGISTER, Tier.FOLLOWER, zones.get(k).name()), followerSpec);
            out.add(withZone(withDisk(spec, perZone[k], spec.dataDiskGb()), zones.get(k).name()));
        }
        for (ZoneYear y : zoneYears) out.add(withDisk(bill.get(key(Role.CORE, Tier.NONE, y.zone())), y.cores(), y.dataDiskGb()));
        return out;
    }

    /** What is in service this year and was not the year before, by role, tier and zone, at the size it is bought. */
    public List<MachineGroup> added(List<MachineGroup> before, List<MachineGroup> now) {
        Map<List<Object>, Long> had = new LinkedHashMap<>();
        for (MachineGroup g : before) had.merge(key(g.role(), g.tier(), g.zone()), g.count(), Long::sum);
        List<MachineGroup> added = new ArrayList<>();
        for (MachineGroup g : now) {
            long more = g.count() - had.getOrDefault(key(g.role(), g.tier(), g.zone()), 0L);
            if (more <= 0) continue;
            MachineGroup bought = bill.getOrDefault(key(g.role(), g.tier(), g.zone()), withZone(followerSpec, g.zone()));
            added.add(withDisk(bought, more, bought.dataDiskGb()));
        }
        return added;
    }

    private static MachineGroup withDisk(MachineGroup g, long count, long dataDiskGb) {
        return new MachineGroup(g.role(), g.tier(), g.zone(), count, g.vcpu(), g.ramGb(), g.servicesDiskGb(), dataDiskGb);
    }

    private static MachineGroup withZone(MachineGroup g, String zone) {
        return new MachineGroup(g.role(), g.tier(), zone, g.count(), g.vcpu(), g.ramGb(), g.servicesDiskGb(), g.dataDiskGb());
    }
}
