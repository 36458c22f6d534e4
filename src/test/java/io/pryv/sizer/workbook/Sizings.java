package io.pryv.sizer.workbook;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.ChecklistItem;
import io.pryv.sizer.model.ChecklistItem.Checklist;
import io.pryv.sizer.model.Constant;
import io.pryv.sizer.model.CoreDataDisk;
import io.pryv.sizer.model.DailyEgress;
import io.pryv.sizer.model.Decision;
import io.pryv.sizer.model.Finding;
import io.pryv.sizer.model.FirewallRule;
import io.pryv.sizer.model.MachineGroup;
import io.pryv.sizer.model.Metric;
import io.pryv.sizer.model.MetricLoad;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.Role;
import io.pryv.sizer.model.RoleSpec;
import io.pryv.sizer.model.Sizing;
import io.pryv.sizer.model.StorageYear;
import io.pryv.sizer.model.OsSupport;
import io.pryv.sizer.model.SupportedOs;
import io.pryv.sizer.model.SystemRequirement;
import io.pryv.sizer.model.SystemRequirement.Met;
import io.pryv.sizer.model.Topology;
import io.pryv.sizer.model.Upgrade;
import io.pryv.sizer.model.Zone;
import io.pryv.sizer.model.ZoneCapacity;
import io.pryv.sizer.model.ZoneCores;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.pryv.sizer.model.FirewallRule.Direction.INBOUND;
import static io.pryv.sizer.model.FirewallRule.Direction.OUTBOUND;
import static io.pryv.sizer.model.FirewallRule.Source.GUIDE;
import static io.pryv.sizer.model.FirewallRule.Source.PRODUCT;
import static io.pryv.sizer.model.FirewallRule.Source.PRYV_CONFIG;

/**
 * Sizings built by hand from SIZING.md, so the writer tests need no rules engine. Every number is
 * worked out in the comments from the questionnaire, not copied from code output.
 */
final class Sizings {
    private Sizings() {}

    /**
     * One zone, 100 000 users, margin 20 %:
     * write 100 000 × 0.02 × 1.2 = 2 400 req/s → ⌈2400/2000⌉ = 2 cores (the write load sets them);
     * read 100 000 × 0.01 × 1.2 = 1 200 req/s → 1 core. Per core: write 1 200 (60 % of 2 000, above
     * half the limit → 4 vCPU), read 600 (30 %). Users on the fullest core: 50 000.
     * Daily MB per user = max(0.01, 20 points × 250 B / 10^6 = 0.005) = 0.01.
     * Core data disk = ⌈50 000 × 0.01 × 365 × 2 years × 1.25 / 1000⌉ = ⌈456.25⌉ = 457 GB; after
     * year 1 ⌈228.125⌉ = 229 GB. Platform: 2 cores → 458 and 914 GB.
     * Egress: 100 000 × 0.5 MB = 50 000 MB/day.
     * Machines: static-web (1 vCPU, 0.5 GB, 10 GB), register leader and 1 follower (1, 2, 20, data 15),
     * 2 cores (4, 4, 30, 457) → 5 machines, 11 vCPU, 12.5 GB RAM, data 15+15+914 = 944 GB,
     * services 10+20+20+60 = 110 GB.
     */
    static Sizing loadPartitioned(String customer) {
        Questionnaire q = Questionnaires.builder().customer(customer).project("Patient portal")
                .zone("Switzerland", "Zürich", 100_000)
                .writeRps("0.02").readRps("0.01").writeMBPerDay("0.01").writePointsPerDay("20")
                .retentionYears("2").readMBPerDay("0.5").docker("20.10").compose("1.29").build();
        ZoneCapacity zone = new ZoneCapacity(q.zones().get(0),
                new ZoneCores("Switzerland", 100_000, 2, Metric.WRITE_RPS, 50_000),
                List.of(new MetricLoad("Switzerland", Metric.WRITE_RPS, dec("2400.00"), dec("2000"), 2),
                        new MetricLoad("Switzerland", Metric.READ_RPS, dec("1200.00"), dec("2000"), 1),
                        new MetricLoad("Switzerland", Metric.ATTACHMENT_READ_RPS, dec("0"), dec("600"), 0),
                        new MetricLoad("Switzerland", Metric.ATTACHMENT_WRITE_MBPS, dec("0"), dec("100"), 0)),
                new CoreDataDisk("Switzerland", dec("0.01"), 457),
                new DailyEgress("Switzerland", dec("50000.0")));
        List<MachineGroup> groups = List.of(
                new MachineGroup(Role.STATIC_WEB, "", "Switzerland", 1, 1, dec("0.5"), 10, 0),
                new MachineGroup(Role.REGISTER, "leader", "Switzerland", 1, 1, dec("2"), 20, 15),
                new MachineGroup(Role.REGISTER, "follower", "Switzerland", 1, 1, dec("2"), 20, 15),
                new MachineGroup(Role.CORE, "", "Switzerland", 2, 4, dec("4"), 30, 457));
        return new Sizing(q, "test-rules", Topology.CLUSTER_LOAD_PARTITIONED, 1,
                List.of(zone), groups,
                List.of(new Upgrade(Role.CORE, "Switzerland", "high requests: write load per core above half its limit", 4, dec("4"))),
                List.of(new StorageYear("Switzerland", dec("1"), 229), new StorageYear("Switzerland", dec("2"), 457)),
                firewall(), systemRequirements(true), List.of(), checklists(), roleSpecs(), supportedOs(), constants(),
                List.of(new Decision("topology: several cores in the one zone partition for load", "",
                                "one zone that needs 2 cores (set by write requests): users are spread over the cores"),
                        new Decision("core count: the write load sets the number of cores", "Switzerland",
                                "2,400 req/s over 2,000 per core → 2 cores")));
    }

