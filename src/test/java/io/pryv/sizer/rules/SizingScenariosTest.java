package io.pryv.sizer.rules;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.Machine;
import io.pryv.sizer.model.PlanYear;
import io.pryv.sizer.model.PurchaseLine;
import io.pryv.sizer.model.MachineGroup;
import io.pryv.sizer.model.Tier;
import io.pryv.sizer.model.MachineType;
import io.pryv.sizer.model.Metric;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.Role;
import io.pryv.sizer.model.Sizing;
import io.pryv.sizer.model.Topology;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Whole runs of rules/*.drl through {@link SizingRules#size}: five questionnaires whose every expected
 * number is worked by hand from SIZING.md (§2 arithmetic, §3 topology, §4 machines). Template defaults
 * unless said: safety margin 20 %, headroom 25 %, storage 200 MB/s, 250 bytes per point, followers automatic.
 */
class SizingScenariosTest {

    private static SizingRules rules;

    @BeforeAll
    static void load() throws RulesException {
        rules = SizingRules.load(Path.of("rules"));
    }

    /** Machine types as (label, quantity, vCPU, RAM GB, services disk GB, data disk GB), RAM compared by value. */
    static void assertTypes(Sizing s, org.assertj.core.groups.Tuple... expected) {
        assertThat(s.machineTypes())
                .extracting(MachineType::label, MachineType::quantity, MachineType::vcpu,
                        t -> t.ramGb().stripTrailingZeros().toPlainString(), MachineType::servicesDiskGb, MachineType::dataDiskGb)
                .containsExactly(expected);
    }

    @Test
    void aSmallClinicOnASingleNode() {
        Questionnaire q = Questionnaires.builder().customer("Cabinet Médical du Lac").zone("Geneva", "Geneva", 2_000)
                .writeRps("0.01").readRps("0.02").writeMBPerDay("0.5").retentionYears("2").build();
        Sizing s = rules.size(q);
        // Loads: write 2000 × 0.01 × 1.2 = 24 req/s, read 2000 × 0.02 × 1.2 = 48 req/s, attachments 0 → 1 core.
        // One zone, one core, no rapid growth → single node (§3 rule 4).
        assertThat(s.topology()).isEqualTo(Topology.SINGLE_NODE);
        assertThat(s.registerFollowers()).isZero();
        // Data disk for all 2000 users: daily MB = max(0.5, 0) = 0.5;
        // ⌈2000 × 0.5 × 365 × 2 × 1.25 / 1000⌉ = ⌈912.5⌉ = 913 GB.
        // Per-core loads 24 and 48 ≤ 1000, no uploads → no upgrade: the minimum 2 vCPU, 4 GB, 30 GB.
        assertThat(s.upgrades()).isEmpty();
        assertThat(s.vmCount()).isEqualTo(1);
        assertThat(s.coreCount()).isEqualTo(1);
        assertThat(s.totalVcpu()).isEqualTo(2);
        assertThat(s.totalRamGb()).isEqualByComparingTo("4");
        assertThat(s.totalServicesDiskGb()).isEqualTo(30);
        assertThat(s.totalDataDiskGb()).isEqualTo(913);
        assertTypes(s, tuple("single node", 1L, 2, "4", 30, 913L));
        assertThat(s.machines()).extracting(Machine::hostName).containsExactly("pryv-node");
        // Storage by year: year 1 ⌈456.25⌉ = 457, year 2 = 913.
        assertThat(s.coreDataDiskByYear()).containsExactly(
                Map.entry(new BigDecimal("1"), 457L), Map.entry(new BigDecimal("2"), 913L));
    }

    @Test
    void aRapidGrowthStartupOnASingleCoreCluster() {
        Questionnaire q = Questionnaires.builder().zone("Lausanne", "Lausanne", 5_000).rapidGrowth(true)
                .writeRps("0.01").readRps("0.01").writeMBPerDay("0.1").build();
        Sizing s = rules.size(q);
        // Loads 5000 × 0.01 × 1.2 = 60 req/s each → 1 core; rapid growth → cluster with a single core (§3 rule 3).
        assertThat(s.topology()).isEqualTo(Topology.CLUSTER_SINGLE_CORE);
        // Followers automatic, one core → 0.
        assertThat(s.registerFollowers()).isZero();
        // Core data disk: ⌈5000 × 0.1 × 365 × 1 × 1.25 / 1000⌉ = ⌈228.125⌉ = 229 GB.
        // Register: 5000 ≤ 100 000 users → 15 GB.
        // Machines: static-web 1 vCPU / 0.5 GB / 10 GB; register 1 / 2 / 20 / 15; core 2 / 4 / 30 / 229.
        // Totals: 1 + 1 + 2 = 4 vCPU; 0.5 + 2 + 4 = 6.5 GB; data 0 + 15 + 229 = 244 GB; services 10 + 20 + 30 = 60 GB.
        assertThat(s.vmCount()).isEqualTo(3);
        assertThat(s.coreCount()).isEqualTo(1);
        assertThat(s.totalVcpu()).isEqualTo(4);
        assertThat(s.totalRamGb()).isEqualByComparingTo("6.5");
        assertThat(s.totalServicesDiskGb()).isEqualTo(60);
        assertThat(s.totalDataDiskGb()).isEqualTo(244);
        assertTypes(s,
                tuple("static-web", 1L, 1, "0.5", 10, 0L),
                tuple("register leader", 1L, 1, "2", 20, 15L),
                tuple("core", 1L, 2, "4", 30, 229L));
        assertThat(s.machines()).extracting(Machine::hostName).containsExactly("static-web", "register-leader", "core-lausanne-01");
    }

