package io.pryv.sizer.rules;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.CoreDataDisk;
import io.pryv.sizer.model.FollowerCount;
import io.pryv.sizer.model.MachineGroup;
import io.pryv.sizer.model.PeakUsers;
import io.pryv.sizer.model.Tier;
import io.pryv.sizer.model.Metric;
import io.pryv.sizer.model.PlatformTopology;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.RegisterDataDisk;
import io.pryv.sizer.model.Refusal;
import io.pryv.sizer.model.Role;
import io.pryv.sizer.model.Topology;
import io.pryv.sizer.model.ZoneCores;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.pryv.sizer.rules.ExactRecords.assertExactly;
import static io.pryv.sizer.rules.ExactRecords.assertSame;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * rules/machines.drl: SIZING.md §4. Machines start at the role minima of the table
 * (single node 2 vCPU / 4 GB / 30 GB, static-web 1 / 0.5 / 10, register 1 / 2 / 20, core 2 / 4 / 30).
 */
class MachinesRulesTest {

    private static PlatformTopology topology(Topology t) {
        return new PlatformTopology(t);
    }

    private static MachineGroup group(Role role, Tier tier, String zone, long count, int vcpu, String ram,
                                      int servicesGb, long dataGb) {
        return new MachineGroup(role, tier, zone, count, vcpu, new BigDecimal(ram), servicesGb, dataGb);
    }

    private static Questionnaire platform(long... usersPerZone) {
        var b = Questionnaires.builder();
        for (int i = 0; i < usersPerZone.length; i++) b.zone("Zone " + (i + 1), "", usersPerZone[i]);
        return b.build();
    }

    // --- machines: a single node carries every role ---

    @Test
    void aSingleNodeCarriesEveryRole() {
        // One core holds all 10 000 users: the storage rule sizes its disk on all of them,
        // ⌈10 000 × 0.1 MB × 365 × 1 × 1.25 / 1000⌉ = ⌈456.25⌉ = 457 GB, and the single node takes that disk.
        Questionnaire q = Questionnaires.builder().zone("Main", "Lausanne", 10_000).writeMBPerDay("0.1").build();
        ZoneCores cores = new ZoneCores("Main", 10_000, 1, Metric.WRITE_RPS, 10_000);
        CoreDataDisk disk = RuleVerifier.given(q, cores)
                .fire("storage: core data disk holds the retention plus headroom").one(CoreDataDisk.class);
        assertThat(disk.gb()).isEqualTo(457);

        var made = RuleVerifier.given(q, topology(Topology.SINGLE_NODE), cores, disk)
                .fire("machines: a single node carries every role");
        assertSame(made.one(MachineGroup.class), group(Role.SINGLE_NODE, Tier.NONE, "Main", 1, 2, "4", 30, 457));
        assertThat(made.reasons()).contains("457 GB data disk for 10,000 users");
    }

    @Test
    void aClusterIsNoSingleNode() {
        var made = RuleVerifier.given(platform(10_000), topology(Topology.CLUSTER_SINGLE_CORE),
                new ZoneCores("Zone 1", 10_000, 1, null, 10_000), new CoreDataDisk("Zone 1", BigDecimal.ONE, 457))
                .fire("machines: a single node carries every role");
        assertThat(made.timesFired()).isZero();
    }

    // --- machines: a cluster has one static-web in the first zone ---

    @Test
    void aClusterHasOneStaticWebInTheFirstZone() {
        var made = RuleVerifier.given(platform(500, 40_000), topology(Topology.CLUSTER_COMPLIANCE_ZONES))
                .fire("machines: a cluster has one static-web in the first zone");
        // static-web: 1 vCPU, 512 MB = 0.5 GB, 10 GB services disk, no data disk; in Zone 1, the first listed.
        assertSame(made.one(MachineGroup.class), group(Role.STATIC_WEB, Tier.NONE, "Zone 1", 1, 1, "0.5", 10, 0));
    }

