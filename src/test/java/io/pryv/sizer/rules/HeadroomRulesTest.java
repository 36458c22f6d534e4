package io.pryv.sizer.rules;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.Metric;
import io.pryv.sizer.model.MetricLoad;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.ZoneCores;
import io.pryv.sizer.model.ZoneHeadroom;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** rules/headroom.drl: users each zone holds on its cores, worked by hand from SIZING.md §7. */
class HeadroomRulesTest {
    private static MetricLoad load(Metric metric, String load, String limit) {
        return new MetricLoad("CH", metric, new BigDecimal(load), new BigDecimal(limit), 0);
    }

    /** Zone CH with {@code users} users on {@code cores} cores, its loads on the four metrics, and no data-disk cap. */
    private static RuleVerifier.Result fire(long users, long cores, String write, String read, String attachmentReads,
                                            String attachmentWrites) {
        return fire(users, cores, write, read, attachmentReads, attachmentWrites, load(Metric.DATA_DISK, "0", "0"));
    }

    private static RuleVerifier.Result fire(long users, long cores, String write, String read, String attachmentReads,
                                            String attachmentWrites, MetricLoad dataDisk) {
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", users).planYears(1).build();   // year 1 alone: the plan years are PlanRulesTest's
        return RuleVerifier.given(q, new ZoneCores("CH", users, cores, null, 0),
                load(Metric.READ_RPS, read, "2000"),   // listed before writes: the tie order is not the order of the facts
                load(Metric.WRITE_RPS, write, "2000"),
                load(Metric.ATTACHMENT_READ_RPS, attachmentReads, "600"),
                load(Metric.ATTACHMENT_WRITE_MBPS, attachmentWrites, "150"),
                dataDisk,
                new MetricLoad("Other", Metric.WRITE_RPS, new BigDecimal("1"), new BigDecimal("2000"), 1))
                .fire("headroom: the metric that calls for the next core sets the zone's user limit");
    }

    @Test
    void theIssuesExample() {
        // 12 000 users at 0.09 read req/s with a 20% margin: load 12 000 × 0.09 × 1.2 = 1 296 req/s on 1 core.
        // Users held = ⌊1 × 2 000 / (0.09 × 1.2)⌋ = ⌊2 000 / 0.108⌋ = ⌊18 518.5…⌋ = 18 518; writes at 0.01 × 1.2 = 0.012
        // hold ⌊2 000 / 0.012⌋ = 166 666. Room 18 518 − 12 000 = 6 518 = 54.3…% of 12 000 → 54 %.
        var made = fire(12_000, 1, "144", "1296", "0", "0");
        ZoneHeadroom h = made.one(ZoneHeadroom.class);
        assertThat(h).isEqualTo(new ZoneHeadroom("CH", 1, 12_000, 1, 18_518L, Metric.READ_RPS, 6_518L, 54L));
        assertThat(made.reasons()).isEqualTo("CH: 1 core holds up to 18,518 users (read requests); 12,000 users: room for 6,518 (54 %)");
    }

    @Test
    void underADataDiskCapEachCoreHoldsItsUsersPerCore() {
        // SIZING.md §7: with a cap, storage is a metric too, holding c × u users. u = 160 users per core (storage.drl
        // gives the data-disk load as the zone's users against u): 2 cores hold 2 × 160 = 320 users, fewer than the
        // ⌊2 × 2 000 / 0.012⌋ = 333 333 the writes at 0.012 per user would hold. 161 users: room 159 = 98.7…% → 98 %.
        var made = fire(161, 2, "1.932", "0", "0", "0", load(Metric.DATA_DISK, "161", "160"));
        ZoneHeadroom h = made.one(ZoneHeadroom.class);
        assertThat(h).isEqualTo(new ZoneHeadroom("CH", 1, 161, 2, 320L, Metric.DATA_DISK, 159L, 98L));
    }