    @Test
    void aNationalServicePartitionedForLoad() {
        Questionnaire q = Questionnaires.builder().customer("National Health Platform").zone("CH", "Bern", 300_000)
                .writeRps("0.01").readRps("0.02").writeMBPerDay("0.1").writePointsPerDay("1000").retentionYears("3")
                .build();
        Sizing s = rules.size(q);
        // write 300 000 × 0.01 × 1.2 = 3600 req/s → ⌈1.8⌉ = 2; read 300 000 × 0.02 × 1.2 = 7200 → ⌈3.6⌉ = 4 cores (read binds).
        // One zone, 4 cores → partitioned for load (§3 rule 2); followers automatic → 1 (in the only zone).
        assertThat(s.topology()).isEqualTo(Topology.CLUSTER_LOAD_PARTITIONED);
        assertThat(s.registerFollowers()).isEqualTo(1);
        assertThat(s.zones().get(0).cores().cores()).isEqualTo(4);
        // Fullest core ⌈300 000 / 4⌉ = 75 000 users; daily MB = max(0.1, 1000 × 250 / 10^6 = 0.25) = 0.25;
        // ⌈75 000 × 0.25 × 365 × 3 × 1.25 / 1000⌉ = ⌈25 664.0625⌉ = 25 665 GB per core.
        // Per-core read 7200 / 4 = 1800 > 1000 → 4 vCPU; per-core write 3600 / 4 = 900 ≤ 1000; RAM stays 4 GB.
        // Register: 15 × ⌈300 000 / 100 000⌉ = 45 GB on leader and follower.
        // vCPU 1 + 1 + 1 + 4 × 4 = 19; RAM 0.5 + 2 + 2 + 4 × 4 = 20.5; data 45 + 45 + 4 × 25 665 = 102 750.
        assertThat(s.vmCount()).isEqualTo(7);
        assertThat(s.coreCount()).isEqualTo(4);
        assertThat(s.totalVcpu()).isEqualTo(19);
        assertThat(s.totalRamGb()).isEqualByComparingTo("20.5");
        assertThat(s.totalDataDiskGb()).isEqualTo(102_750);
        assertTypes(s,
                tuple("static-web", 1L, 1, "0.5", 10, 0L),
                tuple("register leader", 1L, 1, "2", 20, 45L),
                tuple("register follower", 1L, 1, "2", 20, 45L),
                tuple("core", 4L, 4, "4", 30, 25_665L));
        assertThat(s.machines()).extracting(Machine::hostName).containsExactly("static-web", "register-leader",
                "register-follower-ch-01", "core-ch-01", "core-ch-02", "core-ch-03", "core-ch-04");
        // The log gives the situation, then what it changed: the cores' vCPU only.
        assertThat(s.decisions()).filteredOn(d -> d.rule().startsWith("upgrade:")).extracting(d -> d.reason()).containsExactly(
                "CH: read requests per core 7,200 / 4 = 1,800 req/s, above 0.5 × 2,000: at least 4 vCPU",
                "the 4 cores in CH: 2 → 4 vCPU each (high read requests)");
        assertThat(s.refusals()).isEmpty();
        // Year 1: ⌈8554.6875⌉ = 8555, year 2: ⌈17 109.375⌉ = 17 110, year 3: 25 665 GB per core; × 4 cores.
        assertThat(s.coreDataDiskByYear()).containsExactly(Map.entry(new BigDecimal("1"), 34_220L),
                Map.entry(new BigDecimal("2"), 68_440L), Map.entry(new BigDecimal("3"), 102_660L));
    }