    @Test
    void aSingleNodeHasNoSeparateStaticWeb() {
        assertThat(RuleVerifier.given(platform(500), topology(Topology.SINGLE_NODE))
                .fire("machines: a cluster has one static-web in the first zone").timesFired()).isZero();
    }

    // --- machines: register data disk of the guide up to its user step ---

    @Test
    void registerDataDiskOfTheGuideUpToItsUserStep() {
        // Exactly 100 000 platform users (60 000 + 40 000): not above the step → 15 GB.
        var made = RuleVerifier.given(platform(60_000, 40_000), topology(Topology.CLUSTER_COMPLIANCE_ZONES))
                .fire("machines: register data disk of the guide up to its user step");
        assertThat(made.one(RegisterDataDisk.class).gb()).isEqualTo(15);
    }

    @Test
    void oneUserAboveTheStepLeavesTheGuidesDisk() {
        // 100 001 users: this rule must not match (the next one does).
        assertThat(RuleVerifier.given(platform(100_001), topology(Topology.CLUSTER_SINGLE_CORE))
                .fire("machines: register data disk of the guide up to its user step").timesFired()).isZero();
    }

    @Test
    void aSingleNodeHasNoRegisterDisk() {
        assertThat(RuleVerifier.given(platform(1_000), topology(Topology.SINGLE_NODE))
                .fire("machines: register data disk of the guide up to its user step").timesFired()).isZero();
    }

    // --- machines: register data disk grows by a step per started block of users above it ---

    @Test
    void registerDataDiskGrowsByAStepPerStartedBlockOfUsersAboveIt() {
        // 100 001 users: 15 × ⌈100 001 / 100 000⌉ = 15 × 2 = 30 GB.
        assertThat(RuleVerifier.given(platform(100_001), topology(Topology.CLUSTER_SINGLE_CORE))
                .fire("machines: register data disk grows by a step per started block of users above it")
                .one(RegisterDataDisk.class).gb()).isEqualTo(30);
        // 200 000 users: 15 × ⌈2⌉ = 30 GB; 200 001: 15 × ⌈2.00001⌉ = 15 × 3 = 45 GB.
        assertThat(RuleVerifier.given(platform(200_000), topology(Topology.CLUSTER_LOAD_PARTITIONED))
                .fire("machines: register data disk grows by a step per started block of users above it")
                .one(RegisterDataDisk.class).gb()).isEqualTo(30);
        assertThat(RuleVerifier.given(platform(200_001), topology(Topology.CLUSTER_LOAD_PARTITIONED))
                .fire("machines: register data disk grows by a step per started block of users above it")
                .one(RegisterDataDisk.class).gb()).isEqualTo(45);
        assertThat(RuleVerifier.given(platform(200_001), topology(Topology.CLUSTER_LOAD_PARTITIONED))
                .fire("machines: register data disk grows by a step per started block of users above it").reasons())
                .isEqualTo("200,001 platform users > 100,000: 15 GB per started block of 100,000 users; "
                        + "200,001 / 100,000, rounded up: 3 blocks × 15 GB = 45 GB register data disk");
        // Users of every zone count: 150 000 + 50 001 = 200 001 → 45 GB.
        assertThat(RuleVerifier.given(platform(150_000, 50_001), topology(Topology.CLUSTER_COMPLIANCE_ZONES))
                .fire("machines: register data disk grows by a step per started block of users above it")
                .one(RegisterDataDisk.class).gb()).isEqualTo(45);
    }

    @Test
    void exactlyAtTheStepTheDiskDoesNotGrow() {
        // 100 000 users: not above the step, this rule must not match.
        assertThat(RuleVerifier.given(platform(100_000), topology(Topology.CLUSTER_SINGLE_CORE))
                .fire("machines: register data disk grows by a step per started block of users above it")
                .timesFired()).isZero();
    }

    // --- machines: a cluster has one register leader in the first zone ---

