package io.pryv.sizer.rules;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.Metric;
import io.pryv.sizer.model.MetricLoad;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.ZoneCores;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Core count of the Pryv.io v2 profile (SIZING-v2.md §2): rules/v2/core-count-v2.drl (previews, users), and the shared
 * rules/shared/core-count-loads.drl and core-count-zone.drl as v2 runs them. Every limit on both sides, worked by hand with
 * 5,000 users and a 25% margin: a per-user value v gives 5,000 × v × 1.25 = 6,250 × v.
 */
class V2CoreCountRulesTest {

    private static Questionnaires.Builder v2() {
        return Questionnaires.builder().set(Question.PLATFORM_VERSION, "v2").zone("CH", "Bern", 5_000).margin("25");
    }

    private static MetricLoad fire(Questionnaire q, String rule) {
        return RuleVerifier.given(q).fire(rule).one(MetricLoad.class);
    }

    private static void assertLoad(MetricLoad l, Metric metric, String load, String limit, long cores) {
        assertThat(l.metric()).isEqualTo(metric);
        assertThat(l.load()).isEqualByComparingTo(load);
        assertThat(l.limit()).isEqualByComparingTo(limit);
        assertThat(l.coresNeeded()).isEqualTo(cores);
    }

    @Test
    void writeRequestsAtTheLimitFitOneCoreAndAboveItNeedTwo() {
        // 6,250 × 0.32 = 2,000 req/s: at the 2,000 limit. 6,250 × 0.3201 = 2,000.625: above.
        String rule = "core count: write requests against the per-core limit";
        assertLoad(fire(v2().writeRps("0.32").build(), rule), Metric.WRITE_RPS, "2000", "2000", 1);
        assertLoad(fire(v2().writeRps("0.3201").build(), rule), Metric.WRITE_RPS, "2000.625", "2000", 2);
    }

    @Test
    void readRequestsAtTheLimitFitOneCoreAndAboveItNeedTwo() {
        String rule = "core count: read requests against the per-core limit";
        assertLoad(fire(v2().readRps("0.32").build(), rule), Metric.READ_RPS, "2000", "2000", 1);
        assertLoad(fire(v2().readRps("0.3201").build(), rule), Metric.READ_RPS, "2000.625", "2000", 2);
    }

    @Test
    void attachmentReadsAtTheLimitFitOneCoreAndAboveItNeedTwo() {
        // 6,250 × 0.096 = 600 req/s; 6,250 × 0.0961 = 600.625.
        String rule = "core count: attachment reads against the per-core limit";
        assertLoad(fire(v2().attachmentReadRps("0.096").build(), rule), Metric.ATTACHMENT_READ_RPS, "600", "600", 1);
        assertLoad(fire(v2().attachmentReadRps("0.0961").build(), rule), Metric.ATTACHMENT_READ_RPS, "600.625", "600", 2);
    }

    @Test
    void attachmentWritesAtTheLimitFitOneCoreAndAboveItNeedTwo() {
        // Storage 200 MB/s / 2 = 100 MB/s per core; 6,250 × 0.016 = 100 MB/s; 6,250 × 0.0161 = 100.625.
        String rule = "core count: attachment writes against the storage speed";
        assertLoad(fire(v2().attachmentWriteMBps("0.016").build(), rule), Metric.ATTACHMENT_WRITE_MBPS, "100", "100", 1);
        assertLoad(fire(v2().attachmentWriteMBps("0.0161").build(), rule), Metric.ATTACHMENT_WRITE_MBPS, "100.625", "100", 2);
    }

    @Test
    void imagePreviewsAtTheLimitFitOneCoreAndAboveItNeedTwo() {
        // 6,250 × 0.016 = 100 previews/s: at the 100 limit; 6,250 × 0.0161 = 100.625: above.
        String rule = "core count: image previews against the v2 per-core limit";
        var atLimit = RuleVerifier.given(v2().set(Question.PREVIEW_RPS, "0.016").build()).fire("core count: image previews against the v2 per-core limit");
        assertLoad(atLimit.one(MetricLoad.class), Metric.PREVIEW_RPS, "100", "100", 1);
        assertThat(atLimit.reasons()).isEqualTo("CH: 5,000 users × 0.016 previews/s × (1 + 25%) = 100 req/s; / 100 per core → 1 core");
        assertLoad(fire(v2().set(Question.PREVIEW_RPS, "0.0161").build(), rule), Metric.PREVIEW_RPS, "100.625", "100", 2);
    }

    @Test
    void noPreviewsIsNoLoad() {
        assertLoad(fire(v2().build(), "core count: image previews against the v2 per-core limit"), Metric.PREVIEW_RPS, "0", "100", 0);
    }