    @Test
    void threeComplianceZonesWithUploads() {
        Questionnaire q = Questionnaires.builder().zone("Switzerland", "Zürich", 20_000).zone("Germany", "Frankfurt", 30_000)
                .zone("France", "Paris", 10_000)
                .writeRps("0.01").readRps("0.01").attachmentWriteMBps("0.001").writeMBPerDay("1").build();
        Sizing s = rules.size(q);
        // Per zone, limits 2000 / 2000 / 600 / (200 MB/s / 2 = 100 MB/s):
        //   Switzerland: 20 000 × 0.01 × 1.2 = 240 req/s; 20 000 × 0.001 × 1.2 = 24 MB/s → 1 core
        //   Germany:     360 req/s; 36 MB/s → 1 core;  France: 120 req/s; 12 MB/s → 1 core.
        // Three zones → compliance zones (§3 rule 1); followers automatic, more than one core → 1, in zone 2 (Germany).
        assertThat(s.topology()).isEqualTo(Topology.CLUSTER_COMPLIANCE_ZONES);
        assertThat(s.registerFollowers()).isEqualTo(1);
        // Uploads (0.001 > 0) → every core 4 vCPU and 8 GB; per-core requests ≤ 360 < 1000: no more.
        // Disks: daily 1 MB; ⌈users × 1 × 365 × 1 × 1.25 / 1000⌉ = users × 0.45625:
        //   Switzerland 9125 GB; Germany ⌈13 687.5⌉ = 13 688 GB; France ⌈4562.5⌉ = 4563 GB.
        // Register: 60 000 platform users ≤ 100 000 → 15 GB, leader (Switzerland) and follower (Germany).
        // vCPU 1 + 1 + 1 + 3 × 4 = 15; RAM 0.5 + 2 + 2 + 3 × 8 = 28.5; data 15 + 15 + 9125 + 13 688 + 4563 = 27 406.
        assertThat(s.vmCount()).isEqualTo(6);
        assertThat(s.coreCount()).isEqualTo(3);
        assertThat(s.totalVcpu()).isEqualTo(15);
        assertThat(s.totalRamGb()).isEqualByComparingTo("28.5");
        assertThat(s.totalDataDiskGb()).isEqualTo(27_406);
        assertTypes(s,
                tuple("static-web", 1L, 1, "0.5", 10, 0L),
                tuple("register leader", 1L, 1, "2", 20, 15L),
                tuple("register follower", 1L, 1, "2", 20, 15L),
                tuple("core", 1L, 4, "8", 30, 9_125L),
                tuple("core", 1L, 4, "8", 30, 13_688L),
                tuple("core", 1L, 4, "8", 30, 4_563L));
        assertThat(s.machines()).extracting(Machine::hostName, Machine::zone).containsExactly(
                tuple("static-web", "Switzerland"), tuple("register-leader", "Switzerland"),
                tuple("register-follower-germany-01", "Germany"), tuple("core-switzerland-01", "Switzerland"),
                tuple("core-germany-01", "Germany"), tuple("core-france-01", "France"));
        assertThat(s.findings()).extracting(f -> f.code()).contains("ZONING_APPLIES_TO_ALL");
    }

    @Test
    void moreMachinesThanTheOutputsCanListAreRefused() {
        // 200,000,000 users × 1 req/s × 1.2 = 240,000,000 req/s; / 2,000 per core = 120,000 cores;
        // + static-web + register leader + 1 automatic follower = 120,003 machines > 100,000.
        Sizing s = rules.size(Questionnaires.builder().zone("Main", "Bern", 200_000_000).writeRps("1").build());
        assertThat(s.vmCount()).isEqualTo(120_003);
        assertThat(s.refusals()).extracting(r -> r.reason()).containsExactly("the answers call for 120,003 machines, "
                + "more than the 100,000 this tool lays out; check the users of each zone and the per-user loads");
    }

    @Test
    void attachmentWritesMisreadAsOneUsersUploadSpeedAreWarnedOfOnceEach() {
        // Issue 12: 1 MB/s per user. 290 000 × 1 × 1.2 = 348 000 MB/s; / (200 MB/s / 2) = 3,480 cores;
        // + static-web + register leader + 1 automatic follower = 3,483 machines.
        Questionnaire q = Questionnaires.builder().zone("DE", "Frankfurt", 290_000).writeRps("0.01").attachmentWriteMBps("1").build();
        Sizing s = rules.size(q);
        assertThat(s.coreCount()).isEqualTo(3_480);
        assertThat(s.vmCount()).isEqualTo(3_483);
        // One warning each, though the machines arrive group by group.
        assertThat(s.findings()).filteredOn(f -> f.code().startsWith("MANY_")).extracting(f -> f.code(), f -> f.text())
                .containsExactly(
                        tuple("MANY_CORES", "DE needs 3,480 cores, set by attachment writes: 'Data Production'!C6 (Attachment writes) "
                                + "is 1 MB/s per user. Is that one active user's own rate rather than the platform's peak divided "
                                + "by its users? More than 100 cores in one zone is seldom meant: check this answer before ordering."),
                        tuple("MANY_MACHINES", "The platform needs 3,483 machines, more than 1,000; most are cores set by attachment "
                                + "writes: 'Data Production'!C6 (Attachment writes) is 1 MB/s per user. Is that one active user's "
                                + "own rate rather than the platform's peak divided by its users? Check this answer before ordering."));
    }