    @Test
    void aClusterHasOneRegisterLeaderInTheFirstZone() {
        // register: 1 vCPU, 2 GB, 20 GB services disk, and the register data disk it is given (30 GB).
        var made = RuleVerifier.given(platform(70_000, 30_001), topology(Topology.CLUSTER_COMPLIANCE_ZONES),
                        new RegisterDataDisk(30))
                .fire("machines: a cluster has one register leader in the first zone");
        assertSame(made.one(MachineGroup.class), group(Role.REGISTER, Tier.LEADER, "Zone 1", 1, 1, "2", 20, 30));
    }

    @Test
    void aSingleNodeHasNoRegisterLeader() {
        assertThat(RuleVerifier.given(platform(1_000), topology(Topology.SINGLE_NODE), new RegisterDataDisk(15))
                .fire("machines: a cluster has one register leader in the first zone").timesFired()).isZero();
    }

    // --- machines: register followers as the questionnaire asks ---

    @Test
    void registerFollowersAsTheQuestionnaireAsks() {
        Questionnaire two = Questionnaires.builder().zone("CH", "Bern", 1_000).followers(2).build();
        assertThat(RuleVerifier.given(two, topology(Topology.CLUSTER_SINGLE_CORE))
                .fire("machines: register followers as the questionnaire asks").one(FollowerCount.class).count()).isEqualTo(2);
        // An explicit 0 is an answer too: no follower, even with several cores.
        Questionnaire none = Questionnaires.builder().zone("CH", "Bern", 1_000).followers(0).build();
        assertThat(RuleVerifier.given(none, topology(Topology.CLUSTER_LOAD_PARTITIONED))
                .fire("machines: register followers as the questionnaire asks").one(FollowerCount.class).count()).isZero();
    }

    @Test
    void automaticFollowersAreNotAnAnswer() {
        Questionnaire automatic = Questionnaires.builder().zone("CH", "Bern", 1_000).build();
        assertThat(RuleVerifier.given(automatic, topology(Topology.CLUSTER_SINGLE_CORE))
                .fire("machines: register followers as the questionnaire asks").timesFired()).isZero();
        // A single node has no register to follow (findings.drl reports the ignored answer).
        Questionnaire two = Questionnaires.builder().zone("CH", "Bern", 1_000).followers(2).build();
        assertThat(RuleVerifier.given(two, topology(Topology.SINGLE_NODE))
                .fire("machines: register followers as the questionnaire asks").timesFired()).isZero();
    }

    // --- machines: one register follower when the platform has more than one core ---

    @Test
    void oneRegisterFollowerWhenThePlatformHasMoreThanOneCore() {
        // Automatic: 1 follower for both cluster kinds that have several cores.
        Questionnaire automatic = Questionnaires.builder().zone("CH", "Bern", 1_000).build();
        for (Topology t : new Topology[] {Topology.CLUSTER_LOAD_PARTITIONED, Topology.CLUSTER_COMPLIANCE_ZONES}) {
            assertThat(RuleVerifier.given(automatic, topology(t))
                    .fire("machines: one register follower when the platform has more than one core")
                    .one(FollowerCount.class).count()).as(t.name()).isEqualTo(1);
        }
    }

    @Test
    void noAutomaticFollowerForOneCoreOrAGivenCount() {
        Questionnaire automatic = Questionnaires.builder().zone("CH", "Bern", 1_000).build();
        assertThat(RuleVerifier.given(automatic, topology(Topology.CLUSTER_SINGLE_CORE))
                .fire("machines: one register follower when the platform has more than one core").timesFired()).isZero();
        Questionnaire three = Questionnaires.builder().zone("CH", "Bern", 1_000).followers(3).build();
        assertThat(RuleVerifier.given(three, topology(Topology.CLUSTER_LOAD_PARTITIONED))
                .fire("machines: one register follower when the platform has more than one core").timesFired()).isZero();
    }

    // --- machines: no register follower for a single core ---

    @Test
    void noRegisterFollowerForASingleCore() {
        Questionnaire automatic = Questionnaires.builder().zone("CH", "Bern", 1_000).rapidGrowth(true).build();
        assertThat(RuleVerifier.given(automatic, topology(Topology.CLUSTER_SINGLE_CORE))
                .fire("machines: no register follower for a single core").one(FollowerCount.class).count()).isZero();
    }