    @Test
    void aCoreHoldsAtMost9999UsersWithNoMargin() {
        // A count, not a peak: 9,999 users with a 25% margin still fit one core; 10,000 need two.
        String rule = "core count: users against the v2 per-core limit";
        var oneCore = RuleVerifier.given(Questionnaires.builder().set(Question.PLATFORM_VERSION, "v2").zone("CH", "Bern", 9_999)
                .margin("25").build()).fire("core count: users against the v2 per-core limit");
        assertLoad(oneCore.one(MetricLoad.class), Metric.USERS, "9999", "9999", 1);
        assertThat(oneCore.reasons()).isEqualTo("CH: 9,999 users, at most 9,999 per core → 1 core");
        assertLoad(fire(Questionnaires.builder().set(Question.PLATFORM_VERSION, "v2").zone("CH", "Bern", 10_000).build(), rule),
                Metric.USERS, "10000", "9999", 2);
    }

    // --- core count: the most demanding metric sets the zone's cores (shared), over v2's seven metrics ---


    private static MetricLoad load(Metric metric, String load, String limit, long cores) {
        return new MetricLoad("CH", metric, new BigDecimal(load), new BigDecimal(limit), cores);
    }

    @Test
    void theUsersLimitSetsTheCoresWhenNoLoadIsHigher() {
        // 20,000 users: ⌈20,000 / 9,999⌉ = 3 cores; writes 3,000 / 2,000 = 1.5 weigh less than users 20,000 / 9,999 ≈ 2.0002.
        Questionnaire q = Questionnaires.builder().set(Question.PLATFORM_VERSION, "v2").zone("CH", "Bern", 20_000).build();
        var made = RuleVerifier.given(q,
                load(Metric.WRITE_RPS, "3000", "2000", 2), load(Metric.READ_RPS, "0", "2000", 0),
                load(Metric.ATTACHMENT_READ_RPS, "0", "600", 0), load(Metric.ATTACHMENT_WRITE_MBPS, "0", "100", 0),
                load(Metric.PREVIEW_RPS, "0", "100", 0), load(Metric.USERS, "20000", "9999", 3),
                load(Metric.DATA_DISK, "0", "0", 0)).fire("core count: the most demanding metric sets the zone's cores");
        ZoneCores zc = made.one(ZoneCores.class);
        assertThat(zc.cores()).isEqualTo(3);
        assertThat(zc.bindingMetric()).isEqualTo(Metric.USERS);
        assertThat(zc.usersOnFullestCore()).isEqualTo(6_667);
    }

    @Test
    void previewsWinATieWithUsersAndTheDiskCapWinsWhenTighter() {
        // Previews 9,999 / 100 = users 9,999 / 9,999 × 100: a tie at 1 core goes to previews (before users in the tie order).
        Questionnaire q = Questionnaires.builder().set(Question.PLATFORM_VERSION, "v2").zone("CH", "Bern", 9_999).build();
        var tie = RuleVerifier.given(q, load(Metric.WRITE_RPS, "0", "2000", 0), load(Metric.READ_RPS, "0", "2000", 0),
                load(Metric.ATTACHMENT_READ_RPS, "0", "600", 0), load(Metric.ATTACHMENT_WRITE_MBPS, "0", "100", 0),
                load(Metric.PREVIEW_RPS, "100", "100", 1), load(Metric.USERS, "9999", "9999", 1),
                load(Metric.DATA_DISK, "0", "0", 0)).fire("core count: the most demanding metric sets the zone's cores").one(ZoneCores.class);
        assertThat(tie.bindingMetric()).isEqualTo(Metric.PREVIEW_RPS);
        assertThat(tie.cores()).isEqualTo(1);
        // A 100 GB cap holding 4,000 users per core: 9,999 / 4,000 → 3 cores, more than any other metric.
        var capped = RuleVerifier.given(q, load(Metric.WRITE_RPS, "0", "2000", 0), load(Metric.READ_RPS, "0", "2000", 0),
                load(Metric.ATTACHMENT_READ_RPS, "0", "600", 0), load(Metric.ATTACHMENT_WRITE_MBPS, "0", "100", 0),
                load(Metric.PREVIEW_RPS, "100", "100", 1), load(Metric.USERS, "9999", "9999", 1),
                load(Metric.DATA_DISK, "9999", "4000", 3)).fire("core count: the most demanding metric sets the zone's cores").one(ZoneCores.class);
        assertThat(capped.bindingMetric()).isEqualTo(Metric.DATA_DISK);
        assertThat(capped.cores()).isEqualTo(3);
    }

    @Test
    void theCoresWaitForAllSevenMetrics() {
        // The five metrics v1 weighs are not enough for v2: no ZoneCores until previews and users are in.
        Questionnaire q = Questionnaires.builder().set(Question.PLATFORM_VERSION, "v2").zone("CH", "Bern", 100).build();
        var made = RuleVerifier.given(q, load(Metric.WRITE_RPS, "1", "2000", 1), load(Metric.READ_RPS, "0", "2000", 0),
                load(Metric.ATTACHMENT_READ_RPS, "0", "600", 0), load(Metric.ATTACHMENT_WRITE_MBPS, "0", "100", 0),
                load(Metric.DATA_DISK, "0", "0", 0)).fire("core count: the most demanding metric sets the zone's cores");
        assertThat(made.of(ZoneCores.class)).isEmpty();
    }
}
