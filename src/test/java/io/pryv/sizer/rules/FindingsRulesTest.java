package io.pryv.sizer.rules;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.CoreDataDisk;
import io.pryv.sizer.model.PlanYear;
import io.pryv.sizer.model.Topology;
import io.pryv.sizer.model.ZoneYear;
import io.pryv.sizer.model.Finding;
import io.pryv.sizer.model.Finding.Severity;
import io.pryv.sizer.model.Finding.Topic;
import io.pryv.sizer.model.FollowerCount;
import io.pryv.sizer.model.MachineGroup;
import io.pryv.sizer.model.Tier;
import io.pryv.sizer.model.Metric;
import io.pryv.sizer.model.OsSupport;
import io.pryv.sizer.model.PeakUsers;
import io.pryv.sizer.model.OsSupport.Status;
import io.pryv.sizer.model.SupportedOs;
import io.pryv.sizer.model.PlatformTopology;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.RegisterDataDisk;
import io.pryv.sizer.model.Role;
import io.pryv.sizer.model.Topology;
import io.pryv.sizer.model.ZoneCores;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** rules/shared/findings.drl and rules/v1/findings-v1.drl: SIZING.md §5. Findings change no number; each test checks the finding and its absence. */
class FindingsRulesTest {

    // --- finding: a core's data disk larger than one virtual disk ---

    private static Questionnaire threeZones() {
        return Questionnaires.builder().zone("CH", "Bern", 1_000).zone("PL", "Łódź", 1_000).zone("DE", "Berlin", 1_000).build();
    }

    @Test
    void aDataDiskAboveSixteenThousandGbIsWarnedOfOnceForThePlatform() {
        var made = RuleVerifier.given(threeZones(), new PlatformTopology(Topology.CLUSTER_COMPLIANCE_ZONES),
                new CoreDataDisk("CH", BigDecimal.ONE, 16_000), new CoreDataDisk("PL", BigDecimal.ONE, 711_750),
                new CoreDataDisk("DE", BigDecimal.ONE, 16_001), new RegisterDataDisk(15)).fire("finding: a data disk larger than one virtual disk");
        Finding f = made.one(Finding.class);
        assertThat(f.code()).isEqualTo("LARGE_DATA_DISK");
        assertThat(f.topic()).isEqualTo(Topic.STORAGE);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        // 16 000 is not above 16 000: CH is not named.
        assertThat(f.text()).startsWith("The data disk of a core in 2 zones (PL, DE) is above 16,000 GB (the largest: 711,750 GB)");
        assertThat(made.reasons()).isEqualTo("data disks above 16,000 GB: a core in 2 zones (PL, DE); largest 711,750 GB");
    }

    @Test
    void theRegisterMachinesCountToo() {
        // 10^10 users: 15 GB × ⌈10^10 / 100 000⌉ = 1,500,000 GB on every register machine, cores small.
        Finding f = RuleVerifier.given(threeZones(), new PlatformTopology(Topology.CLUSTER_COMPLIANCE_ZONES),
                new CoreDataDisk("CH", BigDecimal.ONE, 100), new CoreDataDisk("PL", BigDecimal.ONE, 100),
                new CoreDataDisk("DE", BigDecimal.ONE, 20_000), new RegisterDataDisk(1_500_000))
                .fire("finding: a data disk larger than one virtual disk").one(Finding.class);
        assertThat(f.text()).startsWith("The data disk of a core in DE and of the register machines is above 16,000 GB "
                + "(the largest: 1,500,000 GB)");
    }

    @Test
    void aSingleNodeIsNamedAsSuch() {
        Questionnaire q = Questionnaires.builder().zone("Main", "Bern", 1_000).build();
        Finding f = RuleVerifier.given(q, new PlatformTopology(Topology.SINGLE_NODE),
                new CoreDataDisk("Main", BigDecimal.ONE, 20_000)).fire("finding: a data disk larger than one virtual disk").one(Finding.class);
        assertThat(f.text()).startsWith("The data disk of the single node is above 16,000 GB (the largest: 20,000 GB)");
    }

    @Test
    void noFindingWhileADiskIsMissingOrEveryDiskFits() {
        // Two of three zones known, or no register disk yet: the rule waits rather than warn twice.
        assertThat(RuleVerifier.given(threeZones(), new PlatformTopology(Topology.CLUSTER_COMPLIANCE_ZONES),
                new CoreDataDisk("CH", BigDecimal.ONE, 20_000), new CoreDataDisk("PL", BigDecimal.ONE, 20_000),
                new RegisterDataDisk(15)).fire("finding: a data disk larger than one virtual disk").of(Finding.class)).isEmpty();
        assertThat(RuleVerifier.given(threeZones(), new PlatformTopology(Topology.CLUSTER_COMPLIANCE_ZONES),
                new CoreDataDisk("CH", BigDecimal.ONE, 20_000), new CoreDataDisk("PL", BigDecimal.ONE, 20_000),
                new CoreDataDisk("DE", BigDecimal.ONE, 20_000))
                .fire("finding: a data disk larger than one virtual disk").of(Finding.class)).isEmpty();
        assertThat(RuleVerifier.given(threeZones(), new PlatformTopology(Topology.CLUSTER_COMPLIANCE_ZONES),
                new CoreDataDisk("CH", BigDecimal.ONE, 16_000), new CoreDataDisk("PL", BigDecimal.ONE, 0),
                new CoreDataDisk("DE", BigDecimal.ONE, 15_999), new RegisterDataDisk(16_000))
                .fire("finding: a data disk larger than one virtual disk").of(Finding.class)).isEmpty();
    }

    // --- finding: no data written, so the data disks are empty ---