    @Test
    void followersBeyondTheZonesWrapAroundAndAreNamedAfterTheirZone() {
        Questionnaire q = Questionnaires.builder().zone("Switzerland", "Zürich", 20_000).zone("Germany", "Frankfurt", 30_000)
                .zone("France", "Paris", 10_000).followers(4)
                .writeRps("0.01").readRps("0.01").writeMBPerDay("1").build();
        Sizing s = rules.size(q);
        // Follower i (from 0) stands in zone (1 + i) mod 3: Germany, France, Switzerland, Germany.
        assertThat(s.machines()).filteredOn(m -> m.role() == Role.REGISTER).extracting(Machine::hostName, Machine::zone)
                .containsExactlyInAnyOrder(tuple("register-leader", "Switzerland"),
                        tuple("register-follower-germany-01", "Germany"), tuple("register-follower-germany-02", "Germany"),
                        tuple("register-follower-france-01", "France"),
                        tuple("register-follower-switzerland-01", "Switzerland"));
    }

    @Test
    void coreHostNamesCarryTheZoneInPlainAsciiCutAtAWholeWord() {
        Questionnaire q = Questionnaires.builder().zone("Baden-Württemberg Unterland", "Stuttgart", 1_000)
                .zone("Łódź", "Łódź", 1_000).zone("中国", "Beijing", 1_000).zone("LODZ", "Łódź", 1_000)
                .zone("Donaudampfschifffahrtsgesellschaft", "Wien", 1_000).followers(0)
                .writeRps("0.01").readRps("0.01").build();
        Sizing s = rules.size(q);
        // Longer than 20: cut after the last whole word; nothing left or already taken: the zone's position.
        assertThat(s.machines()).filteredOn(m -> m.role() == Role.CORE).extracting(Machine::hostName).containsExactly(
                "core-baden-wurttemberg-01", "core-lodz-01", "core-z3-01", "core-z4-01", "core-donaudampfschifffahr-01");
    }

    @Test
    void zonesWhoseNamesShareTheirFirstWordsStillGetTheirOwnHostNames() {
        Questionnaire q = Questionnaires.builder().zone("Baden-Württemberg Nord", "Karlsruhe", 1_000)
                .zone("Baden-Württemberg Süd", "Freiburg", 1_000).zone("Z3", "Bern", 1_000).zone("北京", "Beijing", 1_000)
                .zone("中国", "Shanghai", 1_000).followers(0).writeRps("0.01").readRps("0.01").build();
        Sizing s = rules.size(q);
        // The second Baden-Württemberg keeps its cut at 20 characters; "北京" falls back to its position, z4; "中国"
        // to z5; "Z3" took z3 first, so no fallback can reuse it.
        assertThat(s.machines()).filteredOn(m -> m.role() == Role.CORE).extracting(Machine::hostName).containsExactly(
                "core-baden-wurttemberg-01", "core-baden-wurttemberg-su-01", "core-z3-01", "core-z4-01", "core-z5-01");
    }

    @Test
    void aFallbackNeverTakesANameAZoneAlreadyHas() {
        Questionnaire q = Questionnaires.builder().zone("Z2", "Bern", 1_000).zone("中国", "Shanghai", 1_000)
                .followers(0).writeRps("0.01").readRps("0.01").build();
        assertThat(rules.size(q).machines()).filteredOn(m -> m.role() == Role.CORE).extracting(Machine::hostName)
                .containsExactly("core-z2-01", "core-z2-2-01");
    }

    @Test
    void oneUserIsWrittenInTheSingularThroughoutTheDecisionLog() {
        Sizing s = rules.size(Questionnaires.builder().zone("Bern", "Bern", 1).writeRps("0.01").build());
        assertThat(s.decisions()).extracting(d -> d.reason()).noneMatch(r -> r.matches("(?s).*\\b1 (users|platform users|years|cores)\\b.*"))
                .anyMatch(r -> r.contains("Bern: 1 user × 0.01 req/s"));
    }

    @Test
    void twoHundredZonesOfTenMillionUsersEach() throws Exception {
        var b = Questionnaires.builder().writeRps("0.001").readRps("0.001").writeMBPerDay("0.01");
        for (int i = 1; i <= 200; i++) b.zone("Zone " + i, "Region " + i, 10_000_000);
        Questionnaire q = b.build();

        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Sizing s;
        try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            s = SizingRules.load(Path.of("rules")).size(q);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).as("printed while sizing").isEmpty();

