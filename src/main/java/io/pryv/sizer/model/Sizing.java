package io.pryv.sizer.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the rules decided for one questionnaire: the single model that feeds the workbook and the
 * brief. Machine groups already carry their upgrades. Lists keep the order the outputs print.
 * {@code topologyReason} is the topology rule's reason; {@code replicationPort} the port of the register's
 * replication ("tcp/6379"), "" when it has no followers.
 * {@code plan} has a row per plan year (the first is what the bill of materials buys); {@code costs} is null
 * without prices. {@code purchase} lists what to order or arrange, the machines first (see {@link PurchaseLine.Kind}).
 * Refusals, when the rules made any, mean the answers are not to be sized and no output is written.
 */
public record Sizing(
        Questionnaire questionnaire,
        String rulesVersion,
        Topology topology,
        String topologyReason,
        int registerFollowers,
        String replicationPort,
        List<ZoneCapacity> zones,
        List<MachineGroup> machineGroups,
        List<Upgrade> upgrades,
        List<StorageYear> storage,
        List<PlanYear> plan,
        Costs costs,
        List<PurchaseLine> purchase,
        List<FirewallRule> firewall,
        List<SystemRequirement> systemRequirements,
        List<Finding> findings,
        List<ChecklistItem> checklists,
        List<RoleSpec> roleSpecs,
        List<OsSupport> osSupport,
        List<Constant> constants,
        List<Decision> decisions,
        List<Refusal> refusals) {

    public Sizing {
        zones = List.copyOf(zones);
        machineGroups = List.copyOf(machineGroups);
        upgrades = List.copyOf(upgrades);
        storage = List.copyOf(storage);
        plan = List.copyOf(plan);
        purchase = List.copyOf(purchase);
        firewall = List.copyOf(firewall);
        systemRequirements = List.copyOf(systemRequirements);
        findings = List.copyOf(findings);
        checklists = List.copyOf(checklists);
        roleSpecs = List.copyOf(roleSpecs);
        osSupport = List.copyOf(osSupport);
        constants = List.copyOf(constants);
        decisions = List.copyOf(decisions);
        refusals = List.copyOf(refusals);
    }

    /** The plan's last year, P. */
    public PlanYear lastPlanYear() {
        return plan.get(plan.size() - 1);
    }

    /** Machines to procure: the number of machines of every group, summed. */
    public long vmCount() {
        return machineGroups.stream().mapToLong(MachineGroup::count).sum();
    }

    /** The platform's cores, or its single node (a database host holds user data but is no core). */
    public long coreCount() {
        return machineGroups.stream()
                .filter(g -> g.role().core())
                .mapToLong(MachineGroup::count).sum();
    }

    public long totalVcpu() {
        return machineGroups.stream().mapToLong(g -> g.count() * g.vcpu()).sum();
    }

    public BigDecimal totalRamGb() {
        return machineGroups.stream().map(g -> g.ramGb().multiply(BigDecimal.valueOf(g.count())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public long totalServicesDiskGb() {
        return machineGroups.stream().mapToLong(g -> g.count() * g.servicesDiskGb()).sum();
    }

    /**
     * The role, apart from the machines holding user data, that keeps the directory of which core holds each user
     * (v1's register), so that the outputs can name it beside the data disks and the replication; null when there is
     * none (a single node, Pryv.io v2).
     */
    public Role directoryRole() {
        return machineGroups.stream().map(MachineGroup::role).filter(r -> r.directory() && !r.holdsUserData())
                .findFirst().orElse(null);
    }

    /**
     * The firewall opening that joins machines of one role to each other (Pryv.io v2's cores, in one Raft cluster):
     * the rule from a role to itself, as the drawing links those machines; null when there is none (v1, one core).
     */
    public FirewallRule peerLink() {
        return firewall.stream().filter(r -> r.from().equals(r.to())).findFirst().orElse(null);
    }

    /**
     * The firewall opening into the machines that each serve one core (Pryv.io v2's database hosts), as the drawing
     * joins each to its core; null when the platform has none.
     */
    public FirewallRule oneCoreLink() {
        List<String> labels = machineGroups.stream().map(MachineGroup::role).filter(Role::ofOneCore).map(Role::label).distinct().toList();
        return firewall.stream().filter(r -> labels.contains(r.to())).findFirst().orElse(null);
    }

    /** Data disks of every machine, the registers' included. */
    public long totalDataDiskGb() {
        return machineGroups.stream().mapToLong(g -> g.count() * g.dataDiskGb()).sum();
    }

    /** Bill of materials: groups of the same role and size merged, in the order they first appear. */
    public List<MachineType> machineTypes() {
        Map<List<Object>, MachineType> types = new LinkedHashMap<>();
        for (MachineGroup g : machineGroups) {
            List<Object> key = List.of(g.label(), g.vcpu(), g.ramGb().stripTrailingZeros(), g.servicesDiskGb(), g.dataDiskGb());
            types.merge(key,
                    new MachineType(g.label(), g.role(), Map.of(g.zone(), g.count()), g.vcpu(), g.ramGb(),
                            g.servicesDiskGb(), g.dataDiskGb()),
                    (a, b) -> {
                        Map<String, Long> counts = new LinkedHashMap<>(a.countByZone());
                        b.countByZone().forEach((zone, n) -> counts.merge(zone, n, Long::sum));
                        return new MachineType(a.label(), a.role(), counts, a.vcpu(), a.ramGb(), a.servicesDiskGb(), a.dataDiskGb());
                    });
        }
        return List.copyOf(types.values());
    }

    /** Every machine with its host name, in bill-of-materials order. */
    public List<Machine> machines() {
        List<Machine> machines = new ArrayList<>();
        Map<String, String> slugs = zoneSlugs();
        // A role and tier with several machines is numbered even if its role is not, so that no two hosts share a name.
        Map<String, Long> machinesPerName = new HashMap<>();
        for (MachineGroup g : machineGroups) machinesPerName.merge(g.label(), g.count(), Long::sum);
        for (MachineGroup g : machineGroups) {
            boolean numbered = g.role().numbered() || g.tier().numbered() || machinesPerName.get(g.label()) > 1;
            for (long i = 1; i <= g.count(); i++) {
                machines.add(new Machine(hostName(g.role(), g.tier(), numbered, slugs.get(g.zone()), i), g.role(), g.tier(), g.zone(),
                        g.vcpu(), g.ramGb(), g.servicesDiskGb(), g.dataDiskGb()));
            }
        }
        return machines;
    }

    /**
     * "core-zurich-01", "register-leader", "register-follower-geneva-01": the role's prefix, the tier, then the zone
     * and a number where it is numbered (so that each name says where it stands).
     * Concatenated, as String.format costs too much for 100,000 machines.
     */
    static String hostName(Role role, Tier tier, boolean numbered, String zoneSlug, long number) {
        String name = tier == Tier.NONE ? role.hostPrefix() : role.hostPrefix() + "-" + tier.label();
        if (!numbered) return name;
        return name + "-" + zoneSlug + (number < 10 ? "-0" : "-") + number;
    }

    /** Platform data disk (all cores, or the single node) by year of retention. */
    public Map<BigDecimal, Long> coreDataDiskByYear() {
        Map<String, Long> coresPerZone = new LinkedHashMap<>();
        zones.forEach(z -> coresPerZone.put(z.zone().name(), z.cores().cores()));
        Map<BigDecimal, Long> byYear = new LinkedHashMap<>();
        for (StorageYear y : storage) {
            byYear.merge(y.year(), y.gbPerCore() * coresPerZone.get(y.zone()), Long::sum);
        }
        return byYear;
    }

    /** Latin letters without their accents; letters that do not decompose (ł, ø, ß…) spelled out. */
    private static String asciiLetters(String text) {
        String plain = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder(plain.length());
        for (char c : plain.toCharArray()) {
            out.append(switch (c) {
                case 'ł' -> "l"; case 'Ł' -> "L"; case 'ø' -> "o"; case 'Ø' -> "O"; case 'đ' -> "d"; case 'Đ' -> "D";
                case 'ß' -> "ss"; case 'æ' -> "ae"; case 'Æ' -> "AE"; case 'œ' -> "oe"; case 'Œ' -> "OE";
                case 'þ' -> "th"; case 'Þ' -> "TH";
                default -> String.valueOf(c);
            });
        }
        return out.toString();
    }

    /** Longest zone part of a host name, so that "core-<zone>-01" stays short enough to type. */
    private static final int MAX_ZONE_SLUG = 20;

    /** Host-name part for each zone: lower-case letters and digits; the zone's position where that is empty or taken. */
    private Map<String, String> zoneSlugs() {
        Map<String, String> slugs = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        int position = 0;
        for (Zone z : questionnaire.zones()) {
            position++;
            String full = asciiLetters(z.name()).toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            // Cut after the last whole word that fits ("baden-wurttemberg", not "baden-wurttemberg-un"), unless
            // another zone has it already: then at the length limit, which keeps "baden-wurttemberg-su" apart.
            int wordEnd = full.lastIndexOf('-', MAX_ZONE_SLUG);
            List<String> tries = full.length() <= MAX_ZONE_SLUG ? List.of(full)
                    : List.of(wordEnd > 0 ? full.substring(0, wordEnd) : full.substring(0, MAX_ZONE_SLUG),
                            full.substring(0, MAX_ZONE_SLUG).replaceAll("-+$", ""));
            String slug = tries.stream().filter(t -> !t.isEmpty() && !used.contains(t)).findFirst().orElse("z" + position);
            for (int k = 2; used.contains(slug); k++) slug = "z" + position + "-" + k;   // a zone named "Z2" took it
            used.add(slug);
            slugs.put(z.name(), slug);
        }
        return slugs;
    }
}