    @Test
    void severalCoresOrAGivenCountAreNotASingleCore() {
        Questionnaire automatic = Questionnaires.builder().zone("CH", "Bern", 1_000).build();
        assertThat(RuleVerifier.given(automatic, topology(Topology.CLUSTER_LOAD_PARTITIONED))
                .fire("machines: no register follower for a single core").timesFired()).isZero();
        assertThat(RuleVerifier.given(automatic, topology(Topology.SINGLE_NODE))
                .fire("machines: no register follower for a single core").timesFired()).isZero();
        Questionnaire one = Questionnaires.builder().zone("CH", "Bern", 1_000).followers(1).build();
        assertThat(RuleVerifier.given(one, topology(Topology.CLUSTER_SINGLE_CORE))
                .fire("machines: no register follower for a single core").timesFired()).isZero();
    }

    // --- machines: register followers go to the next zones in turn ---

    @Test
    void registerFollowersGoToTheNextZonesInTurn() {
        // Leader in zone 1; followers to zone 2, then zone 1 (wrapping), then zone 2 again:
        // 3 followers over 2 zones → zone 2 gets 2, zone 1 gets 1. Each is a register machine (1 / 2 / 20) with its data disk.
        var made = RuleVerifier.given(platform(1_000, 2_000), new FollowerCount(3), new RegisterDataDisk(15))
                .fire("machines: register followers go to the next zones in turn");
        assertExactly(made.of(MachineGroup.class),
                group(Role.REGISTER, Tier.FOLLOWER, "Zone 2", 2, 1, "2", 20, 15),
                group(Role.REGISTER, Tier.FOLLOWER, "Zone 1", 1, 1, "2", 20, 15));
    }

    @Test
    void withOneZoneTheFollowerStaysInIt() {
        // 1 follower, 1 zone: "the next zone" wraps round to zone 1.
        var made = RuleVerifier.given(platform(1_000), new FollowerCount(1), new RegisterDataDisk(30))
                .fire("machines: register followers go to the next zones in turn");
        assertExactly(made.of(MachineGroup.class), group(Role.REGISTER, Tier.FOLLOWER, "Zone 1", 1, 1, "2", 20, 30));
    }

    @Test
    void followersFillTheZonesAfterTheLeadersFirst() {
        // 1 follower over 3 zones → zone 2 only. 5 followers over 3 zones → zones 2, 3, 1, 2, 3:
        // zone 2 gets 2, zone 3 gets 2, zone 1 gets 1.
        var one = RuleVerifier.given(platform(1_000, 1_000, 1_000), new FollowerCount(1), new RegisterDataDisk(15))
                .fire("machines: register followers go to the next zones in turn");
        assertExactly(one.of(MachineGroup.class), group(Role.REGISTER, Tier.FOLLOWER, "Zone 2", 1, 1, "2", 20, 15));
        var five = RuleVerifier.given(platform(1_000, 1_000, 1_000), new FollowerCount(5), new RegisterDataDisk(15))
                .fire("machines: register followers go to the next zones in turn");
        assertExactly(five.of(MachineGroup.class),
                group(Role.REGISTER, Tier.FOLLOWER, "Zone 2", 2, 1, "2", 20, 15),
                group(Role.REGISTER, Tier.FOLLOWER, "Zone 3", 2, 1, "2", 20, 15),
                group(Role.REGISTER, Tier.FOLLOWER, "Zone 1", 1, 1, "2", 20, 15));
    }

    @Test
    void noFollowerMachinesForZeroFollowers() {
        assertThat(RuleVerifier.given(platform(1_000, 2_000), new FollowerCount(0), new RegisterDataDisk(15))
                .fire("machines: register followers go to the next zones in turn").timesFired()).isZero();
    }

    // --- machines: each zone gets its cores ---

