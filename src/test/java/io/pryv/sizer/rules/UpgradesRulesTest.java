package io.pryv.sizer.rules;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.Decision;
import io.pryv.sizer.model.ZoneYear;
import io.pryv.sizer.model.MachineGroup;
import io.pryv.sizer.model.Metric;
import io.pryv.sizer.model.MetricLoad;
import io.pryv.sizer.model.PlatformTopology;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.Role;
import io.pryv.sizer.model.Tier;
import io.pryv.sizer.model.Topology;
import io.pryv.sizer.model.Upgrade;
import io.pryv.sizer.model.UpgradedGroup;
import io.pryv.sizer.model.ZoneCores;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.pryv.sizer.rules.ExactRecords.assertExactly;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * rules/upgrades.drl: SIZING.md §4 "Upgrades". High requests: per-core write or read load strictly above
 * 50 % of its 2000 req/s limit, i.e. above 1000 req/s per core → at least 4 vCPU.
 * Image uploads: AttachmentWriteMBps > 0 → at least 4 vCPU and 8 GB RAM.
 * Each machine group then takes, for vCPU and RAM each, the largest minimum of the upgrades of its role and zone.
 */
class UpgradesRulesTest {

    private static final Questionnaire ONE_ZONE = Questionnaires.builder().zone("CH", "Bern", 50_001).build();

    private static MetricLoad load(Metric metric, String load, long cores) {
        return new MetricLoad("CH", metric, new BigDecimal(load), new BigDecimal("2000"), cores);
    }

    private static ZoneCores cores(long n) {
        return new ZoneCores("CH", 50_001, n, Metric.WRITE_RPS, (50_001 + n - 1) / n);
    }

    private static RuleVerifier.Result highRequests(Topology topology, long cores, MetricLoad load) {
        return RuleVerifier.given(ONE_ZONE, new PlatformTopology(topology), cores(cores), load)
                .fire("upgrade: high request load per core needs more CPU");
    }

    // --- upgrade: high request load per core needs more CPU ---

    @Test
    void highRequestLoadPerCoreNeedsMoreCpu() {
        // 1 core, 50 001 users × 0.02 req/s × (1 + 0%) = 1000.02 req/s per core > 0.5 × 2000 = 1000 → 4 vCPU.
        var made = highRequests(Topology.CLUSTER_SINGLE_CORE, 1, load(Metric.WRITE_RPS, "1000.02", 1));
        assertExactly(made.of(Upgrade.class), new Upgrade(Role.CORE, "CH", "high write requests", 4, null));
        assertThat(made.reasons()).contains("per core 1,000.02 / 1 = 1,000.02 req/s, above 0.5 × 2,000");
    }

    @Test
    void theReasonRoundsThePerCoreLoadUp() {
        // 2000.00001 / 2 cores = 1000.000005 > 1000: shown as 1,000.01 (rounded up, as in the capacity tables), never as 1,000.
        var made = highRequests(Topology.CLUSTER_LOAD_PARTITIONED, 2, load(Metric.WRITE_RPS, "2000.00001", 2));
        assertThat(made.reasons()).contains("per core 2,000.00001 / 2 = 1,000.01 req/s, above 0.5 × 2,000");
    }

    @Test
    void exactlyHalfTheLimitPerCoreIsNoUpgrade() {
        // 1 core, 1000 req/s (e.g. 50 000 users × 0.02 × 1.0): not above 1000 → must not match.
        assertThat(highRequests(Topology.CLUSTER_SINGLE_CORE, 1, load(Metric.WRITE_RPS, "1000", 1)).timesFired()).isZero();
    }

    @Test
    void thePerCoreLoadIsTheZoneLoadSharedByItsCores() {
        // 2 cores, zone load 2000 req/s → 1000 per core: no upgrade.
        assertThat(highRequests(Topology.CLUSTER_LOAD_PARTITIONED, 2, load(Metric.READ_RPS, "2000", 1)).timesFired()).isZero();
        // 2 cores, zone load 2000.02 req/s → 1000.01 per core > 1000: upgrade on reads.
        var made = highRequests(Topology.CLUSTER_LOAD_PARTITIONED, 2, load(Metric.READ_RPS, "2000.02", 2));
        assertExactly(made.of(Upgrade.class), new Upgrade(Role.CORE, "CH", "high read requests", 4, null));
    }

    @Test
    void onASingleNodeTheUpgradeGoesToTheSingleNode() {
        var made = highRequests(Topology.SINGLE_NODE, 1, load(Metric.READ_RPS, "1200", 1));
        assertExactly(made.of(Upgrade.class), new Upgrade(Role.SINGLE_NODE, "CH", "high read requests", 4, null));
    }