        // Per zone: write = read = 10 000 000 × 0.001 × 1.2 = 12 000 req/s → ⌈6⌉ = 6 cores.
        // Per-core 12 000 / 6 = 2000 > 1000 → 4 vCPU, 4 GB. Fullest core ⌈10 000 000 / 6⌉ = 1 666 667 users:
        // ⌈1 666 667 × 0.01 × 365 × 1 × 1.25 / 1000⌉ = ⌈7604.1681875⌉ = 7605 GB per core.
        // Register: 2 000 000 000 users → 15 × ⌈20 000⌉ = 300 000 GB on the leader and the 1 automatic follower.
        // vmCount 1 + 1 + 1 + 200 × 6 = 1203; vCPU 3 + 1200 × 4 = 4803; RAM 0.5 + 2 + 2 + 1200 × 4 = 4804.5;
        // data 2 × 300 000 + 1200 × 7605 = 600 000 + 9 126 000 = 9 726 000 GB.
        assertThat(s.topology()).isEqualTo(Topology.CLUSTER_COMPLIANCE_ZONES);
        assertThat(s.registerFollowers()).isEqualTo(1);
        assertThat(s.vmCount()).isEqualTo(1203);
        assertThat(s.coreCount()).isEqualTo(1200);
        assertThat(s.totalVcpu()).isEqualTo(4803);
        assertThat(s.totalRamGb()).isEqualByComparingTo("4804.5");
        assertThat(s.totalDataDiskGb()).isEqualTo(9_726_000);
        assertThat(s.machineGroups()).filteredOn(g -> g.role() == Role.CORE)
                .hasSize(200).allSatisfy(g -> {
                    assertThat(g.count()).isEqualTo(6);
                    assertThat(g.vcpu()).isEqualTo(4);
                    assertThat(g.dataDiskGb()).isEqualTo(7605);
                });
        assertThat(s.machineGroups()).filteredOn(g -> g.role() == Role.REGISTER)
                .extracting(MachineGroup::tier, MachineGroup::zone, MachineGroup::dataDiskGb)
                .containsExactly(tuple(Tier.LEADER, "Zone 1", 300_000L), tuple(Tier.FOLLOWER, "Zone 2", 300_000L));
        assertThat(s.machines()).extracting(Machine::hostName).hasSize(1203).doesNotHaveDuplicates()
                .contains("core-zone-1-01", "core-zone-200-06");
    }

    @Test
    void aQuestionnaireOfTodayWithUbuntu2204AndCurrentDockerMeetsEveryRequirement() {
        // 2026-12-04: Ubuntu 22.04 is in standard support until 2027-05-31; Docker 27.3 ≥ 19, docker-compose 2.29 ≥ 1.21.
        // The things to say: standard support ends within the 5-year plan (SIZING.md §5), and the single node (one zone of
        // 1,000 users, 12 and 24 req/s: one core) is a single point of failure; both notes.
        Questionnaire q = Questionnaires.builder().date(java.time.LocalDate.of(2026, 12, 4)).os("Ubuntu 22.04")
                .docker("27.3").compose("2.29").writeRps("0.01").readRps("0.02").writeMBPerDay("0.5").build();
        Sizing s = rules.size(q);
        assertThat(s.findings()).extracting(io.pryv.sizer.model.Finding::code).containsExactly("ONE_MACHINE", "OS_SUPPORT_ENDS_IN_PLAN");
        assertThat(s.systemRequirements()).extracting(r -> r.met().label()).containsExactly("yes", "yes", "yes");
    }

    // Data-disk cap (SIZING.md §2): 0.5 MB per user per day for 2 years, headroom 25 %:
    // g = 0.5 × 365 × 2 × 1.25 / 1000 = 0.45625 GB per user; a 73 GB cap holds u = 73 / 0.45625 = 160 users exactly.

    private static Questionnaire capped(long users, String capGb) {
        return Questionnaires.builder().zone("Zurich", "Zurich", users).writeMBPerDay("0.5").retentionYears("2")
                .set(Question.MAX_DATA_DISK_PER_CORE_GB, capGb).build();
    }

    @Test
    void aSingleNodeMayFillItsDataDiskExactlyToTheCap() {
        // 160 users: ⌈160 × 0.45625⌉ = 73 GB, the cap itself: allowed, so one core and a single node.
        Sizing s = rules.size(capped(160, "73"));
        assertThat(s.topology()).isEqualTo(Topology.SINGLE_NODE);
        assertThat(s.machines()).extracting(Machine::dataDiskGb).containsExactly(73L);
        // No load on the four metrics: the data disk, at 160 of 160 users, is the only metric that asks for a core.
        assertThat(s.zones().get(0).cores().bindingMetric()).isEqualTo(Metric.DATA_DISK);
    }

    @Test
    void oneUserMoreThanTheCapHoldsMakesTheSingleNodeACluster() {
        // 161 users > 160: ⌈161 / 160⌉ = 2 cores, set by the data disk; one zone with 2 cores → load partitioned (§3 rule 2).
        // Fullest core ⌈161 / 2⌉ = 81 users: ⌈81 × 0.45625⌉ = ⌈36.95625⌉ = 37 GB ≤ 73. The register (15 GB) is not bounded.
        Sizing s = rules.size(capped(161, "73"));
        assertThat(s.topology()).isEqualTo(Topology.CLUSTER_LOAD_PARTITIONED);
        assertThat(s.zones().get(0).cores().cores()).isEqualTo(2);
        assertThat(s.zones().get(0).cores().bindingMetric()).isEqualTo(Metric.DATA_DISK);
        assertThat(s.machines()).filteredOn(m -> m.role() == Role.CORE).extracting(Machine::dataDiskGb).containsExactly(37L, 37L);
        assertThat(s.machines()).filteredOn(m -> m.role().holdsUserData()).allMatch(m -> m.dataDiskGb() <= 73);
        assertThat(s.decisions()).extracting(d -> d.reason())
                .contains("Zurich: 2 cores, set by data disk: 161 users in the zone, at most 160 per core; "
                        + "fullest core: 161 users / 2 cores, rounded up: 81 users")
                .anyMatch(r -> r.startsWith("Zurich: 161 users, at most 160 per core under the 73 GB cap → 2 cores (data disk): "));
    }

    @Test
    void withoutACapTheSameAnswersStayOnOneNode() {
        // Same 161 users, no cap: ⌈161 × 0.45625⌉ = ⌈73.45625⌉ = 74 GB on a single node.
        Sizing s = rules.size(capped(161, null));
        assertThat(s.topology()).isEqualTo(Topology.SINGLE_NODE);
        assertThat(s.machines()).extracting(Machine::dataDiskGb).containsExactly(74L);
    }

    @Test
    void aCapBelowOneUsersDataRefusesTheAnswers() {
        // 200 MB × 365 × 2 × 1.25 / 1000 = 182.5 GB for one user, over a 100 GB cap.
        Questionnaire q = Questionnaires.builder().zone("Zurich", "Zurich", 10).writeMBPerDay("200").retentionYears("2")
                .set(Question.MAX_DATA_DISK_PER_CORE_GB, "100").build();
        assertThat(rules.size(q).refusals()).extracting(r -> r.reason()).containsExactly(
                "Deployment!C14 (Largest data disk per core): 100 GB holds no user: one user's data over the retention takes 182.5 GB");
    }

    /**
     * The issue's customer (SIZING.md §7-§9): two zones growing several-fold over four years, with prices in CHF.
     * CH: 8,000 users, then 12,000, 20,000, 40,000 (year 5 blank: 40,000); DE: 4,000, blank, 10,000, 20,000.
     * Per user: 0.1 read and 0.02 write req/s, 2,000 points a day of 250 bytes (0.5 MB), kept 10 years.
     * Worked out in the two tests below.
     */
    private static Questionnaire growingPricedCustomer() {
        return Questionnaires.builder().zone("CH", "Zürich", 8_000, 12_000L, 20_000L, 40_000L)
                .zone("DE", "Frankfurt", 4_000, null, 10_000L, 20_000L).readRps("0.1").writeRps("0.02")
                .writePointsPerDay("2000").retentionYears("10").currency("CHF")
                .set(Question.PRICE_MACHINE_MONTH, "20").set(Question.PRICE_VCPU_MONTH, "15").set(Question.PRICE_RAM_GB_MONTH, "4")
                .set(Question.PRICE_SERVICES_DISK_GB_MONTH, "0.2").set(Question.PRICE_DATA_DISK_GB_MONTH, "0.1").build();
    }

    @Test
    void aCustomerGrowingSeveralFoldOverFourYearsInTwoZonesWithPrices() {
        Sizing s = rules.size(growingPricedCustomer());
        // Reads bind: 0.1 × 1.2 = 0.12 req/s per user; need = ⌈U × 0.12 / 2,000⌉.
        // CH: 960 → 1, 1,440 → 1, 2,400 → 2, 4,800 → 3, 3. DE: 480 → 1, 1, 1,200 → 1, 2,400 → 2, 2.
        assertThat(s.plan()).extracting(y -> y.zones().get(0).cores()).containsExactly(1L, 1L, 2L, 3L, 3L);
        assertThat(s.plan()).extracting(y -> y.zones().get(1).cores()).containsExactly(1L, 1L, 1L, 2L, 2L);
        // Static-web, register leader, 1 follower (two zones: more than one core from year 1), and the cores.
        assertThat(s.plan()).extracting(PlanYear::machines).containsExactly(5L, 5L, 6L, 8L, 8L);
        assertThat(s.plan()).extracting(PlanYear::topology).containsOnly(Topology.CLUSTER_COMPLIANCE_ZONES);
        assertThat(s.plan().get(3).added()).extracting(MachineGroup::zone, MachineGroup::count).containsExactly(tuple("CH", 1L), tuple("DE", 1L));
        // Year 2 puts CH's 12,000 users on 1 core, 1,440 req/s > 1,000; DE's year 3, 1,200 > 1,000: both zones' cores
        // get 4 vCPU. F: CH max(8,000, 12,000, 10,000, ⌈40,000 / 3⌉ = 13,334) = 13,334; DE max(4,000, 10,000, 10,000) = 10,000.
        // Disks: ⌈F × 0.5 MB × 365 × 10 × 1.25 / 1,000⌉ = ⌈F × 2.28125⌉: CH ⌈30,418.44⌉ = 30,419; DE ⌈22,812.5⌉ = 22,813.
        // The register: the busiest year has 60,000 users, ≤ 100,000: 15 GB.
        assertTypes(s, tuple("static-web", 1L, 1, "0.5", 10, 0L), tuple("register leader", 1L, 1, "2", 20, 15L),
                tuple("register follower", 1L, 1, "2", 20, 15L), tuple("core", 1L, 4, "4", 30, 30_419L), tuple("core", 1L, 4, "4", 30, 22_813L));
        // Provisioned each year: ⌈F(k) × k × 0.228125⌉. CH: 1,825; 5,475; 8,212.5 → 8,213; 12,167.28 → 12,168; 15,209.09 → 15,210.
        // DE: 912.5 → 913; 1,825; 6,843.75 → 6,844; 9,125; 11,406.25 → 11,407.
        assertThat(s.plan()).extracting(y -> y.zones().get(0).dataDiskGb()).containsExactly(1_825L, 5_475L, 8_213L, 12_168L, 15_210L);
        assertThat(s.plan()).extracting(y -> y.zones().get(1).dataDiskGb()).containsExactly(913L, 1_825L, 6_844L, 9_125L, 11_407L);
        // A month: static-web 20 + 15 + 2 + 2 = 39; a register 20 + 15 + 8 + 4 + 1.5 = 48.5; a core 20 + 60 + 16 + 6 = 102
        // plus 0.1 a GB of disk. Year 1: 39 + 97 + (102 + 182.5) + (102 + 91.3) = 613.8 → × 12 = 7,365.6.
        // Year 2: 136 + 649.5 + 284.5 = 1,070 → 12,840. Year 3: 136 + 2 × 923.3 + 786.4 = 2,769 → 33,228.
        // Year 4: 136 + 3 × 1,318.8 + 2 × 1,014.5 = 6,121.4 → 73,456.8. Year 5: 136 + 3 × 1,623 + 2 × 1,242.7 = 7,490.4 → 89,884.8.
        assertThat(s.plan()).extracting(PlanYear::cost).usingElementComparator(BigDecimal::compareTo).containsExactly(
                new BigDecimal("7365.6"), new BigDecimal("12840"), new BigDecimal("33228"), new BigDecimal("73456.8"), new BigDecimal("89884.8"));
        assertThat(s.costs().year1()).isEqualByComparingTo("7365.6");
        assertThat(s.costs().plan()).isEqualByComparingTo("216775.2");
        // Headroom of year 1, CH: 1 core holds ⌊2,000 / 0.12⌋ = 16,666 users: room 8,666, 108 %.
        assertThat(s.zones().get(0).headroom().summary()).isEqualTo("1 core holds up to 16,666 users (read requests); 8,000 users: room for 8,666 (108 %)");
    }

    @Test
    void theGrowingPricedCustomerOrdersEveryLineOfItsYearOne() {
        Sizing s = rules.size(growingPricedCustomer());
        // As above: machines a month with year 1's disks: static-web 39, each register 48.5, CH core 102 + 182.5 = 284.5,
        // DE core 102 + 91.3 = 193.3; together 613.8, a twelfth of year 1's 7,365.6.
        // Data disks of the bill of materials: CH 15 + 30,419 = 30,434 GB, DE 15 + 22,813 = 22,828 GB; 2 backup copies:
        // 60,868 and 45,656 GB. Public addresses: CH static-web, leader, core = 3; DE follower, core = 2. No uploads and
        // no reads per day (both 0 by default): no network lines.
        assertThat(s.purchase()).extracting(PurchaseLine::item, PurchaseLine::zone, l -> l.quantity().longValueExact(),
                        l -> l.monthlyCost() == null ? null : l.monthlyCost().stripTrailingZeros().toPlainString())
                .containsExactly(
                        tuple("Virtual machine: static-web", "CH", 1L, "39"),
                        tuple("Virtual machine: register leader", "CH", 1L, "48.5"),
                        tuple("Virtual machine: core", "CH", 1L, "284.5"),
                        tuple("Virtual machine: register follower", "DE", 1L, "48.5"),
                        tuple("Virtual machine: core", "DE", 1L, "193.3"),
                        tuple("Data disk", "CH", 30_434L, null),
                        tuple("Data disk", "DE", 22_828L, null),
                        tuple("Public IPv4 address", "CH", 3L, null),
                        tuple("Public IPv4 address", "DE", 2L, null),
                        tuple("Domain name", "", 1L, null),
                        tuple("Wildcard TLS certificate", "", 1L, null),
                        tuple("Pryv.io licence key", "", 1L, null),
                        tuple("E-mail relay (SMTP)", "", 1L, null),
                        tuple("Backup storage", "CH", 60_868L, null),
                        tuple("Backup storage", "DE", 45_656L, null));
        assertThat(s.purchase().stream().map(PurchaseLine::monthlyCost).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add).multiply(BigDecimal.valueOf(12))).isEqualByComparingTo(s.costs().year1());
    }

    @Test
    void aSingleZoneThatNeedsASecondCoreInYearThreeStartsAsAClusterWithOneCore() {
        // SIZING.md §8: CH, 8,000 users then 12,000, 20,000, 40,000 at 0.1 read req/s × 1.2 = 0.12: 960 and 1,440 req/s fit
        // on 1 core, 2,400 need 2 (year 3), 4,800 need 3 (year 4). Year 1 builds a cluster with a single core and no
        // follower; year 3 adds a core and the follower (more than one core), year 4 a core.
        Questionnaire q = Questionnaires.builder().zone("CH", "Zürich", 8_000, 12_000L, 20_000L, 40_000L).readRps("0.1").build();
        Sizing s = rules.size(q);
        assertThat(s.topology()).isEqualTo(Topology.CLUSTER_SINGLE_CORE);
        assertThat(s.topologyReason()).isEqualTo("one zone and one core in year 1, but year 3's 20,000 users need 2 cores "
                + "(read requests): roles on separate machines so cores can be added");
        assertThat(s.registerFollowers()).isZero();
        assertThat(s.plan()).extracting(PlanYear::topology).containsExactly(Topology.CLUSTER_SINGLE_CORE, Topology.CLUSTER_SINGLE_CORE,
                Topology.CLUSTER_LOAD_PARTITIONED, Topology.CLUSTER_LOAD_PARTITIONED, Topology.CLUSTER_LOAD_PARTITIONED);
        assertThat(s.plan()).extracting(PlanYear::machines).containsExactly(3L, 3L, 5L, 6L, 6L);
        assertThat(s.plan().get(2).added()).extracting(MachineGroup::label, MachineGroup::count)
                .containsExactly(tuple("register follower", 1L), tuple("core", 1L));
    }

    // Single points of failure on real sizings (issue 15): each is named once, with what removes it.

    @Test
    void aSingleZoneWithoutAFollowerUntilYearThreeIsToldSo() {
        // As above: CH grows to 2 cores in year 3 (0.1 read req/s); the follower comes with the second core.
        // The busiest year has 40,000 users ≤ 100,000: the register's data disk is 15 GB.
        Questionnaire q = Questionnaires.builder().zone("CH", "Zürich", 8_000, 12_000L, 20_000L, 40_000L).readRps("0.1").build();
        Sizing s = rules.size(q);
        assertThat(s.findings()).filteredOn(f -> f.code().equals("ONE_REGISTER")).extracting(f -> f.severity(), f -> f.text())
                .containsExactly(tuple(io.pryv.sizer.model.Finding.Severity.NOTE, "The register leader in CH is the platform's only "
                        + "register machine, so the only name server its domain is delegated to: while it is down, no user can sign in "
                        + "or be found, until year 3, when the plan adds a follower. Answering 1 to Deployment!C7 (Register followers of v1) "
                        + "adds a register follower in CH from year 1, a second name server: one more machine in the bill of materials "
                        + "(1 vCPU, 2 GB RAM, 20 GB services disk, 15 GB data disk)."));
        assertThat(s.findings()).extracting(io.pryv.sizer.model.Finding::code).contains("ONE_CORE_ZONE").doesNotContain("ONE_MACHINE");
    }

    @Test
    void twoZonesOfOneCoreShareTheirRegisterAndTheirNote() {
        // CH 8,000 and DE 4,000 users at 0.1 read req/s: 960 and 480 req/s, one core each; automatic follower in DE.
        Questionnaire q = Questionnaires.builder().zone("CH", "Zürich", 8_000).zone("DE", "Frankfurt", 4_000).readRps("0.1").build();
        Sizing s = rules.size(q);
        assertThat(s.findings()).extracting(io.pryv.sizer.model.Finding::code)
                .contains("ONE_CORE_ZONE", "REGISTER_ACROSS_ZONES").doesNotContain("ONE_REGISTER", "ONE_MACHINE");
        assertThat(s.findings()).filteredOn(f -> f.code().equals("REGISTER_ACROSS_ZONES")).extracting(io.pryv.sizer.model.Finding::text)
                .containsExactly("The register keeps the account names of the users of every zone on its leader in CH and on its "
                        + "follower in DE: confirm that the rules of each zone allow its users' account names to be kept in another zone.");
        assertThat(s.findings()).filteredOn(f -> f.code().equals("ONE_CORE_ZONE")).extracting(io.pryv.sizer.model.Finding::text)
                .allMatch(t -> t.startsWith("2 zones have a single core (CH, DE): while a zone's core is down, its users cannot reach their data"));
    }
}
