package io.pryv.sizer.rules;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.MachineGroup;
import io.pryv.sizer.model.Metric;
import io.pryv.sizer.model.MetricLoad;
import io.pryv.sizer.model.PlatformTopology;
import io.pryv.sizer.model.Question;
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
 * rules/v2/upgrades.drl and the shared high-request upgrade as v2 runs it (SIZING-v2.md §4): per-core write or read
 * load above 50% of 2,000 req/s, uploads or previews → at least 4 vCPU; RAM stays 8 GB; database hosts take none.
 */
class V2UpgradesRulesTest {

    private static Questionnaires.Builder v2() {
        return Questionnaires.builder().set(Question.PLATFORM_VERSION, "v2").zone("CH", "Bern", 5_000);
    }

    private static final ZoneCores ONE_CORE = new ZoneCores("CH", 5_000, 1, Metric.WRITE_RPS, 5_000);

    @Test
    void highRequestLoadAboveHalfTheLimitNeedsFourVcpu() {
        // 1,000 req/s on one core: exactly 50% of 2,000, no upgrade; 1,000.01: above it, at least 4 vCPU.
        Questionnaire q = v2().build();
        var at = RuleVerifier.given(q, new PlatformTopology(Topology.SINGLE_CORE), ONE_CORE,
                new MetricLoad("CH", Metric.WRITE_RPS, new BigDecimal("1000"), new BigDecimal("2000"), 1)).fire("upgrade: high request load per core needs more CPU");
        assertThat(at.of(Upgrade.class)).isEmpty();
        var above = RuleVerifier.given(q, new PlatformTopology(Topology.SINGLE_CORE), ONE_CORE,
                new MetricLoad("CH", Metric.READ_RPS, new BigDecimal("1000.01"), new BigDecimal("2000"), 1)).fire("upgrade: high request load per core needs more CPU");
        assertExactly(above.of(Upgrade.class), new Upgrade(Role.CORE, "CH", "high read requests", 4, null));
    }

    @Test
    void attachmentUploadsNeedFourVcpuButNoMoreRam() {
        var made = RuleVerifier.given(v2().attachmentWriteMBps("0.001").build(), ONE_CORE).fire("upgrade: attachment uploads need more CPU on a v2 core");
        assertExactly(made.of(Upgrade.class), new Upgrade(Role.CORE, "CH", "attachment uploads", 4, null));
        assertThat(made.reasons()).isEqualTo("CH: attachment writes of 0.001 MB/s per user: at least 4 vCPU");
        assertThat(RuleVerifier.given(v2().attachmentWriteMBps("0").build(), ONE_CORE).fire("upgrade: attachment uploads need more CPU on a v2 core").timesFired()).isZero();
    }

    @Test
    void imagePreviewsNeedFourVcpu() {
        var made = RuleVerifier.given(v2().set(Question.PREVIEW_RPS, "0.001").build(), ONE_CORE).fire("upgrade: image previews need more CPU on a v2 core");
        assertExactly(made.of(Upgrade.class), new Upgrade(Role.CORE, "CH", "image previews", 4, null));
        assertThat(made.reasons()).isEqualTo("CH: image previews of 0.001 req/s per user: at least 4 vCPU");
        assertThat(RuleVerifier.given(v2().set(Question.PREVIEW_RPS, "0").build(), ONE_CORE).fire("upgrade: image previews need more CPU on a v2 core").timesFired()).isZero();
    }

    @Test
    void coresTakeTheMostVcpuAskedForAndDatabaseHostsNone() {
        MachineGroup cores = new MachineGroup(Role.CORE, Tier.NONE, "CH", 2, 2, new BigDecimal("8"), 20, 15);
        MachineGroup dbHosts = new MachineGroup(Role.DATABASE_HOST, Tier.NONE, "CH", 2, 2, new BigDecimal("4"), 20, 40);
        var made = RuleVerifier.given(v2().build(), cores, dbHosts,
                new Upgrade(Role.CORE, "CH", "image previews", 4, null),
                new Upgrade(Role.CORE, "CH", "attachment uploads", 4, null)).fire("upgrade: v2 cores take the most vCPU asked for");
        assertExactly(made.of(UpgradedGroup.class), new UpgradedGroup(cores,
                new MachineGroup(Role.CORE, Tier.NONE, "CH", 2, 4, new BigDecimal("8"), 20, 15)));
        assertThat(made.reasons()).isEqualTo("2 cores in CH: 2 → 4 vCPU each (attachment uploads, image previews)");
        // No upgrade asked for: nothing raised.
        assertThat(RuleVerifier.given(v2().build(), cores, dbHosts).fire("upgrade: v2 cores take the most vCPU asked for").timesFired()).isZero();
    }

    @Test
    void theApiWorkersOfAFourVcpuCoreFitItsRam() {
        // 4 vCPU: one API worker per vCPU, at most 4, so 4 workers, 2 beyond the default 2, plus the HFS and previews
        // workers; RAM 4 GB + 2 × 0.2 GB = 4.4 GB, within the core's 8 GB. An 8-vCPU core also runs at most 4.
        Questionnaire q = v2().build();
        MachineGroup atMinimum = new MachineGroup(Role.CORE, Tier.NONE, "CH", 1, 2, new BigDecimal("8"), 20, 15);
        var four = RuleVerifier.given(q, new UpgradedGroup(atMinimum,
                new MachineGroup(Role.CORE, Tier.NONE, "CH", 1, 4, new BigDecimal("8"), 20, 15)))
                .fire("upgrade: the API workers of a v2 core with more vCPU fit its RAM");
        assertThat(four.timesFired()).isEqualTo(1);
        assertThat(four.reasons()).isEqualTo("cores in CH: 4 vCPU run 4 API workers (2 beyond the default) and 2 others; "
                + "4 GB + 2 × 0.2 GB = 4.4 GB fit in its 8 GB");
        var eight = RuleVerifier.given(q, new UpgradedGroup(atMinimum,
                new MachineGroup(Role.CORE, Tier.NONE, "CH", 2, 8, new BigDecimal("4.2"), 20, 15)))
                .fire("upgrade: the API workers of a v2 core with more vCPU fit its RAM");
        assertThat(eight.reasons()).isEqualTo("cores in CH: 8 vCPU run 4 API workers (2 beyond the default) and 2 others; "
                + "4 GB + 2 × 0.2 GB = 4.4 GB are more than its 4.2 GB: give it more RAM");
    }
}