    @Test
    void attachmentLoadsAreNotRequestLoad() {
        // 599 attachment reads per core is near its own 600 limit, but the high-request situation reads
        // only write and read requests: must not match.
        MetricLoad attachments = new MetricLoad("CH", Metric.ATTACHMENT_READ_RPS, new BigDecimal("599"), new BigDecimal("600"), 1);
        assertThat(highRequests(Topology.CLUSTER_SINGLE_CORE, 1, attachments).timesFired()).isZero();
    }

    // --- upgrade: image uploads need more CPU and RAM ---

    @Test
    void imageUploadsNeedMoreCpuAndRam() {
        // AttachmentWriteMBps 0.001 > 0 → every zone's cores: at least 4 vCPU and 8 GB RAM.
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 1_000).zone("DE", "Berlin", 1_000)
                .attachmentWriteMBps("0.001").build();
        var made = RuleVerifier.given(q, new PlatformTopology(Topology.CLUSTER_COMPLIANCE_ZONES),
                        new ZoneCores("CH", 1_000, 1, Metric.ATTACHMENT_WRITE_MBPS, 1_000),
                        new ZoneCores("DE", 1_000, 1, Metric.ATTACHMENT_WRITE_MBPS, 1_000))
                .fire("upgrade: image uploads need more CPU and RAM");
        assertExactly(made.of(Upgrade.class),
                new Upgrade(Role.CORE, "CH", "attachment uploads", 4, new BigDecimal("8")),
                new Upgrade(Role.CORE, "DE", "attachment uploads", 4, new BigDecimal("8")));
    }

    @Test
    void uploadsOnASingleNodeUpgradeTheSingleNode() {
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 1_000).attachmentWriteMBps("0.001").build();
        var made = RuleVerifier.given(q, new PlatformTopology(Topology.SINGLE_NODE), new ZoneCores("CH", 1_000, 1, null, 1_000))
                .fire("upgrade: image uploads need more CPU and RAM");
        assertExactly(made.of(Upgrade.class), new Upgrade(Role.SINGLE_NODE, "CH", "attachment uploads", 4, new BigDecimal("8")));
    }

    @Test
    void noAttachmentWritesNoUploadUpgrade() {
        // AttachmentWriteMBps = 0 (the default): must not match.
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 1_000).build();
        assertThat(RuleVerifier.given(q, new PlatformTopology(Topology.CLUSTER_SINGLE_CORE), new ZoneCores("CH", 1_000, 1, null, 1_000))
                .fire("upgrade: image uploads need more CPU and RAM").timesFired()).isZero();
    }

    // --- upgrade: the largest minimum asked for wins ---

    /** {@code count} cores of zone {@code zone} at the core minimum of the guide: 2 vCPU, 4 GB RAM. */
    private static MachineGroup coresAtMinimum(String zone, long count) {
        return new MachineGroup(Role.CORE, Tier.NONE, zone, count, 2, new BigDecimal("4"), 30, 500);
    }

    private static final Upgrade UPLOADS = new Upgrade(Role.CORE, "CH", "attachment uploads", 4, new BigDecimal("8"));
    private static final Upgrade HIGH_READS = new Upgrade(Role.CORE, "CH", "high read requests", 4, null);

    private static RuleVerifier.Result raised(Object... facts) {
        return RuleVerifier.given(facts).fire("upgrade: the largest minimum asked for wins");
    }

    private static MachineGroup core(String zone, long count, int vcpu, String ram) {
        return new MachineGroup(Role.CORE, Tier.NONE, zone, count, vcpu, new BigDecimal(ram), 30, 500);
    }

    @Test
    void uploadsRaiseACoreToFourVcpuAndEightGb() {
        MachineGroup core = coresAtMinimum("CH", 1);
        var made = raised(ONE_ZONE, core, UPLOADS);
        assertExactly(made.of(UpgradedGroup.class), new UpgradedGroup(core, core("CH", 1, 4, "8")));
        assertThat(made.reasons()).isEqualTo("the core in CH: 2 → 4 vCPU, 4 → 8 GB RAM (attachment uploads)");
    }

    @Test
    void highRequestsAloneRaiseTheVcpuAndLeaveTheRam() {
        // 5 cores at 2 vCPU and 4 GB; high reads ask for 4 vCPU and no RAM: 4 vCPU, 4 GB each.
        MachineGroup cores = coresAtMinimum("CH", 5);
        var made = raised(ONE_ZONE, cores, HIGH_READS);
        assertExactly(made.of(UpgradedGroup.class), new UpgradedGroup(cores, core("CH", 5, 4, "4")));
        assertThat(made.reasons()).isEqualTo("the 5 cores in CH: 2 → 4 vCPU each (high read requests)");
    }

    @Test
    void withBothTheLargestMinimumOfEachWins() {
        // High reads: 4 vCPU; uploads: 4 vCPU and 8 GB → max(2, 4, 4) = 4 vCPU, max(4, 8) = 8 GB, both situations named.
        MachineGroup core = coresAtMinimum("CH", 1);
        var made = raised(ONE_ZONE, core, HIGH_READS, UPLOADS);
        assertExactly(made.of(UpgradedGroup.class), new UpgradedGroup(core, core("CH", 1, 4, "8")));
        assertThat(made.reasons())
                .isEqualTo("the core in CH: 2 → 4 vCPU, 4 → 8 GB RAM (attachment uploads, high read requests)");
    }

    @Test
    void vcpuAndRamEachTakeTheirOwnLargestMinimum() {
        // One upgrade asks 6 vCPU and 6 GB, another 4 vCPU and 12 GB: 6 vCPU from the first, 12 GB from the second.
        MachineGroup core = coresAtMinimum("CH", 1);
        var made = raised(ONE_ZONE, core, new Upgrade(Role.CORE, "CH", "first", 6, new BigDecimal("6")),
                new Upgrade(Role.CORE, "CH", "second", 4, new BigDecimal("12")));
        assertExactly(made.of(UpgradedGroup.class), new UpgradedGroup(core, core("CH", 1, 6, "12")));
        assertThat(made.reasons()).isEqualTo("the core in CH: 2 → 6 vCPU, 4 → 12 GB RAM (first, second)");
    }

    @Test
    void theSingleNodeIsRaisedLikeACore() {
        MachineGroup node = new MachineGroup(Role.SINGLE_NODE, Tier.NONE, "CH", 1, 2, new BigDecimal("4"), 30, 183);
        var made = raised(ONE_ZONE, node, new Upgrade(Role.SINGLE_NODE, "CH", "attachment uploads", 4, new BigDecimal("8")));
        assertExactly(made.of(UpgradedGroup.class), new UpgradedGroup(node,
                new MachineGroup(Role.SINGLE_NODE, Tier.NONE, "CH", 1, 4, new BigDecimal("8"), 30, 183)));
        assertThat(made.reasons()).isEqualTo("the single node in CH: 2 → 4 vCPU, 4 → 8 GB RAM (attachment uploads)");
    }

    @Test
    void noUpgradeNoChangeAndNoLogLine() {
        var made = raised(ONE_ZONE, coresAtMinimum("CH", 1));
        assertThat(made.timesFired()).isZero();
        assertThat(made.of(UpgradedGroup.class)).isEmpty();
        assertThat(made.of(Decision.class)).isEmpty();
    }

    @Test
    void anUpgradeConcernsOnlyItsRoleAndZone() {
        // The uploads of CH raise neither the cores of DE nor the register leader standing in CH: must not match.
        MachineGroup register = new MachineGroup(Role.REGISTER, Tier.LEADER, "CH", 1, 1, new BigDecimal("2"), 20, 15);
        assertThat(raised(ONE_ZONE, coresAtMinimum("DE", 1), register, UPLOADS).timesFired()).isZero();
    }

    @Test
    void aGroupAlreadyAtTheMinimumIsNotRaised() {
        // Cores of 4 vCPU and 8 GB already meet the uploads' minimum: no change, so no line either.
        assertThat(raised(ONE_ZONE, core("CH", 1, 4, "8"), UPLOADS).timesFired()).isZero();
    }

    @Test
    void aLaterYearsHighLoadPerCoreUpgradesTheCoresBoughtInYearOne() {
        // SIZING.md §8: the upgrade holds if in ANY plan year load(z,k) / c(z,k) > 50 % of the limit. Year 1: 1,000 req/s
        // for 50,001 users on 1 core, 50 %: not above. Year 2: 60,000 users, same 1 core (c stays, need is given):
        // 1,000 × 60,000 / 50,001 = 1,199.976… → shown rounded up, 1,199.98 req/s on 1 core, above 1,000.
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 50_001, 60_000L).planYears(2).build();
        var made = RuleVerifier.given(q, new PlatformTopology(Topology.CLUSTER_SINGLE_CORE), cores(1), load(Metric.WRITE_RPS, "1000", 1),
                        new ZoneYear("CH", 1, 50_001, 1, Metric.WRITE_RPS, 1, 1, 50_001, 0),
                        new ZoneYear("CH", 2, 60_000, 1, Metric.WRITE_RPS, 1, 0, 60_000, 0))
                .fire("upgrade: high request load per core needs more CPU");
        assertThat(made.of(Upgrade.class)).hasSize(1);
        assertThat(made.reasons()).isEqualTo("CH: write requests per core in year 2 (60,000 users) 1,199.98 / 1 = 1,199.98 req/s, "
                + "above 0.5 × 2,000: at least 4 vCPU");
    }
}
