package io.pryv.sizer.rules;

import io.pryv.sizer.model.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machines of one plan year, laid out from what the rules decided (SIZING.md §8): the bill of materials'
 * machines (upgrades applied), each zone's cores that year, the followers that year (Pryv.io v1), or each zone's cores
 * and database hosts that year (v2). It decides nothing itself; each profile's plan.drl calls it. In service, a data
 * disk has the size provisioned that year; added, the size it is bought at.
 */
public final class PlanMachines {
    private final Topology topology;
    private final List<Zone> zones;
    /** The bill of materials by role, tier and zone, upgrades applied. */
    private final Map<List<Object>, MachineGroup> bill = new LinkedHashMap<>();
    /** Pryv.io v1's register follower as bought; null for v2, which has no register. */
    private final MachineGroup followerSpec;
    /** The smallest data disk of a machine holding user data in any year (Pryv.io v2); 0 for v1. */
    private final long minDataDiskGb;

    public PlanMachines(Topology topology, Questionnaire q, List<?> groups, List<?> upgraded, RoleSpec register, long registerDiskGb) {
        this(topology, q, groups, upgraded, new MachineGroup(Role.REGISTER, Tier.FOLLOWER, "", 1, register.vcpu(),
                register.ramGb(), register.servicesDiskGb(), registerDiskGb), 0);
    }

    /** Pryv.io v2 (SIZING-v2.md §4): cores and their database hosts only, no data disk below {@code minDataDiskGb}. */
    public PlanMachines(Topology topology, Questionnaire q, List<?> groups, List<?> upgraded, long minDataDiskGb) {
        this(topology, q, groups, upgraded, (MachineGroup) null, minDataDiskGb);
    }

    private PlanMachines(Topology topology, Questionnaire q, List<?> groups, List<?> upgraded, MachineGroup followerSpec,
                         long minDataDiskGb) {
        this.topology = topology;
        this.zones = q.zones();
        Map<MachineGroup, MachineGroup> raised = new java.util.IdentityHashMap<>();
        for (Object o : upgraded) raised.put(((UpgradedGroup) o).atMinimum(), ((UpgradedGroup) o).upgraded());
        for (Object o : groups) {
            MachineGroup g = raised.getOrDefault((MachineGroup) o, (MachineGroup) o);
            bill.put(key(g.role(), g.tier(), g.zone()), g);
        }
        this.followerSpec = followerSpec;
        this.minDataDiskGb = minDataDiskGb;
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

    /** Pryv.io v2's machines in service in a year with {@code zoneYears} (questionnaire order): cores and database hosts. */
    public List<MachineGroup> coresInService(List<ZoneYear> zoneYears) {
        List<MachineGroup> out = new ArrayList<>();
        for (ZoneYear y : zoneYears) {
            for (Role role : List.of(Role.CORE, Role.DATABASE_HOST)) {
                MachineGroup g = bill.get(key(role, Tier.NONE, y.zone()));
                // The year's data, never below the smallest disk nor above the disk bought: a core beside its
                // database host keeps the smallest disk every year.
                if (g != null) out.add(withDisk(g, y.cores(), Math.min(g.dataDiskGb(), Math.max(minDataDiskGb, y.dataDiskGb()))));
            }
        }
        return out;
    }

    /** Pryv.io v1's machines in service in a year with {@code zoneYears} (questionnaire order) and {@code followers}. */
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
            MachineGroup bought = bill.get(key(g.role(), g.tier(), g.zone()));
            if (bought == null) bought = withZone(followerSpec, g.zone());
            added.add(withDisk(bought, more, bought.dataDiskGb()));
        }
        return added;
    }

    /** What the machines in service cost over the year: twelve months of each (SIZING.md §9); null without prices. */
    public static BigDecimal cost(Prices prices, List<MachineGroup> inService) {
        if (prices == null) return null;
        BigDecimal monthly = BigDecimal.ZERO;
        for (MachineGroup g : inService) monthly = monthly.add(prices.monthly(g).multiply(BigDecimal.valueOf(g.count())));
        return monthly.multiply(BigDecimal.valueOf(12));
    }

    /** Each zone's ZoneYear of {@code year}, in questionnaire order. */
    public static List<ZoneYear> zoneYears(Questionnaire q, List<?> zoneYears, int year) {
        return ofYear(q, zoneYears, ZoneYear.class, year, ZoneYear::zone, ZoneYear::year);
    }

    /** Each zone's ZoneHeadroom of {@code year}, in questionnaire order. */
    public static List<ZoneHeadroom> headroom(Questionnaire q, List<?> headroom, int year) {
        return ofYear(q, headroom, ZoneHeadroom.class, year, ZoneHeadroom::zone, ZoneHeadroom::year);
    }

    private static <T> List<T> ofYear(Questionnaire q, List<?> facts, Class<T> type, int year,
                                      java.util.function.Function<T, String> zone, java.util.function.ToIntFunction<T> yearOf) {
        Map<String, T> byZone = new java.util.HashMap<>();
        for (Object o : facts) {
            T fact = type.cast(o);
            if (yearOf.applyAsInt(fact) == year) byZone.putIfAbsent(zone.apply(fact), fact);
        }
        List<T> out = new ArrayList<>();
        for (Zone z : q.zones()) out.add(byZone.get(z.name()));
        return out;
    }

    private static MachineGroup withDisk(MachineGroup g, long count, long dataDiskGb) {
        return new MachineGroup(g.role(), g.tier(), g.zone(), count, g.vcpu(), g.ramGb(), g.servicesDiskGb(), dataDiskGb);
    }

    private static MachineGroup withZone(MachineGroup g, String zone) {
        return new MachineGroup(g.role(), g.tier(), zone, g.count(), g.vcpu(), g.ramGb(), g.servicesDiskGb(), g.dataDiskGb());
    }
}