    /**
     * {@code zones} zones of {@code coresPerZone} cores each: 1 000 users per core with 1 write
     * req/s each, margin 20 % → 1 200 req/s per core, cores = zone users / 1 000.
     */
    static Sizing large(int zones, int coresPerZone) {
        Questionnaires.Builder b = Questionnaires.builder().writeRps("1").retentionYears("3");
        for (int i = 1; i <= zones; i++) b.zone("Zone " + i, "City " + i, coresPerZone * 1000L);
        Questionnaire q = b.build();
        List<ZoneCapacity> capacity = new ArrayList<>();
        List<MachineGroup> groups = new ArrayList<>(List.of(
                new MachineGroup(Role.STATIC_WEB, "", "Zone 1", 1, 1, dec("0.5"), 10, 0),
                new MachineGroup(Role.REGISTER, "leader", "Zone 1", 1, 1, dec("2"), 20, 15)));
        List<StorageYear> storage = new ArrayList<>();
        for (Zone z : q.zones()) {
            BigDecimal load = dec(Long.toString(z.users())).multiply(dec("1.2"));
            capacity.add(new ZoneCapacity(z, new ZoneCores(z.name(), z.users(), coresPerZone, Metric.WRITE_RPS, 1000),
                    List.of(new MetricLoad(z.name(), Metric.WRITE_RPS, load, dec("2000"), coresPerZone),
                            new MetricLoad(z.name(), Metric.READ_RPS, dec("0"), dec("2000"), 0),
                            new MetricLoad(z.name(), Metric.ATTACHMENT_READ_RPS, dec("0"), dec("600"), 0),
                            new MetricLoad(z.name(), Metric.ATTACHMENT_WRITE_MBPS, dec("0"), dec("100"), 0)),
                    new CoreDataDisk(z.name(), dec("0"), 0), new DailyEgress(z.name(), dec("0"))));
            groups.add(new MachineGroup(Role.CORE, "", z.name(), coresPerZone, 4, dec("4"), 30, 0));
            for (int y = 1; y <= 3; y++) storage.add(new StorageYear(z.name(), dec(Integer.toString(y)), 0));
        }
        List<Decision> decisions = new ArrayList<>();
        decisions.add(new Decision("topology: more than one zone partitions by compliance zone", "", zones + " compliance zones"));
        q.zones().forEach(z -> decisions.add(new Decision("core count: the write load sets the number of cores", z.name(), "write load")));
        return new Sizing(q, "test-rules", Topology.CLUSTER_COMPLIANCE_ZONES, 0, capacity, groups, List.of(), storage,
                firewall(), systemRequirements(true), List.of(), checklists(), roleSpecs(), supportedOs(), constants(),
                decisions);
    }

    /** A single node whose planned Docker is too old: a warning and an unmet requirement. */
    static Sizing singleNodeWithFindings() {
        Questionnaire q = Questionnaires.builder().zone("Main", "Lausanne", 1000).writeRps("0.1")
                .pointsPerRequest("20000").docker("18.09").date(LocalDate.of(2024, 3, 1)).build();
        ZoneCapacity zone = new ZoneCapacity(q.zones().get(0), new ZoneCores("Main", 1000, 1, Metric.WRITE_RPS, 1000),
                List.of(new MetricLoad("Main", Metric.WRITE_RPS, dec("120.0"), dec("2000"), 1),
                        new MetricLoad("Main", Metric.READ_RPS, dec("0"), dec("2000"), 0),
                        new MetricLoad("Main", Metric.ATTACHMENT_READ_RPS, dec("0"), dec("600"), 0),
                        new MetricLoad("Main", Metric.ATTACHMENT_WRITE_MBPS, dec("0"), dec("100"), 0)),
                new CoreDataDisk("Main", dec("0"), 0), new DailyEgress("Main", dec("0")));
        return new Sizing(q, "test-rules", Topology.SINGLE_NODE, 0, List.of(zone),
                List.of(new MachineGroup(Role.SINGLE_NODE, "", "Main", 1, 2, dec("4"), 30, 0)),
                List.of(), List.of(new StorageYear("Main", dec("1"), 0)), firewall(), systemRequirements(false),
                List.of(new Finding("DOCKER_TOO_OLD", Finding.Severity.WARNING, "Docker 18.09 is below the required 19."),
                        new Finding("PAGING", Finding.Severity.NOTE, "Reads return 20,000 points: use paging.")),
                checklists(), roleSpecs(), supportedOs(), constants(),
                List.of(new Decision("topology: otherwise a single node", "", "one zone, one core and no rapid growth expected")));
    }