    @Test
    void eachZoneGetsItsCores() {
        // 4 cores in CH at the core minimum (2 vCPU, 4 GB, 30 GB) with the zone's core data disk; 1 in DE with its own.
        var made = RuleVerifier.given(platform(1_000), topology(Topology.CLUSTER_COMPLIANCE_ZONES),
                        new ZoneCores("CH", 300_000, 4, Metric.READ_RPS, 75_000), new CoreDataDisk("CH", new BigDecimal("0.25"), 8555),
                        new ZoneCores("DE", 1_000, 1, null, 1_000), new CoreDataDisk("DE", new BigDecimal("0.25"), 115))
                .fire("machines: each zone gets its cores");
        assertExactly(made.of(MachineGroup.class),
                group(Role.CORE, Tier.NONE, "CH", 4, 2, "4", 30, 8555),
                group(Role.CORE, Tier.NONE, "DE", 1, 2, "4", 30, 115));
    }

    @Test
    void noCoresWithoutTheirDiskOrOnASingleNode() {
        assertThat(RuleVerifier.given(platform(1_000), topology(Topology.CLUSTER_LOAD_PARTITIONED),
                        new ZoneCores("CH", 300_000, 4, Metric.READ_RPS, 75_000), new CoreDataDisk("DE", BigDecimal.ONE, 10))
                .fire("machines: each zone gets its cores").timesFired()).isZero();
        assertThat(RuleVerifier.given(platform(1_000), topology(Topology.SINGLE_NODE),
                        new ZoneCores("Zone 1", 1_000, 1, null, 1_000), new CoreDataDisk("Zone 1", BigDecimal.ONE, 10))
                .fire("machines: each zone gets its cores").timesFired()).isZero();
    }

    // --- machines: no more than the outputs can list ---

    @Test
    void moreThanAHundredThousandMachinesAreRefused() {
        // 1 static-web + 1 register leader + 99,999 cores = 100,001 machines > 100,000: refused, with the total.
        var made = RuleVerifier.given(platform(1),
                        group(Role.STATIC_WEB, Tier.NONE, "Zone 1", 1, 1, "0.5", 10, 0),
                        group(Role.REGISTER, Tier.LEADER, "Zone 1", 1, 1, "2", 20, 15),
                        group(Role.CORE, Tier.NONE, "Zone 1", 99_999, 2, "4", 30, 100))
                .fire("machines: no more than the outputs can list");
        assertThat(made.timesFired()).isEqualTo(1);
        assertThat(made.one(Refusal.class).reason()).isEqualTo("the answers call for 100,001 machines, more than the "
                + "100,000 this tool lays out; check the users of each zone and the per-user loads");
        assertThat(made.reasons()).isEqualTo("100,001 machines > 100,000: refused");
    }

    @Test
    void aHundredThousandMachinesAreLaidOut() {
        // 1 + 1 + 99,998 = 100,000 machines: exactly the limit, not above it: must not match.
        assertThat(RuleVerifier.given(platform(1),
                        group(Role.STATIC_WEB, Tier.NONE, "Zone 1", 1, 1, "0.5", 10, 0),
                        group(Role.REGISTER, Tier.LEADER, "Zone 1", 1, 1, "2", 20, 15),
                        group(Role.CORE, Tier.NONE, "Zone 1", 99_998, 2, "4", 30, 100))
                .fire("machines: no more than the outputs can list").timesFired()).isZero();
    }

    @Test
    void theRegisterDiskIsSizedForThePlatformsBusiestYear() {
        // SIZING.md §8: 50,000 users in year 1, 250,000 in year 4 (PeakUsers, plan.drl): ⌈250,000 / 100,000⌉ = 3 blocks × 15 GB.
        var made = RuleVerifier.given(platform(50_000), topology(Topology.CLUSTER_SINGLE_CORE), new PeakUsers(250_000, 4))
                .fire("machines: register data disk grows by a step per started block of users above it");
        assertThat(made.one(RegisterDataDisk.class).gb()).isEqualTo(45);
        assertThat(made.reasons()).startsWith("250,000 platform users (year 4, the busiest) > 100,000");
    }
}