    private static RuleVerifier.Result noDataWritten(Topology topology, String dailyMbPerUser) {
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 1_000).zone("PL", "Łódź", 1_000).build();
        return RuleVerifier.given(q, new PlatformTopology(topology), new CoreDataDisk("CH", new BigDecimal(dailyMbPerUser), 0),
                new CoreDataDisk("PL", new BigDecimal(dailyMbPerUser), 0)).fire("finding: no data written, so the data disks are empty");
    }

    @Test
    void noDataWrittenPerDayIsWarnedOfOnce() {
        // The template's defaults (0 points, 0 MB per day) give 0 GB disks: one warning for the platform, not per zone.
        var made = noDataWritten(Topology.CLUSTER_COMPLIANCE_ZONES, "0");
        Finding f = made.one(Finding.class);
        assertThat(f.code()).isEqualTo("NO_DATA_WRITTEN");
        assertThat(f.topic()).isEqualTo(Topic.STORAGE);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.text()).isEqualTo("The questionnaire gives no data written per day (0 data points and 0 MB per user), "
                + "so the data disk of every core is 0 GB. Check these answers before ordering: the data disks hold everything "
                + "the users store.");
        assertThat(made.reasons()).isEqualTo("0 MB and 0 data points written per user per day: data disks of 0 GB");
        assertThat(noDataWritten(Topology.SINGLE_NODE, "0.0").one(Finding.class).text())
                .contains("so the data disk of the single node is 0 GB");
    }

    @Test
    void anyDataWrittenIsNoFinding() {
        // The smallest volume still rounds up to a 1 GB disk: nothing to warn of.
        assertThat(noDataWritten(Topology.CLUSTER_COMPLIANCE_ZONES, "0.000001").timesFired()).isZero();
    }

    // --- finding: large result sets should use paging ---

    @Test
    void largeResultSetsShouldUsePaging() {
        // 10 001 points per request > 10 000 (guide: "Big (>10000 points) result sets should use paging").
        var made = RuleVerifier.given(Questionnaires.builder().pointsPerRequest("10001").build())
                .fire("finding: large result sets should use paging");
        Finding f = made.one(Finding.class);
        assertThat(f.code()).isEqualTo("READ_PAGING");
        assertThat(f.topic()).isEqualTo(Topic.LOAD);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.text()).contains("10,001 points, more than 10,000");
    }

    @Test
    void exactlyTenThousandPointsNeedNoPaging() {
        // 10 000 is not above 10 000: must not match.
        assertThat(RuleVerifier.given(Questionnaires.builder().pointsPerRequest("10000").build())
                .fire("finding: large result sets should use paging").timesFired()).isZero();
    }

    // --- finding: a zone with implausibly many cores ---

    private static final String MISREAD = "Is that one active user's own rate rather than the platform's peak divided by its users?";

    private static ZoneCores cores(String zone, long cores, Metric metric) {
        return new ZoneCores(zone, 1_000, cores, metric, 1);
    }

    private static RuleVerifier.Result manyCores(Questionnaire q, Object... zoneCores) {
        Object[] facts = new Object[zoneCores.length + 1];
        facts[0] = q;
        System.arraycopy(zoneCores, 0, facts, 1, zoneCores.length);
        return RuleVerifier.given(facts).fire("finding: a zone with implausibly many cores");
    }

    @Test
    void aZoneAboveOneHundredCoresNamesTheAnswerThatSetThem() {
        // 8,400 users × 1 MB/s × 1.2 = 10,080 MB/s; / (200 MB/s × 0.5) = 100.8 → 101 cores, above 100.
        Questionnaire q = Questionnaires.builder().zone("DE", "Berlin", 8_400).attachmentWriteMBps("1").build();
        var made = manyCores(q, cores("DE", 101, Metric.ATTACHMENT_WRITE_MBPS));
        Finding f = made.one(Finding.class);
        assertThat(f.code()).isEqualTo("MANY_CORES");
        assertThat(f.topic()).isEqualTo(Topic.MACHINES);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.text()).isEqualTo("DE needs 101 cores, set by attachment writes: 'Data Production'!C6 (Attachment writes) "
                + "is 1 MB/s per user. " + MISREAD + " More than 100 cores in one zone is seldom meant: check this answer before ordering.");
        assertThat(made.reasons()).isEqualTo("DE 101 > 100 cores, set by attachment writes at 1 MB/s per user");
    }

    @Test
    void zonesAboveOneHundredCoresShareOneFindingPerMetric() {
        // CH at exactly 100 cores is not named; PL and DE are, in the questionnaire's order.
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 1_000).zone("PL", "Łódź", 1_000).zone("DE", "Berlin", 1_000)
                .readRps("0.5").build();
        Finding f = manyCores(q, cores("DE", 3_483, Metric.READ_RPS), cores("CH", 100, Metric.READ_RPS),
                cores("PL", 150, Metric.READ_RPS)).one(Finding.class);
        assertThat(f.text()).isEqualTo("2 zones need more than 100 cores (PL 150, DE 3,483), set by read requests: "
                + "'Data Consumption'!C5 (Read requests per second) is 0.5 req/s per user. " + MISREAD
                + " More than 100 cores in one zone is seldom meant: check this answer before ordering.");
    }

    @Test
    void coresSetByTheDataDiskCapAreNoMisreadPeak() {
        // 101 cores from a data-disk cap: no per-user peak behind them to question, so no finding (and no failure).
        Questionnaire q = Questionnaires.builder().zone("DE", "Berlin", 1_000).set(Question.MAX_DATA_DISK_PER_CORE_GB, "1").build();
        assertThat(manyCores(q, cores("DE", 101, Metric.DATA_DISK)).of(Finding.class)).isEmpty();
    }

    @Test
    void oneHundredCoresOrAZoneNotYetSizedIsNoFinding() {
        // 8,333 users × 1 MB/s × 1.2 = 9,999.6 MB/s → 100 cores: not above 100.
        Questionnaire one = Questionnaires.builder().zone("DE", "Berlin", 8_333).attachmentWriteMBps("1").build();
        assertThat(manyCores(one, cores("DE", 100, Metric.ATTACHMENT_WRITE_MBPS)).of(Finding.class)).isEmpty();
        // PL's cores not known yet: the rule waits rather than warn twice.
        assertThat(manyCores(threeZones(), cores("CH", 500, Metric.WRITE_RPS), cores("DE", 500, Metric.WRITE_RPS))
                .of(Finding.class)).isEmpty();
    }

    // --- finding: a platform with implausibly many machines ---

    private static MachineGroup group(Role role, Tier tier, String zone, long count) {
        return new MachineGroup(role, tier, zone, count, 2, BigDecimal.valueOf(4), 20, 0);
    }

    /**
     * A cluster in one zone whose users send 1 write request per second each, planned over 1 year: 1 static-web,
     * 1 register leader, 1 register follower and {@code coreCount} cores in service.
     */
    private static RuleVerifier.Result oneZoneCluster(long users, long coreCount) {
        return oneZoneCluster(Questionnaires.builder().zone("DE", "Berlin", users).writeRps("1").planYears(1).build(), coreCount, Metric.WRITE_RPS);
    }

    private static RuleVerifier.Result oneZoneCluster(Questionnaire q, long coreCount, Metric setBy) {
        long users = q.zones().get(0).users();
        PlanYear year = new PlanYear(1, Topology.CLUSTER_LOAD_PARTITIONED,
                List.of(new ZoneYear("DE", 1, users, coreCount, setBy, coreCount, coreCount, users / coreCount + 1, 0)), List.of(),
                List.of(group(Role.STATIC_WEB, Tier.NONE, "DE", 1), group(Role.REGISTER, Tier.LEADER, "DE", 1),
                        group(Role.REGISTER, Tier.FOLLOWER, "DE", 1), group(Role.CORE, Tier.NONE, "DE", coreCount)), List.of(), null);
        return RuleVerifier.given(q, year).fire("finding: a platform with implausibly many machines");
    }

    @Test
    void moreThanOneThousandMachinesNameTheAnswerBehindMostCores() {
        // 1,663,000 × 1 req/s × 1.2 = 1,995,600 req/s; / 2,000 → 998 cores. 1 + 1 + 1 + 998 = 1,001 machines, above
        // 1,000; the 997 cores above the zone's first come from write requests, more than the 1 zone gives.
        var made = oneZoneCluster(1_663_000, 998);
        Finding f = made.one(Finding.class);
        assertThat(f.code()).isEqualTo("MANY_MACHINES");
        assertThat(f.topic()).isEqualTo(Topic.MACHINES);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.text()).isEqualTo("The platform needs 1,001 machines, more than 1,000; most are cores set by write requests: "
                + "'Data Production'!C5 (Write requests per second) is 1 req/s per user. " + MISREAD + " Check this answer before ordering.");
        assertThat(made.reasons()).isEqualTo("1,001 machines > 1,000; most cores come from write requests");
    }

    @Test
    void moreThanOneThousandMachinesFromTheDataDiskCapNameTheCap() {
        // 998 cores set by a 1 GB cap + static-web, leader and follower = 1,001 machines, above 1,000.
        Questionnaire q = Questionnaires.builder().zone("DE", "Berlin", 1_000_000).set(Question.MAX_DATA_DISK_PER_CORE_GB, "1")
                .planYears(1).build();
        var made = oneZoneCluster(q, 998, Metric.DATA_DISK);
        assertThat(made.one(Finding.class).text()).isEqualTo("The platform needs 1,001 machines, more than 1,000; most are cores set by "
                + "the data disk: Deployment!C14 (Largest data disk per core) is 1 GB, so each core holds only the users whose data fits. "
                + "Check this answer before ordering.");
        assertThat(made.reasons()).isEqualTo("1,001 machines > 1,000; most cores come from data disk");
    }

    @Test
    void oneThousandMachinesOrSomeNotYetPlacedIsNoFinding() {
        // 1,661,500 × 1.2 = 1,993,800 req/s → 997 cores; 1 + 1 + 1 + 997 = 1,000 machines: not above 1,000.
        assertThat(oneZoneCluster(1_661_500, 997).of(Finding.class)).isEmpty();
        // 3,000,000 × 1.2 / 2,000 = 1,800 cores, but the plan is not laid out yet (PlanYears 2, one year known):
        // the rule waits rather than warn twice.
        Questionnaire twoYears = Questionnaires.builder().zone("DE", "Berlin", 3_000_000).writeRps("1").planYears(2).build();
        assertThat(RuleVerifier.given(twoYears, new PlanYear(1, Topology.CLUSTER_LOAD_PARTITIONED, List.of(), List.of(),
                List.of(group(Role.CORE, Tier.NONE, "DE", 1_800)), List.of(), null))
                .fire("finding: a platform with implausibly many machines").of(Finding.class)).isEmpty();
    }

    @Test
    void manyZonesOfOneCoreEachNameTheZones() {
        // 1,000 zones of one core each + static-web + leader + 1 follower = 1,003 machines; write requests add
        // no core above the one each zone has, so the zones drive the count.
        var b = Questionnaires.builder();
        List<ZoneYear> zones = new ArrayList<>();
        List<MachineGroup> machines = new ArrayList<>(List.of(group(Role.STATIC_WEB, Tier.NONE, "Z1", 1),
                group(Role.REGISTER, Tier.LEADER, "Z1", 1), group(Role.REGISTER, Tier.FOLLOWER, "Z2", 1)));
        for (int i = 1; i <= 1_000; i++) {
            b.zone("Z" + i, "", 10);
            zones.add(new ZoneYear("Z" + i, 1, 10, 1, Metric.WRITE_RPS, 1, 1, 10, 0));
            machines.add(group(Role.CORE, Tier.NONE, "Z" + i, 1));
        }
        Questionnaire q = b.writeRps("0.01").planYears(1).build();
        Finding f = RuleVerifier.given(q, new PlanYear(1, Topology.CLUSTER_COMPLIANCE_ZONES, zones, List.of(), machines, List.of(), null))
                .fire("finding: a platform with implausibly many machines").one(Finding.class);
        assertThat(f.text()).isEqualTo("The platform needs 1,003 machines, more than 1,000; most are the cores of its "
                + "1,000 compliance zones, at least one each (Zones block, Deployment sheet). "
                + "Check that so many zones must be kept apart before ordering.");
    }

    @Test
    void aLaterPlanYearWithTooManyMachinesIsNamed() {
        // Year 1: 3 + 500 cores = 503 machines; year 2: 3 + 998 = 1,001, above 1,000: "by year 2".
        Questionnaire q = Questionnaires.builder().zone("DE", "Berlin", 100_000, 199_600L).writeRps("1").margin("0").planYears(2).build();
        List<MachineGroup> front = List.of(group(Role.STATIC_WEB, Tier.NONE, "DE", 1), group(Role.REGISTER, Tier.LEADER, "DE", 1),
                group(Role.REGISTER, Tier.FOLLOWER, "DE", 1));
        PlanYear one = new PlanYear(1, Topology.CLUSTER_LOAD_PARTITIONED, List.of(new ZoneYear("DE", 1, 100_000, 50, Metric.WRITE_RPS, 50, 50, 2_000, 0)),
                List.of(), concat(front, group(Role.CORE, Tier.NONE, "DE", 500)), List.of(), null);
        PlanYear two = new PlanYear(2, Topology.CLUSTER_LOAD_PARTITIONED, List.of(new ZoneYear("DE", 2, 199_600, 998, Metric.WRITE_RPS, 998, 948, 2_000, 0)),
                List.of(), concat(front, group(Role.CORE, Tier.NONE, "DE", 998)), List.of(), null);
        var made = RuleVerifier.given(q, one, two).fire("finding: a platform with implausibly many machines");
        assertThat(made.one(Finding.class).text()).startsWith("The platform needs 1,001 machines by year 2, more than 1,000; most are cores set by write requests");
        assertThat(made.reasons()).isEqualTo("1,001 machines by year 2 > 1,000; most cores come from write requests");
    }

    private static List<MachineGroup> concat(List<MachineGroup> groups, MachineGroup more) {
        List<MachineGroup> all = new ArrayList<>(groups);
        all.add(more);
        return all;
    }

    @Test
    void aZoneThatPassesOneHundredCoresInALaterYearIsNamedWithThatYear() {
        // DE: 10 cores in year 1, 101 from year 3 (write requests).
        Questionnaire q = Questionnaires.builder().zone("DE", "Berlin", 10_000, null, 100_500L).writeRps("1").planYears(3).build();
        var made = RuleVerifier.given(q, new ZoneYear("DE", 1, 10_000, 6, Metric.WRITE_RPS, 6, 6, 1_667, 0),
                        new ZoneYear("DE", 2, 10_000, 6, Metric.WRITE_RPS, 6, 0, 1_667, 0),
                        new ZoneYear("DE", 3, 100_500, 101, Metric.WRITE_RPS, 101, 95, 1_667, 0))
                .fire("finding: a zone with implausibly many cores");
        assertThat(made.one(Finding.class).text()).startsWith("DE needs 101 cores by year 3, set by write requests");
    }

    // --- finding: a percentage that looks like a fraction ---

    private static java.util.List<Finding> percentFindings(String margin, String headroom) {
        Questionnaire q = Questionnaires.builder().margin(margin).headroom(headroom).build();
        return RuleVerifier.given(q).fire("finding: a percentage that looks like a fraction").of(Finding.class);
    }

    @Test
    void aMarginBetweenZeroAndOneIsWarnedOfNamingItsCell() {
        // Safety margin is Deployment!C6; 0.2 read as 0.2 % was most likely 20 % typed as a fraction.
        Finding f = percentFindings("0.2", "25").get(0);
        assertThat(percentFindings("0.2", "25")).hasSize(1);
        assertThat(f.code()).isEqualTo("PERCENT_AS_FRACTION");
        assertThat(f.topic()).isEqualTo(Topic.ANSWERS);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.text()).isEqualTo("Deployment!C6 (Safety margin) is 0.2 %: did you mean 20 %? A plain number there "
                + "counts as a percentage and the sizing uses 0.2 %; type 20, or 20%, for 20 %.");
    }

    @Test
    void aHeadroomBetweenZeroAndOneIsWarnedOfToo() {
        // Disk headroom is Deployment!C9: 0.25 → did you mean 25 %.
        assertThat(percentFindings("20", "0.25")).extracting(Finding::text).containsExactly("Deployment!C9 (Disk headroom) "
                + "is 0.25 %: did you mean 25 %? A plain number there counts as a percentage and the sizing uses 0.25 %; "
                + "type 25, or 25%, for 25 %.");
        assertThat(percentFindings("0.5", "0.005")).extracting(Finding::text)
                .anyMatch(t -> t.startsWith("Deployment!C6 (Safety margin) is 0.5 %: did you mean 50 %?"))
                .anyMatch(t -> t.startsWith("Deployment!C9 (Disk headroom) is 0.005 %: did you mean 0.5 %?"));
    }

    @Test
    void zeroOneAndAboveAreTakenAsMeant() {
        // Strictly between 0 and 1: 0 (no margin) and 1 (1 %) are plausible answers, as is 20.
        assertThat(percentFindings("0", "0")).isEmpty();
        assertThat(percentFindings("1", "1")).isEmpty();
        assertThat(percentFindings("20", "25")).isEmpty();
        assertThat(percentFindings("0.999", "1")).hasSize(1);
    }

    @Test
    void everyFieldInPercentHasAnAnswer() {
        // The rule asks each percent field of the layout for its answer: a new one must say where it is read.
        Questionnaire q = Questionnaires.builder().margin("7").headroom("9").build();
        assertThat(java.util.Arrays.stream(io.pryv.sizer.model.Question.values())
                .filter(io.pryv.sizer.model.Question::inPercent).map(f -> f.percentIn(q)))
                .containsExactly(new BigDecimal("7"), new BigDecimal("9"));
    }

    // --- finding: operating system past its support; finding: operating system in extended maintenance ---

    // Ubuntu 20.04: standard support to 2025-05-31, Ubuntu Pro to 2030-04-30; 16.04: 2021-04-30, 2026-04-30.
    private static final SupportedOs FOCAL = new SupportedOs("Ubuntu 20.04", LocalDate.of(2025, 5, 31), LocalDate.of(2030, 4, 30));
    private static final SupportedOs XENIAL = new SupportedOs("Ubuntu 16.04", LocalDate.of(2021, 4, 30), LocalDate.of(2026, 4, 30));

    private static RuleVerifier osFacts(String os, LocalDate date, boolean pro, OsSupport... releases) {
        Questionnaire q = Questionnaires.builder().os(os).date(date).extendedSupport(pro).build();
        Object[] facts = new Object[releases.length + 1];
        facts[0] = q;
        System.arraycopy(releases, 0, facts, 1, releases.length);
        return RuleVerifier.given(facts);
    }

    @Test
    void aReleasePastStandardSupportWithoutUbuntuProIsAWarning() {
        var made = osFacts("Ubuntu 20.04", LocalDate.of(2025, 6, 1), false, new OsSupport(FOCAL, false, Status.ENDED)).fire("finding: operating system past its support");
        Finding f = made.one(Finding.class);
        assertThat(f.code()).isEqualTo("OS_SUPPORT_ENDED");
        assertThat(f.topic()).isEqualTo(Topic.SYSTEM_SOFTWARE);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.text()).isEqualTo("Ubuntu 20.04 left standard support on 2025-05-31, before the questionnaire date "
                + "(2025-06-01): plan a supported release, or extended maintenance with Ubuntu Pro, which lasts until "
                + "2030-04-30 (answer Yes to Extended support).");
        assertThat(made.reasons()).isEqualTo("Ubuntu 20.04 supported until 2025-05-31 < 2025-06-01");
    }

    @Test
    void pastUbuntuProTooOnlyANewerReleaseHelps() {
        // 16.04 on 2026-05-01: past 2021-04-30 and 2026-04-30, with or without Ubuntu Pro.
        Finding without = osFacts("Ubuntu 16.04", LocalDate.of(2026, 5, 1), false,
                new OsSupport(XENIAL, false, Status.ENDED)).fire("finding: operating system past its support").one(Finding.class);
        assertThat(without.text()).isEqualTo("Ubuntu 16.04 left standard support on 2021-04-30 and extended maintenance "
                + "(Ubuntu Pro) on 2026-04-30, before the questionnaire date (2026-05-01): plan a supported release.");
        Finding with = osFacts("Ubuntu 16.04", LocalDate.of(2026, 5, 1), true,
                new OsSupport(XENIAL, true, Status.ENDED)).fire("finding: operating system past its support").one(Finding.class);
        assertThat(with.text()).isEqualTo("Ubuntu 16.04 left extended maintenance (Ubuntu Pro) on 2026-04-30, "
                + "before the questionnaire date (2026-05-01): plan a supported release.");
    }

    @Test
    void aSupportedPlannedReleaseIsNoWarningThoughAnotherHasEnded() {
        // Everything the rule reads is there (an ended release among them); only the planned one is supported.
        var made = osFacts("Ubuntu 20.04", LocalDate.of(2025, 5, 31), false,
                new OsSupport(XENIAL, false, Status.ENDED), new OsSupport(FOCAL, false, Status.STANDARD)).fire("finding: operating system past its support");
        assertThat(made.timesFired()).isZero();
        assertThat(osFacts("Ubuntu 20.04", LocalDate.of(2025, 6, 1), true,
                new OsSupport(XENIAL, true, Status.ENDED), new OsSupport(FOCAL, true, Status.EXTENDED)).fire("finding: operating system past its support").timesFired()).isZero();
    }

    @Test
    void aReleaseInUbuntuProIsANote() {
        var made = osFacts("Ubuntu 20.04", LocalDate.of(2025, 6, 1), true, new OsSupport(FOCAL, true, Status.EXTENDED)).fire("finding: operating system in extended maintenance");
        Finding f = made.one(Finding.class);
        assertThat(f.code()).isEqualTo("OS_EXTENDED_SUPPORT");
        assertThat(f.topic()).isEqualTo(Topic.SYSTEM_SOFTWARE);
        assertThat(f.severity()).isEqualTo(Severity.NOTE);
        assertThat(f.text()).isEqualTo("Ubuntu 20.04 left standard support on 2025-05-31; with the Ubuntu Pro extended "
                + "maintenance planned it stays supported until 2030-04-30.");
        assertThat(made.reasons()).isEqualTo("Ubuntu 20.04 standard support ended 2025-05-31 < 2025-06-01; extended maintenance until 2030-04-30");
    }

    @Test
    void aReleaseInStandardSupportWithUbuntuProIsNoNote() {
        // Ubuntu Pro planned, another release in extended maintenance: the planned one is still in standard support.
        assertThat(osFacts("Ubuntu 20.04", LocalDate.of(2025, 5, 31), true,
                new OsSupport(XENIAL, true, Status.EXTENDED), new OsSupport(FOCAL, true, Status.STANDARD)).fire("finding: operating system in extended maintenance").timesFired()).isZero();
    }

    // --- finding: Docker version below the requirement ---

    @Test
    void dockerVersionBelowTheRequirement() {
        // 18.09 < 19.
        Finding f = RuleVerifier.given(Questionnaires.builder().docker("18.09").compose("1.29").build())
                .fire("finding: Docker version below the requirement").one(Finding.class);
        assertThat(f.code()).isEqualTo("DOCKER_TOO_OLD");
        assertThat(f.topic()).isEqualTo(Topic.SYSTEM_SOFTWARE);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.text()).contains("Docker 18.09").contains("Docker 19 or later");
    }

    @Test
    void dockerAtOrAboveTheRequirementOrNotStatedIsNoFinding() {
        // 19.03 ≥ 19, 20.10 ≥ 19: must not match. Blank is not "below": the "not stated" note covers it.
        for (String v : new String[] {"19.03", "20.10", "", "  "}) {
            assertThat(RuleVerifier.given(Questionnaires.builder().docker(v).build())
                    .fire("finding: Docker version below the requirement").timesFired()).as(v).isZero();
        }
    }

    // --- finding: docker-compose version below the requirement ---

    @Test
    void dockerComposeVersionBelowTheRequirement() {
        // 1.20 < 1.21.
        Finding f = RuleVerifier.given(Questionnaires.builder().docker("20.10").compose("1.20").build())
                .fire("finding: docker-compose version below the requirement").one(Finding.class);
        assertThat(f.code()).isEqualTo("DOCKER_COMPOSE_TOO_OLD");
        assertThat(f.topic()).isEqualTo(Topic.SYSTEM_SOFTWARE);
        assertThat(f.text()).contains("docker-compose 1.20").contains("docker-compose 1.21 or later");
    }

    @Test
    void dockerComposeAtOrAboveTheRequirementIsNoFinding() {
        // 1.21 = 1.21 and 1.29 > 1.21 (and 2.20 > 1.21): must not match.
        for (String v : new String[] {"1.21", "1.29", "2.20", "", "  "}) {
            assertThat(RuleVerifier.given(Questionnaires.builder().compose(v).build())
                    .fire("finding: docker-compose version below the requirement").timesFired()).as(v).isZero();
        }
    }

    // --- finding: Docker versions not stated ---

    @Test
    void dockerVersionsNotStated() {
        for (Questionnaire q : new Questionnaire[] {
                Questionnaires.builder().build(),
                Questionnaires.builder().docker("20.10").build(),
                Questionnaires.builder().compose("1.29").build(),
                Questionnaires.builder().docker("  ").compose("1.29").build()}) {
            Finding f = RuleVerifier.given(q).fire("finding: Docker versions not stated").one(Finding.class);
            assertThat(f.code()).isEqualTo("DOCKER_VERSION_UNKNOWN");
            assertThat(f.topic()).isEqualTo(Topic.SYSTEM_SOFTWARE);
            assertThat(f.severity()).isEqualTo(Severity.NOTE);
        }
        assertThat(RuleVerifier.given(Questionnaires.builder().compose("1.29").build())
                .fire("finding: Docker versions not stated").reasons())
                .isEqualTo("Docker version not stated, docker-compose version 1.29");
    }

    @Test
    void bothVersionsStatedIsNoNote() {
        assertThat(RuleVerifier.given(Questionnaires.builder().docker("20.10").compose("1.29").build())
                .fire("finding: Docker versions not stated").timesFired()).isZero();
    }

    // --- finding: every component that handles user data follows the zoning ---

    @Test
    void everyComponentThatHandlesUserDataFollowsTheZoning() {
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 1_000).zone("DE", "Berlin", 1_000)
                .zone("FR", "Paris", 1_000).build();
        Finding f = RuleVerifier.given(q).fire("finding: every component that handles user data follows the zoning").one(Finding.class);
        assertThat(f.code()).isEqualTo("ZONING_APPLIES_TO_ALL");
        assertThat(f.topic()).isEqualTo(Topic.ZONING);
        assertThat(f.severity()).isEqualTo(Severity.NOTE);
        assertThat(f.text()).contains("With 3 compliance zones").contains("SMTP");
        assertThat(RuleVerifier.given(q).fire("finding: every component that handles user data follows the zoning").reasons())
                .isEqualTo("3 compliance zones in the questionnaire");
    }

    @Test
    void oneZoneHasNoZoningNote() {
        assertThat(RuleVerifier.given(Questionnaires.builder().zone("CH", "Bern", 1_000).build())
                .fire("finding: every component that handles user data follows the zoning").timesFired()).isZero();
    }

    // --- finding: register followers need a cluster ---

    /** What the followers rule does with {@code followers} asked for (null = automatic) on {@code topology}. */
    private static RuleVerifier.Result followers(Integer followers, Topology topology) {
        Questionnaire q = Questionnaires.builder().followers(followers).build();
        return RuleVerifier.given(q, new PlatformTopology(topology)).fire("finding: register followers need a cluster");
    }

    @Test
    void registerFollowersNeedACluster() {
        Finding f = followers(2, Topology.SINGLE_NODE).one(Finding.class);
        assertThat(f.code()).isEqualTo("FOLLOWERS_IGNORED");
        assertThat(f.topic()).isEqualTo(Topic.MACHINES);
        assertThat(f.severity()).isEqualTo(Severity.NOTE);
        assertThat(f.text()).contains("asks for 2 register followers");
        assertThat(followers(2, Topology.SINGLE_NODE).reasons()).isEqualTo("single node; the questionnaire asks for 2 register followers");
    }

    @Test
    void followersOnAClusterOrNoneAskedIsNoNote() {
        // On a cluster the followers are planned; 0 or automatic on a single node asks for nothing ignored.
        assertThat(followers(2, Topology.CLUSTER_SINGLE_CORE).timesFired()).isZero();
        assertThat(followers(0, Topology.SINGLE_NODE).timesFired()).isZero();
        assertThat(followers(null, Topology.SINGLE_NODE).timesFired()).isZero();
    }

    // --- finding: operating system leaves standard support within the plan ---

    private static final SupportedOs JAMMY = new SupportedOs("Ubuntu 22.04", LocalDate.of(2027, 5, 31), LocalDate.of(2032, 4, 30));

    private static RuleVerifier.Result osInPlan(LocalDate date, int planYears, boolean pro) {
        Questionnaire q = Questionnaires.builder().os("Ubuntu 22.04").date(date).extendedSupport(pro).planYears(planYears).build();
        return RuleVerifier.given(q, new OsSupport(JAMMY, pro, Status.STANDARD))
                .fire("finding: operating system leaves standard support within the plan");
    }

    @Test
    void anOsThatLeavesStandardSupportWithinThePlanGetsANoteWithTheDate() {
        // Dated 2026-12-04, 5 years: the plan's last day is 2031-12-03. 2027-05-31 is less than a year after the date: year 1.
        var made = osInPlan(LocalDate.of(2026, 12, 4), 5, false);
        Finding f = made.one(Finding.class);
        assertThat(f.code()).isEqualTo("OS_SUPPORT_ENDS_IN_PLAN");
        assertThat(f.severity()).isEqualTo(Severity.NOTE);
        assertThat(f.text()).isEqualTo("Ubuntu 22.04 leaves standard support on 2027-05-31, in year 1 of the 5-year plan that runs "
                + "until 2031-12-03: plan the move to a newer release, or extended maintenance with Ubuntu Pro, which lasts until 2032-04-30.");
        assertThat(made.reasons()).isEqualTo("Ubuntu 22.04 standard support until 2027-05-31 < 2031-12-03, the plan's last day");
        assertThat(osInPlan(LocalDate.of(2026, 12, 4), 5, true).one(Finding.class).text()).endsWith(
                "year 1 of the 5-year plan that runs until 2031-12-03: the Ubuntu Pro maintenance planned covers the rest of the plan, until 2032-04-30.");
        // 10 years from 2024-06-01 (last day 2034-05-31): 2027-05-31 falls in year 3, and Ubuntu Pro ends within the plan too.
        assertThat(osInPlan(LocalDate.of(2024, 6, 1), 10, true).one(Finding.class).text()).isEqualTo("Ubuntu 22.04 leaves standard support "
                + "on 2027-05-31, in year 3 of the 10-year plan that runs until 2034-05-31: the Ubuntu Pro maintenance planned lasts until "
                + "2032-04-30, also within the plan: plan the move to a newer release.");
    }

    @Test
    void anOsSupportedOnThePlansLastDayGetsNoNote() {
        // From 2026-06-01 over 1 year the last day is 2027-05-31, standard support's own last day: still supported.
        assertThat(osInPlan(LocalDate.of(2026, 6, 1), 1, false).timesFired()).isZero();
        assertThat(osInPlan(LocalDate.of(2026, 6, 2), 1, false).timesFired()).isEqualTo(1);
    }

    // --- single points of failure (issue 15) ---

    // A register machine at the guide's minimum: 1 vCPU, 2 GB RAM, 20 GB services disk; a static-web: 1 vCPU, 0.5 GB, 10 GB.
    private static final String REGISTER_MACHINE = "1 vCPU, 2 GB RAM, 20 GB services disk";

    @Test
    void aSingleNodeSaysWhatACoreClusterWouldAdd() {
        // 800 users ≤ 100,000: the register leader's data disk is one block of 15 GB.
        Questionnaire q = Questionnaires.builder().zone("Main", "Bern", 800).planYears(1).build();
        var made = RuleVerifier.given(q, new PlatformTopology(Topology.SINGLE_NODE)).fire("finding: a single node is a single point of failure");
        Finding f = made.one(Finding.class);
        assertThat(f.code()).isEqualTo("ONE_MACHINE");
        assertThat(f.topic()).isEqualTo(Topic.MACHINES);
        assertThat(f.severity()).isEqualTo(Severity.NOTE);
        assertThat(f.text()).isEqualTo("The single node runs every role: while it is down, no user can sign in, be found or reach "
                + "their data. A cluster puts the roles on separate machines, so that register followers can keep the platform's DNS "
                + "answering: answering Yes to Deployment!C5 (Rapid growth expected) gives one with a single core, which adds to the "
                + "bill of materials a static-web (1 vCPU, 0.5 GB RAM, 10 GB services disk) and a register leader (" + REGISTER_MACHINE
                + ", 15 GB data disk). The users' data stays on one machine either way: keep backups and monitoring that allow a quick restore.");
        assertThat(made.reasons()).isEqualTo("single node: every role on one machine; a cluster adds a static-web (1 vCPU, 0.5 GB RAM, "
                + "10 GB services disk) and a register leader (" + REGISTER_MACHINE + ", 15 GB data disk)");
        // 250,001 users in the busiest year: 250,001 / 100,000, rounded up, = 3 blocks × 15 GB = 45 GB.
        assertThat(RuleVerifier.given(q, new PlatformTopology(Topology.SINGLE_NODE), new PeakUsers(250_001, 4))
                .fire("finding: a single node is a single point of failure").one(Finding.class).text())
                .contains("a register leader (" + REGISTER_MACHINE + ", 45 GB data disk)");
    }

    @Test
    void aClusterIsNoSingleNode() {
        Questionnaire q = Questionnaires.builder().zone("Main", "Bern", 800).planYears(1).build();
        assertThat(RuleVerifier.given(q, new PlatformTopology(Topology.CLUSTER_SINGLE_CORE))
                .fire("finding: a single node is a single point of failure").timesFired()).isZero();
    }

    /** A cluster's plan year: static-web and leader in the first zone, {@code followers} in {@code followerZone}, the cores per zone. */
    private static PlanYear clusterYear(int year, Questionnaire q, long followers, String followerZone, long... cores) {
        String first = q.zones().get(0).name();
        List<MachineGroup> machines = new ArrayList<>(List.of(group(Role.STATIC_WEB, Tier.NONE, first, 1),
                group(Role.REGISTER, Tier.LEADER, first, 1)));
        if (followers > 0) machines.add(group(Role.REGISTER, Tier.FOLLOWER, followerZone, followers));
        for (int z = 0; z < cores.length; z++) machines.add(group(Role.CORE, Tier.NONE, q.zones().get(z).name(), cores[z]));
        return new PlanYear(year, Topology.CLUSTER_COMPLIANCE_ZONES, List.of(), List.of(), machines, List.of(), null);
    }

    private static RuleVerifier.Result oneRegister(Questionnaire q, Topology topology, Object... planYears) {
        List<Object> facts = new ArrayList<>(List.of(q, new PlatformTopology(topology), new RegisterDataDisk(15)));
        facts.addAll(List.of(planYears));
        return RuleVerifier.given(facts.toArray()).fire("finding: one register is the platform's only name server");
    }

    @Test
    void oneRegisterIsTheOnlyNameServerUntilTheYearAFollowerComes() {
        // One zone, one core in years 1 and 2, a second core and the automatic follower in year 3.
        Questionnaire q = Questionnaires.builder().zone("DE", "Frankfurt", 12_000, 20_000L, 52_000L).planYears(3).build();
        var made = oneRegister(q, Topology.CLUSTER_SINGLE_CORE, clusterYear(1, q, 0, "", 1), clusterYear(2, q, 0, "", 1),
                clusterYear(3, q, 1, "DE", 2));
        Finding f = made.one(Finding.class);
        assertThat(f.code()).isEqualTo("ONE_REGISTER");
        assertThat(f.topic()).isEqualTo(Topic.MACHINES);
        assertThat(f.severity()).isEqualTo(Severity.NOTE);
        assertThat(f.text()).isEqualTo("The register leader in DE is the platform's only register machine, so the only name server "
                + "its domain is delegated to: while it is down, no user can sign in or be found, until year 3, when the plan adds a "
                + "follower. Answering 1 to Deployment!C7 (Register followers of v1) adds a register follower in DE from year 1, a second "
                + "name server: one more machine in the bill of materials (" + REGISTER_MACHINE + ", 15 GB data disk).");
        assertThat(made.reasons()).isEqualTo("no register follower in year 1, 1 core; a follower from year 3");
    }

    @Test
    void noFollowerOverSeveralCoresIsAWarning() {
        // Three zones of one core each and RegisterFollowers 0: 3 cores behind one register, against the guide's advice.
        // One follower would stand in the second zone, PL.
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 1_000).zone("PL", "Łódź", 1_000).zone("DE", "Berlin", 1_000)
                .followers(0).planYears(1).build();
        var made = oneRegister(q, Topology.CLUSTER_COMPLIANCE_ZONES, clusterYear(1, q, 0, "", 1, 1, 1));
        Finding f = made.one(Finding.class);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.text()).isEqualTo("The register leader in CH is the platform's only register machine, so the only name server "
                + "its domain is delegated to: while it is down, no user can sign in or be found, in any zone. Answering 1 to "
                + "Deployment!C7 (Register followers of v1) adds a register follower in PL from year 1, a second name server: one more "
                + "machine in the bill of materials (" + REGISTER_MACHINE + ", 15 GB data disk).");
        assertThat(made.reasons()).isEqualTo("no register follower in year 1, 3 cores");
    }

    @Test
    void aFollowerInYearOneOrAPlanNotYetLaidOutIsNoFinding() {
        Questionnaire two = Questionnaires.builder().zone("CH", "Bern", 1_000).zone("DE", "Berlin", 1_000).planYears(2).build();
        assertThat(oneRegister(two, Topology.CLUSTER_COMPLIANCE_ZONES, clusterYear(1, two, 1, "DE", 1, 1), clusterYear(2, two, 1, "DE", 1, 1))
                .timesFired()).isZero();
        // Year 2 not laid out yet: the rule waits for the year a follower may come.
        assertThat(oneRegister(two, Topology.CLUSTER_COMPLIANCE_ZONES, clusterYear(1, two, 0, "", 1, 1)).timesFired()).isZero();
    }

    private static RuleVerifier.Result oneCoreZones(Topology topology, Object... zoneCores) {
        List<Object> facts = new ArrayList<>(List.of(threeZones(), new PlatformTopology(topology)));
        facts.addAll(List.of(zoneCores));
        return RuleVerifier.given(facts.toArray()).fire("finding: a zone with one core loses its users' access while it is down");
    }

    private static final String NO_REPLICA = " cannot reach their data, as no other machine holds it. More cores would not remove "
            + "this: Pryv.io v1 keeps each user's data on one core, with no copy on another. The remedy is a quick restore: backups of "
            + "the core, monitoring that raises the alarm, and a restore procedure tried before it is needed.";

    @Test
    void zonesWithOneCoreShareOneNote() {
        // CH and DE have one core, PL three: the two are named in the questionnaire's order.
        var made = oneCoreZones(Topology.CLUSTER_COMPLIANCE_ZONES, cores("DE", 1, Metric.WRITE_RPS), cores("PL", 3, Metric.WRITE_RPS),
                cores("CH", 1, Metric.WRITE_RPS));
        Finding f = made.one(Finding.class);
        assertThat(f.code()).isEqualTo("ONE_CORE_ZONE");
        assertThat(f.topic()).isEqualTo(Topic.MACHINES);
        assertThat(f.severity()).isEqualTo(Severity.NOTE);
        assertThat(f.text()).isEqualTo("2 zones have a single core (CH, DE): while a zone's core is down, its users" + NO_REPLICA);
        assertThat(made.reasons()).isEqualTo("one core in year 1 in CH, DE");
        // Whatever order the cores come in.
        assertThat(oneCoreZones(Topology.CLUSTER_COMPLIANCE_ZONES, cores("CH", 1, Metric.WRITE_RPS), cores("PL", 3, Metric.WRITE_RPS),
                cores("DE", 1, Metric.WRITE_RPS)).one(Finding.class).text()).startsWith("2 zones have a single core (CH, DE)");
        assertThat(oneCoreZones(Topology.CLUSTER_COMPLIANCE_ZONES, cores("CH", 2, Metric.WRITE_RPS), cores("PL", 3, Metric.WRITE_RPS),
                cores("DE", 1, Metric.WRITE_RPS)).one(Finding.class).text())
                .isEqualTo("DE has a single core: while it is down, the users of DE" + NO_REPLICA);
    }

    @Test
    void withGrowthFiguresTheNoteSaysItIsAboutYearOne() {
        // DE grows to 2 cores later: the note is about what year 1 buys, and says so.
        Questionnaire q = Questionnaires.builder().zone("DE", "Berlin", 1_000, 90_000L).zone("CH", "Bern", 1_000).build();
        var made = RuleVerifier.given(q, new PlatformTopology(Topology.CLUSTER_COMPLIANCE_ZONES), cores("DE", 1, Metric.WRITE_RPS),
                cores("CH", 1, Metric.WRITE_RPS)).fire("finding: a zone with one core loses its users' access while it is down");
        assertThat(made.one(Finding.class).text()).startsWith("2 zones have a single core in year 1 (DE, CH): while a zone's core is down");
    }

    @Test
    void severalCoresInEveryZoneASingleNodeOrZonesNotYetSizedAreNoNote() {
        assertThat(oneCoreZones(Topology.CLUSTER_COMPLIANCE_ZONES, cores("CH", 2, Metric.WRITE_RPS), cores("PL", 3, Metric.WRITE_RPS),
                cores("DE", 2, Metric.WRITE_RPS)).timesFired()).isZero();
        // PL not sized yet: the rule waits rather than note twice.
        assertThat(oneCoreZones(Topology.CLUSTER_COMPLIANCE_ZONES, cores("CH", 1, Metric.WRITE_RPS), cores("DE", 1, Metric.WRITE_RPS))
                .timesFired()).isZero();
        // The single node's own finding covers its one machine.
        Questionnaire one = Questionnaires.builder().zone("Main", "Bern", 800).build();
        assertThat(RuleVerifier.given(one, new PlatformTopology(Topology.SINGLE_NODE), cores("Main", 1, Metric.WRITE_RPS))
                .fire("finding: a zone with one core loses its users' access while it is down").timesFired()).isZero();
    }

    private static RuleVerifier.Result registerAcrossZones(Questionnaire q, PlanYear year) {
        return RuleVerifier.given(q, year).fire("finding: the register holds the account names of every zone");
    }

    @Test
    void theRegisterKeepsEveryZonesAccountNamesWhereItsMachinesStand() {
        // Leader in CH (the first zone), followers in PL and DE: one note naming them.
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 1_000).zone("PL", "Łódź", 1_000).zone("DE", "Berlin", 1_000)
                .followers(2).planYears(1).build();
        PlanYear year = clusterYear(1, q, 1, "DE", 1, 1, 1);
        List<MachineGroup> machines = new ArrayList<>(year.inService());
        machines.add(group(Role.REGISTER, Tier.FOLLOWER, "PL", 1));
        var made = registerAcrossZones(q, new PlanYear(1, Topology.CLUSTER_COMPLIANCE_ZONES, List.of(), List.of(), machines, List.of(), null));
        Finding f = made.one(Finding.class);
        assertThat(f.code()).isEqualTo("REGISTER_ACROSS_ZONES");
        assertThat(f.topic()).isEqualTo(Topic.ZONING);
        assertThat(f.severity()).isEqualTo(Severity.NOTE);
        assertThat(f.text()).isEqualTo("The register keeps the account names of the users of every zone on its leader in CH and on its "
                + "2 followers in 2 zones (PL, DE): confirm that the rules of each zone allow its users' account names to be kept in "
                + "another zone.");
        assertThat(made.reasons()).isEqualTo("3 compliance zones; account names kept on its leader in CH and on its 2 followers in 2 zones (PL, DE)");
    }

    @Test
    void oneFollowerOrNoneIsNamedSo() {
        Questionnaire two = Questionnaires.builder().zone("CH", "Bern", 1_000).zone("DE", "Berlin", 1_000).planYears(2).build();
        // Every follower the plan buys stands in its last year.
        assertThat(registerAcrossZones(two, clusterYear(2, two, 1, "DE", 1, 1)).one(Finding.class).text())
                .startsWith("The register keeps the account names of the users of every zone on its leader in CH and on its follower in DE: ");
        assertThat(registerAcrossZones(two, clusterYear(2, two, 0, "", 1, 1)).one(Finding.class).text())
                .startsWith("The register keeps the account names of the users of every zone on its leader in CH: confirm");
    }

    @Test
    void oneZoneOrAPlanNotYetLaidOutHasNoRegisterNote() {
        Questionnaire one = Questionnaires.builder().zone("DE", "Berlin", 1_000).planYears(1).build();
        assertThat(registerAcrossZones(one, clusterYear(1, one, 1, "DE", 2)).timesFired()).isZero();
        Questionnaire two = Questionnaires.builder().zone("CH", "Bern", 1_000).zone("DE", "Berlin", 1_000).planYears(2).build();
        assertThat(registerAcrossZones(two, clusterYear(1, two, 1, "DE", 1, 1)).timesFired()).isZero();
    }

    // --- finding: operating system the platform version does not support ---

    @Test
    void aSystemOnlyV2SupportsIsAWarningInAV1Sizing() {
        // The drop-down offers v2's systems too: Ubuntu 24.04 is not among v1's four.
        Finding f = RuleVerifier.given(Questionnaires.builder().os("Ubuntu 24.04").build())
                .fire("finding: operating system the platform version does not support").one(Finding.class);
        assertThat(f.code()).isEqualTo("OS_NOT_SUPPORTED");
        assertThat(f.topic()).isEqualTo(Topic.SYSTEM_SOFTWARE);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.text()).isEqualTo("Ubuntu 24.04 is not among the operating systems Pryv.io v1 supports "
                + "(Ubuntu 16.04, Ubuntu 18.04, Ubuntu 20.04, Ubuntu 22.04): plan one of these.");
        assertThat(RuleVerifier.given(Questionnaires.builder().os("Debian 11").build())
                .fire("finding: operating system the platform version does not support").one(Finding.class).text())
                .startsWith("Debian 11 is not among the operating systems Pryv.io v1 supports");
    }

    @Test
    void aSystemOnTheListIsNoSuchFindingEvenPastItsSupport() {
        for (String os : new String[] {"Ubuntu 16.04", "Ubuntu 22.04"}) {
            assertThat(RuleVerifier.given(Questionnaires.builder().os(os).build())
                    .fire("finding: operating system the platform version does not support").timesFired()).as(os).isZero();
        }
    }

    // --- finding: answers for Pryv.io v2 are ignored ---

    private static RuleVerifier.Result v2Answers(String previewRps, String databaseHost, String dnsMode) {
        Questionnaire q = Questionnaires.builder().set(Question.PREVIEW_RPS, previewRps).set(Question.DATABASE_HOST, databaseHost)
                .set(Question.DNS_MODE, dnsMode).build();
        return RuleVerifier.given(q).fire("finding: answers for Pryv.io v2 are ignored");
    }

    @Test
    void v2AnswersSetInAV1SizingAreNamedAsIgnored() {
        var made = v2Answers("0.001", "PostgreSQL on its own machine", "External DNS provider");
        Finding f = made.one(Finding.class);
        assertThat(f.code()).isEqualTo("V2_ANSWERS_IGNORED");
        assertThat(f.topic()).isEqualTo(Topic.ANSWERS);
        assertThat(f.severity()).isEqualTo(Severity.NOTE);
        assertThat(f.text()).isEqualTo("'Data Consumption'!C10 (Image previews) is 0.001; Platform!C6 (Database of v2) is PostgreSQL on its "
                + "own machine; Platform!C7 (DNS of v2) is External DNS provider: these answers count only for Pryv.io v2, and this "
                + "sizing is for Pryv.io v1, which ignores them. Answer v2 at Platform!C5 (Pryv.io version) to size for v2.");
        assertThat(made.reasons()).isEqualTo("v2 answers set on a v1 sizing: 'Data Consumption'!C10 (Image previews) is 0.001; "
                + "Platform!C6 (Database of v2) is PostgreSQL on its own machine; Platform!C7 (DNS of v2) is External DNS provider");
        assertThat(v2Answers("0", "MongoDB on its own machine", "Embedded DNS").one(Finding.class).text())
                .isEqualTo("Platform!C6 (Database of v2) is MongoDB on its own machine: this answer counts only for Pryv.io v2, and "
                        + "this sizing is for Pryv.io v1, which ignores it. Answer v2 at Platform!C5 (Pryv.io version) to size for v2.");
        assertThat(v2Answers("0", "On each core", "External DNS provider").timesFired()).isOne();
    }

    @Test
    void v2AnswersLeftAtTheirDefaultsAreNoFinding() {
        assertThat(v2Answers("0", "On each core", "Embedded DNS").timesFired()).isZero();
    }
}
