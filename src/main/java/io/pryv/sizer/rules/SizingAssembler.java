package io.pryv.sizer.rules;

import io.pryv.sizer.model.*;
import io.pryv.sizer.rules.RuleSession.Facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Sizing made of one run's facts: each list in the order the outputs print it. It decides nothing:
 * every figure, the upgraded machines included, is a fact a rule inserted.
 */
final class SizingAssembler {
    private static final List<String> SYSTEM_ITEMS = List.of("Operating system", "Docker", "docker-compose");
    private final String version;
    /** Each rule's position in reading order, and the position of the first rule of its concern. */
    private final Map<String, Integer> rulePosition = new HashMap<>();
    private final Map<String, Integer> concernPosition = new HashMap<>();

    SizingAssembler(String version, List<String> rulesInReadingOrder) {
        this.version = version;
        for (int i = 0; i < rulesInReadingOrder.size(); i++) {
            rulePosition.putIfAbsent(rulesInReadingOrder.get(i), i);
            concernPosition.putIfAbsent(concern(rulesInReadingOrder.get(i)), i);
        }
    }

    Sizing assemble(Questionnaire q, Facts facts) {
        // Zone positions and per-zone facts looked up once: a questionnaire may have 1000 zones.
        Map<String, Integer> zonePosition = new HashMap<>();
        for (Zone z : q.zones()) zonePosition.putIfAbsent(z.name(), zonePosition.size());
        Comparator<String> byZone = Comparator.comparingInt(zone -> zonePosition.getOrDefault(zone, -1));

        Map<String, ZoneCores> cores = firstByZone(facts.of(ZoneCores.class), ZoneCores::zone);
        Map<String, List<MetricLoad>> loads = facts.of(MetricLoad.class).stream()
                .collect(Collectors.groupingBy(MetricLoad::zone));
        Map<String, CoreDataDisk> disks = firstByZone(facts.of(CoreDataDisk.class), CoreDataDisk::zone);
        Map<String, DailyEgress> egress = firstByZone(facts.of(DailyEgress.class), DailyEgress::zone);
        // Year 1: the cores the bill of materials buys.
        Map<String, ZoneHeadroom> headroom = firstByZone(facts.of(ZoneHeadroom.class).stream().filter(h -> h.year() == 1).toList(),
                ZoneHeadroom::zone);
        List<ZoneCapacity> zones = new ArrayList<>();
        for (Zone z : q.zones()) {
            zones.add(new ZoneCapacity(z,
                    forZone(cores, z, ZoneCores.class),
                    loads.getOrDefault(z.name(), List.of()).stream().sorted(Comparator.comparing(MetricLoad::metric)).toList(),
                    forZone(disks, z, CoreDataDisk.class),
                    forZone(egress, z, DailyEgress.class),
                    forZone(headroom, z, ZoneHeadroom.class)));
        }
        // A group the upgrade rule raised is listed raised; the others stay at their role's minimum.
        Map<MachineGroup, MachineGroup> upgraded = new IdentityHashMap<>();
        for (UpgradedGroup u : facts.of(UpgradedGroup.class)) upgraded.put(u.atMinimum(), u.upgraded());
        List<MachineGroup> groups = facts.of(MachineGroup.class).stream()
                .sorted(Comparator.comparingInt(SizingAssembler::roleOrder).thenComparing(MachineGroup::zone, byZone))
                .map(g -> upgraded.getOrDefault(g, g)).toList();
        List<FollowerCount> followers = facts.of(FollowerCount.class);
        PlatformTopology topology = facts.one(PlatformTopology.class);
        return new Sizing(q, version,
                topology.topology(),
                topology.reason(),
                followers.isEmpty() ? 0 : followers.get(0).count(),
                facts.of(RegisterReplication.class).stream().map(RegisterReplication::port).findFirst().orElse(""),
                zones,
                groups,
                facts.of(Upgrade.class).stream()
                        .sorted(Comparator.comparing(Upgrade::zone, byZone).thenComparing(Upgrade::situation)).toList(),
                facts.of(StorageYear.class).stream()
                        .sorted(Comparator.comparing(StorageYear::zone, byZone).thenComparing(StorageYear::year)).toList(),
                facts.of(PlanYear.class).stream().sorted(Comparator.comparingInt(PlanYear::year)).toList(),
                facts.of(Costs.class).stream().findFirst().orElse(null),
                // Kind by kind, the platform's lines before the zones'; within them as the rules inserted them.
                facts.of(PurchaseLine.class).stream().sorted(Comparator.comparing(PurchaseLine::kind)
                        .thenComparing(PurchaseLine::zone, byZone)).toList(),
                facts.of(FirewallRule.class).stream().sorted(Comparator.comparing(FirewallRule::direction)
                        .thenComparing(FirewallRule::source).thenComparing(FirewallRule::from)
                        .thenComparingInt(r -> machineNameOrder(r.to())).thenComparingInt(r -> portNumber(r.port()))
                        .thenComparing(FirewallRule::to, String.CASE_INSENSITIVE_ORDER)).toList(),
                facts.of(SystemRequirement.class).stream()
                        .sorted(Comparator.comparingInt(r -> SYSTEM_ITEMS.indexOf(r.item()))).toList(),
                facts.of(Finding.class).stream().sorted(Comparator.comparing(Finding::severity).thenComparing(Finding::code)).toList(),
                facts.of(ChecklistItem.class).stream().sorted(Comparator.comparing(ChecklistItem::checklist)
                        .thenComparing(i -> scopeOrder(i))).toList(),
                facts.of(RoleSpec.class).stream().sorted(Comparator.comparing(RoleSpec::role)).toList(),
                facts.of(OsSupport.class).stream().sorted(Comparator.comparing(OsSupport::name)).toList(),
                facts.of(Constant.class).stream().sorted(Comparator.comparing(Constant::key)).toList(),
                facts.of(Decision.class).stream().sorted(decisionOrder(zonePosition)).toList(),
                facts.of(Refusal.class));
    }