    private static List<FirewallRule> firewall() {
        return List.of(new FirewallRule(INBOUND, "internet", "static-web", "443/tcp", "HTTPS", GUIDE),
                new FirewallRule(INBOUND, "internet", "register", "53/udp", "DNS", GUIDE),
                new FirewallRule(INBOUND, "internet", "register", "443/tcp", "HTTPS", GUIDE),
                new FirewallRule(INBOUND, "internet", "core", "443/tcp", "HTTPS", GUIDE),
                new FirewallRule(INBOUND, "register followers", "register leader", "6379/tcp", "Register replication", PRYV_CONFIG),
                new FirewallRule(INBOUND, "administrators' network", "all machines", "22/tcp", "SSH", PRODUCT),
                new FirewallRule(OUTBOUND, "core", "mail relay (SMTP)", "587/tcp", "E-mails", PRODUCT));
    }

    private static List<SystemRequirement> systemRequirements(boolean dockerMet) {
        return List.of(new SystemRequirement("Operating system", "Ubuntu 16.04, Ubuntu 18.04, Ubuntu 20.04, Ubuntu 22.04, in standard support", "Ubuntu 20.04", Met.YES),
                new SystemRequirement("Docker", "19 or later", dockerMet ? "20.10" : "18.09", Met.of(dockerMet)),
                new SystemRequirement("docker-compose", "1.21 or later", "", Met.UNKNOWN));
    }

    private static List<ChecklistItem> checklists() {
        return List.of(new ChecklistItem(Checklist.HARDENING, "all machines", "SSH by key only."),
                new ChecklistItem(Checklist.HARDENING, "all machines", "Host firewall on, default deny inbound."),
                new ChecklistItem(Checklist.BACKUPS, "core", "Dump MongoDB and InfluxDB; copy attachments."),
                new ChecklistItem(Checklist.BACKUPS, "register", "Save the Redis data and the configuration."),
                new ChecklistItem(Checklist.MONITORING, "all machines", "Load and CPU, disk space and IOPS, RAM and swap."));
    }

    private static List<RoleSpec> roleSpecs() {
        return List.of(new RoleSpec(Role.SINGLE_NODE, 2, dec("4"), 30, List.of("443/tcp", "53/udp")),
                new RoleSpec(Role.STATIC_WEB, 1, dec("0.5"), 10, List.of("443/tcp")),
                new RoleSpec(Role.REGISTER, 1, dec("2"), 20, List.of("443/tcp", "53/udp")),
                new RoleSpec(Role.CORE, 2, dec("4"), 30, List.of("443/tcp")));
    }

    /** On the questionnaires' date, 2024-03-01, without Ubuntu Pro. */
    private static List<OsSupport> supportedOs() {
        return List.of(
                new OsSupport(new SupportedOs("Ubuntu 16.04", LocalDate.of(2021, 4, 30), LocalDate.of(2026, 4, 30)), false, OsSupport.Status.ENDED),
                new OsSupport(new SupportedOs("Ubuntu 18.04", LocalDate.of(2023, 5, 31), LocalDate.of(2028, 4, 30)), false, OsSupport.Status.ENDED),
                new OsSupport(new SupportedOs("Ubuntu 20.04", LocalDate.of(2025, 5, 31), LocalDate.of(2030, 4, 30)), false, OsSupport.Status.STANDARD),
                new OsSupport(new SupportedOs("Ubuntu 22.04", LocalDate.of(2027, 5, 31), LocalDate.of(2032, 4, 30)), false, OsSupport.Status.STANDARD));
    }

    private static List<Constant> constants() {
        return List.of(new Constant("CORE_MAX_WRITE_RPS", dec("2000"), "req/s", "guide", "Write requests per second one core serves"),
                new Constant("REGISTER_REPLICATION_PORT", dec("6379"), "tcp port", "Pryv config", "Port of register replication"),
                new Constant("MIN_DOCKER_COMPOSE_VERSION", dec("1.21"), "version", "guide", "Lowest docker-compose version"));
    }

    static BigDecimal dec(String v) {
        return new BigDecimal(v);
    }
}