    @Test
    void aLoadExactlyAtTheLimitOfTheCoresIsHeld() {
        // Attachment reads 0.01 req/s × 1.25 = 0.0125 per user; 3 cores × 600 = 1 800 req/s hold 1 800 / 0.0125 = 144 000
        // users exactly (not 143 999). 100 000 users: load 1 250; room 44 000 = 44 %.
        ZoneHeadroom h = fire(100_000, 3, "0", "0", "1250", "0").one(ZoneHeadroom.class);
        assertThat(h.userLimit()).isEqualTo(144_000);
        assertThat(h.limitMetric()).isEqualTo(Metric.ATTACHMENT_READ_RPS);
        assertThat(h.room()).isEqualTo(44_000);
        assertThat(h.roomPercent()).isEqualTo(44);
    }

    @Test
    void aZoneAtItsLimitHasNoRoomLeft() {
        // The same zone at 144 000 users: load 1 800 = 3 × 600, so the cores hold exactly its users.
        var made = fire(144_000, 3, "0", "0", "1800", "0");
        ZoneHeadroom h = made.one(ZoneHeadroom.class);
        assertThat(h.userLimit()).isEqualTo(144_000);
        assertThat(h.room()).isZero();
        assertThat(h.roomPercent()).isZero();
        assertThat(made.reasons()).isEqualTo("CH: 3 cores hold up to 144,000 users (attachment reads); 144,000 users: "
                + "no room left: the next user needs another core (attachment reads)");
    }

    @Test
    void aTieGoesToTheFirstMetric() {
        // Writes and reads both 0.01 × 1.2 per user: 2 cores × 2 000 / 0.012 = 333 333.3… → 333 333 each; writes come first.
        // 100 000 users: room 233 333 = 233.33…% → 233 %.
        ZoneHeadroom h = fire(100_000, 2, "1200", "1200", "0", "0").one(ZoneHeadroom.class);
        assertThat(h.userLimit()).isEqualTo(333_333);
        assertThat(h.limitMetric()).isEqualTo(Metric.WRITE_RPS);
        assertThat(h.roomPercent()).isEqualTo(233);
    }

    @Test
    void aZoneWithoutLoadHasNoUserLimit() {
        var made = fire(800, 1, "0", "0", "0", "0");
        ZoneHeadroom h = made.one(ZoneHeadroom.class);
        assertThat(h).isEqualTo(new ZoneHeadroom("CH", 1, 800, 1, null, null, null, null));
        assertThat(made.reasons()).isEqualTo("CH: 800 users, no load on any metric: no user limit from load");
    }

    @Test
    void theRoomPercentIsRoundedDown() {
        // Attachment writes 1.2906 MB/s per user, 1 core of 2 000 MB/s (limit given as 2000 here): 1 000 users load 1 290.6;
        // held ⌊2 000 / 1.2906⌋ = ⌊1 549.67…⌋ = 1 549; room 549 = 54.9 % of 1 000 → 54 %.
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 1_000).planYears(1).build();
        ZoneHeadroom h = RuleVerifier.given(q, new ZoneCores("CH", 1_000, 1, null, 0),
                load(Metric.WRITE_RPS, "0", "2000"), load(Metric.READ_RPS, "0", "2000"),
                load(Metric.ATTACHMENT_READ_RPS, "0", "600"), load(Metric.ATTACHMENT_WRITE_MBPS, "1290.6", "2000"),
                load(Metric.DATA_DISK, "0", "0"))
                .fire("headroom: the metric that calls for the next core sets the zone's user limit").one(ZoneHeadroom.class);
        assertThat(h.userLimit()).isEqualTo(1_549);
        assertThat(h.room()).isEqualTo(549);
        assertThat(h.roomPercent()).isEqualTo(54);
    }

    @Test
    void theHeadroomWaitsForEveryMetric() {
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 800).planYears(1).build();
        var made = RuleVerifier.given(q, new ZoneCores("CH", 800, 1, null, 0), load(Metric.WRITE_RPS, "10", "2000")).fire("headroom: the metric that calls for the next core sets the zone's user limit");
        assertThat(made.timesFired()).isZero();
    }
}
