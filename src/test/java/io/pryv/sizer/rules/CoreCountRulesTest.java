package io.pryv.sizer.rules;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.Metric;
import io.pryv.sizer.model.MetricLoad;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.ZoneCores;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** rules/core-count.drl: one test per rule, numbers worked by hand from SIZING.md §2. */
class CoreCountRulesTest {

    private static MetricLoad load(String zone, Metric metric, String load, String limit, long cores) {
        return new MetricLoad(zone, metric, new BigDecimal(load), new BigDecimal(limit), cores);
    }

    @Test
    void writeRequestsAgainstThePerCoreLimit() {
        // 100 000 users × 0.02 req/s × 1.2 = 2400 req/s; ⌈2400 / 2000⌉ = 2 cores.
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 100_000).writeRps("0.02").build();
        var made = RuleVerifier.given(q).fire("core count: write requests against the per-core limit");
        MetricLoad l = made.one(MetricLoad.class);
        assertThat(l.metric()).isEqualTo(Metric.WRITE_RPS);
        assertThat(l.load()).isEqualByComparingTo("2400");
        assertThat(l.limit()).isEqualByComparingTo("2000");
        assertThat(l.coresNeeded()).isEqualTo(2);
        assertThat(made.reasons()).contains("100,000 users × 0.02 req/s × (1 + 20%) = 2,400 req/s; / 2,000 per core → 2 cores");
    }

    @Test
    void oneCoreIsSingular() {
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 1_000).writeRps("0.02").build();
        assertThat(RuleVerifier.given(q).fire("core count: write requests against the per-core limit").reasons())
                .endsWith("/ 2,000 per core → 1 core").doesNotContain("(s)");
    }

    @Test
    void smallPerUserFiguresPrintExactlyInTheReason() {
        // 100 000 × 0.00002 MB/s × 1.125 = 2.25 MB/s: at 4 decimals the reason read "× 0 MB/s × … = 2.25 MB/s".
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 100_000).attachmentWriteMBps("0.00002")
                .margin("12.5").build();
        var made = RuleVerifier.given(q).fire("core count: attachment writes against the storage speed");
        assertThat(made.reasons()).contains("100,000 users × 0.00002 MB/s × (1 + 12.5%) = 2.25 MB/s");
        Questionnaire writes = Questionnaires.builder().zone("CH", "Bern", 1_000).writeRps("1.000001").margin("0").build();
        assertThat(RuleVerifier.given(writes).fire("core count: write requests against the per-core limit").reasons())
                .contains("1,000 users × 1.000001 req/s × (1 + 0%) = 1,000.001 req/s");
    }

    @Test
    void aLoadExactlyAtTheLimitFitsOneCore() {
        // 100 000 × 0.02 × (1 + 0%) = 2000 exactly: in binary floating point 0.02 is not exact; here it is.
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 100_000).writeRps("0.02").margin("0").build();
        var l = RuleVerifier.given(q).fire("core count: write requests against the per-core limit").one(MetricLoad.class);
        assertThat(l.load()).isEqualByComparingTo("2000");
        assertThat(l.coresNeeded()).isEqualTo(1);
    }

    @Test
    void oneRequestAboveTheLimitNeedsASecondCore() {
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 100_001).writeRps("0.02").margin("0").build();
        var l = RuleVerifier.given(q).fire("core count: write requests against the per-core limit").one(MetricLoad.class);
        assertThat(l.load()).isEqualByComparingTo("2000.02");
        assertThat(l.coresNeeded()).isEqualTo(2);
    }

    @Test
    void readRequestsAgainstThePerCoreLimit() {
        // 250 000 × 0.03 × 1.2 = 9000 req/s; ⌈9000 / 2000⌉ = 5.
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 250_000).readRps("0.03").writeRps("1").build();
        var l = RuleVerifier.given(q).fire("core count: read requests against the per-core limit").one(MetricLoad.class);
        assertThat(l.metric()).isEqualTo(Metric.READ_RPS);
        assertThat(l.load()).isEqualByComparingTo("9000");
        assertThat(l.coresNeeded()).isEqualTo(5);
    }

    @Test
    void attachmentReadsAgainstThePerCoreLimit() {
        // 10 000 × 0.1 × 1.2 = 1200 req/s; ⌈1200 / 600⌉ = 2; at exactly 600 it is 1.
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 10_000).attachmentReadRps("0.1").build();
        var l = RuleVerifier.given(q).fire("core count: attachment reads against the per-core limit").one(MetricLoad.class);
        assertThat(l.load()).isEqualByComparingTo("1200");
        assertThat(l.limit()).isEqualByComparingTo("600");
        assertThat(l.coresNeeded()).isEqualTo(2);

        Questionnaire atLimit = Questionnaires.builder().zone("CH", "Bern", 5_000).attachmentReadRps("0.1").build();
        assertThat(RuleVerifier.given(atLimit).fire("core count: attachment reads against the per-core limit")
                .one(MetricLoad.class).coresNeeded()).isEqualTo(1);
    }

    @Test
    void attachmentWritesAgainstTheStorageSpeed() {
        // Limit = 300 MB/s / 2 = 150 MB/s per core; 50 000 × 0.005 × 1.2 = 300 MB/s → 2 cores.
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 50_000).attachmentWriteMBps("0.005").throughput("300").build();
        var l = RuleVerifier.given(q).fire("core count: attachment writes against the storage speed").one(MetricLoad.class);
        assertThat(l.limit()).isEqualByComparingTo("150");
        assertThat(l.load()).isEqualByComparingTo("300");
        assertThat(l.coresNeeded()).isEqualTo(2);
    }

    // --- must not match: below its limit a metric asks for one core, without load for none, so it cannot raise the cores ---

    private static void belowTheLimit(String rule, Questionnaire below, String load, Questionnaire none) {
        MetricLoad l = RuleVerifier.given(below).fire(rule).one(MetricLoad.class);
        assertThat(l.load()).isEqualByComparingTo(load);
        assertThat(l.coresNeeded()).isEqualTo(1);
        assertThat(RuleVerifier.given(none).fire(rule).one(MetricLoad.class).coresNeeded()).isZero();
    }

    @Test
    void writeRequestsBelowTheLimitAskForOneCoreAndNoneWithoutLoad() {
        // 80 000 × 0.02 × 1.2 = 1,920 req/s ≤ 2,000: one core; 0 req/s: none. Reads far above their limit change nothing.
        belowTheLimit("core count: write requests against the per-core limit",
                Questionnaires.builder().zone("CH", "Bern", 80_000).writeRps("0.02").readRps("1").build(), "1920",
                Questionnaires.builder().zone("CH", "Bern", 80_000).readRps("1").build());
    }

    @Test
    void readRequestsBelowTheLimitAskForOneCoreAndNoneWithoutLoad() {
        // 50 000 × 0.03 × 1.2 = 1,800 req/s ≤ 2,000: one core, though writes are far above theirs.
        belowTheLimit("core count: read requests against the per-core limit",
                Questionnaires.builder().zone("CH", "Bern", 50_000).readRps("0.03").writeRps("1").build(), "1800",
                Questionnaires.builder().zone("CH", "Bern", 50_000).writeRps("1").build());
    }

    @Test
    void attachmentReadsBelowTheLimitAskForOneCoreAndNoneWithoutLoad() {
        // 4 000 × 0.1 × 1.2 = 480 req/s ≤ 600: one core.
        belowTheLimit("core count: attachment reads against the per-core limit",
                Questionnaires.builder().zone("CH", "Bern", 4_000).attachmentReadRps("0.1").writeRps("1").build(), "480",
                Questionnaires.builder().zone("CH", "Bern", 4_000).writeRps("1").build());
    }

    @Test
    void attachmentWritesBelowTheStorageSpeedAskForOneCoreAndNoneWithoutLoad() {
        // Limit 300 MB/s × 0.5 = 150 MB/s; 20 000 × 0.005 × 1.2 = 120 MB/s ≤ 150: one core.
        belowTheLimit("core count: attachment writes against the storage speed",
                Questionnaires.builder().zone("CH", "Bern", 20_000).attachmentWriteMBps("0.005").throughput("300").writeRps("1").build(), "120",
                Questionnaires.builder().zone("CH", "Bern", 20_000).throughput("300").writeRps("1").build());
    }

    @Test
    void theMostDemandingMetricSetsTheZonesCores() {
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 100_001).build();
        var made = RuleVerifier.given(q,
                load("CH", Metric.WRITE_RPS, "2400", "2000", 2),
                load("CH", Metric.READ_RPS, "5000", "2000", 3),
                load("CH", Metric.ATTACHMENT_READ_RPS, "0", "600", 0),
                load("CH", Metric.ATTACHMENT_WRITE_MBPS, "0", "100", 0),
                load("CH", Metric.DATA_DISK, "0", "0", 0),
                load("Other", Metric.WRITE_RPS, "99999", "2000", 50))
                .fire("core count: the most demanding metric sets the zone's cores");
        ZoneCores c = made.one(ZoneCores.class);
        assertThat(c.cores()).isEqualTo(3);
        assertThat(c.bindingMetric()).isEqualTo(Metric.READ_RPS);
        // ⌈100 001 / 3⌉ = 33 334 users on the fullest core.
        assertThat(c.usersOnFullestCore()).isEqualTo(33_334);
        assertThat(made.reasons()).isEqualTo("CH: 3 cores, set by read requests: 5,000 req/s in the zone, at most 2,000 per core; "
                + "fullest core: 100,001 users / 3 cores, rounded up: 33,334 users");
    }

    @Test
    void aZoneWithoutLoadStillGetsOneCore() {
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 800).build();
        var c = RuleVerifier.given(q,
                load("CH", Metric.WRITE_RPS, "0", "2000", 0), load("CH", Metric.READ_RPS, "0", "2000", 0),
                load("CH", Metric.ATTACHMENT_READ_RPS, "0", "600", 0), load("CH", Metric.ATTACHMENT_WRITE_MBPS, "0", "100", 0),
                load("CH", Metric.DATA_DISK, "0", "0", 0))
                .fire("core count: the most demanding metric sets the zone's cores").one(ZoneCores.class);
        assertThat(c.cores()).isEqualTo(1);
        assertThat(c.bindingMetric()).isNull();
        assertThat(c.usersOnFullestCore()).isEqualTo(800);
    }

    /** Zone DE: writes of 4000 req/s (2 cores) and {@code users} against 10 000 users per core under a data-disk cap. */
    private static RuleVerifier.Result writesForTwoCoresAndTheDataDisk(long users, long diskCores) {
        return RuleVerifier.given(Questionnaires.builder().zone("DE", "Berlin", users).build(),
                load("DE", Metric.WRITE_RPS, "4000", "2000", 2), load("DE", Metric.READ_RPS, "0", "2000", 0),
                load("DE", Metric.ATTACHMENT_READ_RPS, "0", "600", 0), load("DE", Metric.ATTACHMENT_WRITE_MBPS, "0", "100", 0),
                load("DE", Metric.DATA_DISK, String.valueOf(users), "10000", diskCores))
                .fire("core count: the most demanding metric sets the zone's cores");
    }

    @Test
    void theDataDiskCapSetsTheCoresWhenItAsksForMore() {
        // 20 001 users, at most 10 000 per core under the cap: ⌈20 001 / 10 000⌉ = 3 cores, above the 2 of writes.
        var made = writesForTwoCoresAndTheDataDisk(20_001, 3);
        ZoneCores c = made.one(ZoneCores.class);
        assertThat(c.cores()).isEqualTo(3);
        assertThat(c.bindingMetric()).isEqualTo(Metric.DATA_DISK);
        assertThat(made.reasons()).isEqualTo("DE: 3 cores, set by data disk: 20,001 users in the zone, at most 10,000 per core; "
                + "fullest core: 20,001 users / 3 cores, rounded up: 6,667 users");
    }

    @Test
    void theDataDiskComesLastInATie() {
        // 4000 / 2000 = 20 000 / 10 000: the same ratio, 2 cores either way; the load metric is named.
        var c = writesForTwoCoresAndTheDataDisk(20_000, 2).one(ZoneCores.class);
        assertThat(c.cores()).isEqualTo(2);
        assertThat(c.bindingMetric()).isEqualTo(Metric.WRITE_RPS);
    }

    @Test
    void theCoreCountWaitsForEveryMetric() {
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 800).build();
        var made = RuleVerifier.given(q, load("CH", Metric.WRITE_RPS, "2400", "2000", 2))
                .fire("core count: the most demanding metric sets the zone's cores");
        assertThat(made.timesFired()).isZero();
    }
}