    /** Each zone's first fact of a kind, in insertion order. */
    private static <T> Map<String, T> firstByZone(List<T> facts, Function<T, String> zone) {
        Map<String, T> first = new HashMap<>();
        for (T fact : facts) first.putIfAbsent(zone.apply(fact), fact);
        return first;
    }

    private static <T> T forZone(Map<String, T> byZone, Zone zone, Class<T> type) {
        T fact = byZone.get(zone.name());
        if (fact == null) throw new IllegalStateException("the rules made no " + type.getSimpleName() + " for zone " + zone.name());
        return fact;
    }

    /** The log reads concern by concern (rule files in reading order), zone by zone, then rule by rule. */
    private Comparator<Decision> decisionOrder(Map<String, Integer> zonePosition) {
        return Comparator.comparingInt((Decision d) -> concernPosition.getOrDefault(concern(d.rule()), Integer.MAX_VALUE))
                .thenComparingInt(d -> d.zone().isEmpty() ? -1 : zonePosition.getOrDefault(d.zone(), -1))
                .thenComparingInt(d -> rulePosition.getOrDefault(d.rule(), Integer.MAX_VALUE));
    }

    /** The concern a rule name starts with: "core count" for "core count: write requests…". */
    private static String concern(String rule) {
        return rule.contains(":") ? rule.substring(0, rule.indexOf(':')) : rule;
    }

    /** Machines in the order purchasing reads them: the front (static-web), the register's leader, its followers, the cores. */
    private static int roleOrder(MachineGroup g) {
        return g.role().displayOrder() * Tier.values().length + g.tier().ordinal();
    }

    /**
     * The display order of each machine name a firewall line can give, "core" or "register leader"; built from
     * the roles and tiers, so a new role needs no case here. Matched whole: "mail relay (SMTP)", outside the
     * platform, is no role even if a role is called "mail relay".
     */
    private static final Map<String, Integer> MACHINE_NAME_ORDER = new HashMap<>();
    static {
        for (Role r : Role.values()) for (Tier t : Tier.values()) MACHINE_NAME_ORDER.put(t.label(r), r.displayOrder());
    }

    /** Openings to the platform's own machines in role order, then those to the outside world. */
    static int machineNameOrder(String name) {
        return MACHINE_NAME_ORDER.getOrDefault(name, Integer.MAX_VALUE);
    }

    /** 53 before 443: a port such as "53/udp+tcp" sorts by its number, not as text. */
    private static int portNumber(String port) {
        return Integer.parseInt(port.substring(0, port.indexOf('/')));
    }

    /** Items for every machine first, then role by role. */
    private static int scopeOrder(ChecklistItem item) {
        return item.role() == null ? 0 : item.role().displayOrder() + 1;
    }
}
