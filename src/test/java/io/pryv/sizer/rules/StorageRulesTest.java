package io.pryv.sizer.rules;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.CoreDataDisk;
import io.pryv.sizer.model.DailyEgress;
import io.pryv.sizer.model.Metric;
import io.pryv.sizer.model.MetricLoad;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Refusal;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.StorageYear;
import io.pryv.sizer.model.ZoneCores;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.pryv.sizer.rules.ExactRecords.assertExactly;
import static io.pryv.sizer.rules.ExactRecords.assertSame;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * rules/storage.drl: one test per rule, numbers worked by hand from SIZING.md §2 (core data disk)
 * and §6 (storage by year, daily read volume). Defaults of the template: headroom 25 %, 250 bytes per point.
 */
class StorageRulesTest {

    private static ZoneCores oneCore(String zone, long users) {
        return new ZoneCores(zone, users, 1, Metric.WRITE_RPS, users);
    }

    // --- storage: core data disk holds the retention plus headroom ---

    @Test
    void coreDataDiskHoldsTheRetentionPlusHeadroom() {
        // daily MB = max(0.1, 0 points × 250 B / 10^6) = 0.1 MB per user.
        // ⌈10 000 users × 0.1 MB × 365 × 1 year × (1 + 25%) / 1000⌉ = ⌈456.25⌉ = 457 GB.
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 10_000).writeMBPerDay("0.1").build();
        var made = RuleVerifier.given(q, oneCore("CH", 10_000))
                .fire("storage: core data disk holds the retention plus headroom");
        assertSame(made.one(CoreDataDisk.class), new CoreDataDisk("CH", new BigDecimal("0.1"), 457));
        assertThat(made.reasons()).endsWith("10,000 users × 0.1 MB × 365 days × 1 year × (1 + 25%) / 1,000, rounded up: 457 GB per core");
    }

    @Test
    void theReasonDividesTheBytesIntoMegabytes() {
        // 1000 points × 250 bytes / 10^6 = 0.25 MB > 0.2 MB.
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 10_000).writeMBPerDay("0.2").writePointsPerDay("1000").build();
        var made = RuleVerifier.given(q, oneCore("CH", 10_000)).fire("storage: core data disk holds the retention plus headroom");
        assertThat(made.reasons()).contains("CH: max(0.2 MB, 1,000 points × 250 bytes / 1,000,000) = 0.25 MB per user per day; ");
    }

    @Test
    void aDiskThatComesOutWholeIsNotRoundedFurther() {
        // ⌈8000 × 0.1 × 365 × 1 × 1.25 / 1000⌉ = ⌈365⌉ = 365 GB, not 366.
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 8_000).writeMBPerDay("0.1").build();
        var disk = RuleVerifier.given(q, oneCore("CH", 8_000))
                .fire("storage: core data disk holds the retention plus headroom").one(CoreDataDisk.class);
        assertThat(disk.gb()).isEqualTo(365);
    }

    @Test
    void dataPointsSetTheDailyVolumeWhenTheyWeighMoreThanTheMbFigure() {
        // 2000 points × 250 bytes / 10^6 = 0.5 MB > 0.1 MB, so 0.5 MB per user per day.
        // ⌈10 000 × 0.5 × 365 × 1 × 1.25 / 1000⌉ = ⌈2281.25⌉ = 2282 GB.
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 10_000)
                .writeMBPerDay("0.1").writePointsPerDay("2000").build();
        var disk = RuleVerifier.given(q, oneCore("CH", 10_000))
                .fire("storage: core data disk holds the retention plus headroom").one(CoreDataDisk.class);
        assertThat(disk.dailyMbPerUser()).isEqualByComparingTo("0.5");
        assertThat(disk.gb()).isEqualTo(2282);
    }

    @Test
    void theMbFigureSetsTheDailyVolumeWhenItWeighsMoreThanThePoints() {
        // 200 points × 250 bytes / 10^6 = 0.05 MB < 0.1 MB: the points must not set it. Same 457 GB as above.
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 10_000)
                .writeMBPerDay("0.1").writePointsPerDay("200").build();
        var disk = RuleVerifier.given(q, oneCore("CH", 10_000))
                .fire("storage: core data disk holds the retention plus headroom").one(CoreDataDisk.class);
        assertThat(disk.dailyMbPerUser()).isEqualByComparingTo("0.1");
        assertThat(disk.gb()).isEqualTo(457);
    }

    @Test
    void theFullestCoreAndTheWholeRetentionSetTheDisk() {
        // 30 001 users on 2 cores: the fullest holds ⌈30 001 / 2⌉ = 15 001 users (not 30 001).
        // ⌈15 001 × 0.1 × 365 × 2.5 years × 1.25 / 1000⌉ = ⌈1711.0515625⌉ = 1712 GB
        // (15 001 × 0.1 = 1500.1; × 365 = 547 536.5; × 2.5 = 1 368 841.25; × 1.25 = 1 711 051.5625; / 1000).
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 30_001)
                .writeMBPerDay("0.1").retentionYears("2.5").build();
        var disk = RuleVerifier.given(q, new ZoneCores("CH", 30_001, 2, Metric.WRITE_RPS, 15_001))
                .fire("storage: core data disk holds the retention plus headroom").one(CoreDataDisk.class);
        assertThat(disk.gb()).isEqualTo(1712);
    }

    @Test
    void aZoneWithoutItsCoreCountGetsNoDiskYet() {
        // Must not match: the disk is per core, so it waits for the zone's ZoneCores.
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 10_000).writeMBPerDay("0.1").build();
        var made = RuleVerifier.given(q).fire("storage: core data disk holds the retention plus headroom");
        assertThat(made.timesFired()).isZero();
        assertThat(made.of(CoreDataDisk.class)).isEmpty();
    }

    // --- storage: data disk grows with each year of retention ---

    @Test
    void dataDiskGrowsWithEachYearOfRetention() {
        // 10 000 users × 0.1 MB × 365 × 1.25 / 1000 = 456.25 GB per year of retention, rounded up per row:
        // year 1: ⌈456.25⌉ = 457; year 2: ⌈912.5⌉ = 913; year 2.5 (the retention itself): ⌈1140.625⌉ = 1141.
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 10_000)
                .writeMBPerDay("0.1").retentionYears("2.5").build();
        var made = RuleVerifier.given(q, oneCore("CH", 10_000), new CoreDataDisk("CH", new BigDecimal("0.1"), 1141))
                .fire("storage: data disk grows with each year of retention");
        assertExactly(made.of(StorageYear.class),
                new StorageYear("CH", new BigDecimal("1"), 457),
                new StorageYear("CH", new BigDecimal("2"), 913),
                new StorageYear("CH", new BigDecimal("2.5"), 1141));
    }

    @Test
    void aWholeRetentionGivesOneRowPerYearAndNoDuplicate() {
        // Retention 2 years: rows 1 (457 GB) and 2 (913 GB), the last one being the retention itself.
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 10_000)
                .writeMBPerDay("0.1").retentionYears("2").build();
        var made = RuleVerifier.given(q, oneCore("CH", 10_000), new CoreDataDisk("CH", new BigDecimal("0.1"), 913))
                .fire("storage: data disk grows with each year of retention");
        assertExactly(made.of(StorageYear.class),
                new StorageYear("CH", new BigDecimal("1"), 457),
                new StorageYear("CH", new BigDecimal("2"), 913));
    }

    @Test
    void aRetentionShorterThanAYearGivesOneRow() {
        // 0.5 year: ⌈10 000 × 0.1 × 365 × 0.5 × 1.25 / 1000⌉ = ⌈228.125⌉ = 229 GB; no "year 1" row.
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 10_000)
                .writeMBPerDay("0.1").retentionYears("0.5").build();
        var made = RuleVerifier.given(q, oneCore("CH", 10_000), new CoreDataDisk("CH", new BigDecimal("0.1"), 229))
                .fire("storage: data disk grows with each year of retention");
        assertExactly(made.of(StorageYear.class), new StorageYear("CH", new BigDecimal("0.5"), 229));
    }

    @Test
    void noGrowthRowsForAZoneWhoseDiskIsNotSized() {
        // Must not match: the data disk given is another zone's.
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 10_000).writeMBPerDay("0.1").build();
        var made = RuleVerifier.given(q, oneCore("CH", 10_000), new CoreDataDisk("DE", new BigDecimal("0.1"), 457))
                .fire("storage: data disk grows with each year of retention");
        assertThat(made.timesFired()).isZero();
    }

    // --- storage: daily read volume leaves the zone ---

    @Test
    void dailyReadVolumeLeavesTheZone() {
        // Per zone: users × ReadMBPerDay (a volume: no safety margin).
        // CH: 10 000 × 2 MB = 20 000 MB/day; DE: 5000 × 2 MB = 10 000 MB/day.
        // The 4000 read points × 250 B / 10^6 = 1 MB < 2 MB, so they do not change it.
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 10_000).zone("DE", "Frankfurt", 5_000)
                .readMBPerDay("2").readPointsPerDay("4000").build();
        var made = RuleVerifier.given(q).fire("storage: daily read volume leaves the zone");
        assertExactly(made.of(DailyEgress.class),
                new DailyEgress("CH", new BigDecimal("20000")),
                new DailyEgress("DE", new BigDecimal("10000")));
        assertThat(made.reasons()).contains("CH: 10,000 users × max(2 MB, 4,000 points × 250 bytes / 1,000,000) = 20,000 MB read per day");
    }

    @Test
    void noReadVolumeForZoneCoresOfAZoneTheQuestionnaireDoesNotList() {
        // Must not match for DE: its cores are given, but the volume follows the questionnaire's zones (CH only).
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 10_000).readMBPerDay("2").build();
        var made = RuleVerifier.given(q, oneCore("CH", 10_000), oneCore("DE", 5_000))
                .fire("storage: daily read volume leaves the zone");
        assertThat(made.timesFired()).isEqualTo(1);
        assertExactly(made.of(DailyEgress.class), new DailyEgress("CH", new BigDecimal("20000")));
    }

    // --- storage: the data-disk cap bounds the users of each core ---

    /** 0.5 MB per user per day for 2 years, headroom 25 %: g = 0.5 × 365 × 2 × 1.25 / 1000 = 0.45625 GB per user. */
    private static Questionnaires.Builder halfMbForTwoYears(long users, String capGb) {
        return Questionnaires.builder().zone("DE", "Berlin", users).writeMBPerDay("0.5").retentionYears("2")
                .set(Question.MAX_DATA_DISK_PER_CORE_GB, capGb);
    }

    @Test
    void theCapBoundsTheUsersOfEachCore() {
        // u = ⌊16 000 / 0.45625⌋ = ⌊35 068.49…⌋ = 35 068 (35 069 users would take 16 000.23 GB);
        // ⌈52 000 / 35 068⌉ = 2 cores.
        var made = RuleVerifier.given(halfMbForTwoYears(52_000, "16000").build()).fire("storage: the data-disk cap bounds the users of each core");
        assertSame(made.one(MetricLoad.class), new MetricLoad("DE", Metric.DATA_DISK, new BigDecimal("52000"), new BigDecimal("35068"), 2));
        assertThat(made.reasons()).isEqualTo("DE: 52,000 users, at most 35,068 per core under the 16,000 GB cap → 2 cores (data disk): "
                + "one user takes 0.5 MB × 365 days × 2 years × (1 + 25%) / 1,000 = 0.45625 GB; 16,000 GB / 0.45625 GB, rounded down: 35,068");
    }

    @Test
    void aCapExactlyAtAWholeNumberOfUsersHoldsThemAll() {
        // 73 GB / 0.45625 GB = 160 exactly: 160 users fit one core, the 161st needs a second.
        var at = RuleVerifier.given(halfMbForTwoYears(160, "73").build()).fire("storage: the data-disk cap bounds the users of each core").one(MetricLoad.class);
        assertSame(at, new MetricLoad("DE", Metric.DATA_DISK, new BigDecimal("160"), new BigDecimal("160"), 1));
        var over = RuleVerifier.given(halfMbForTwoYears(161, "73").build()).fire("storage: the data-disk cap bounds the users of each core").one(MetricLoad.class);
        assertSame(over, new MetricLoad("DE", Metric.DATA_DISK, new BigDecimal("161"), new BigDecimal("160"), 2));
    }

    @Test
    void withoutACapOrWithoutDataNothingIsBoundedOrLogged() {
        var noCap = RuleVerifier.given(halfMbForTwoYears(52_000, null).build()).fire("storage: the data-disk cap bounds the users of each core");
        assertSame(noCap.one(MetricLoad.class), new MetricLoad("DE", Metric.DATA_DISK, BigDecimal.ZERO, BigDecimal.ZERO, 0));
        assertThat(noCap.reasons()).isEmpty();
        var noData = RuleVerifier.given(Questionnaires.builder().zone("DE", "Berlin", 52_000)
                .set(Question.MAX_DATA_DISK_PER_CORE_GB, "100").build()).fire("storage: the data-disk cap bounds the users of each core");
        assertSame(noData.one(MetricLoad.class), new MetricLoad("DE", Metric.DATA_DISK, BigDecimal.ZERO, BigDecimal.ZERO, 0));
        assertThat(noData.of(Refusal.class)).isEmpty();
    }

    @Test
    void aCapBelowOneUsersDataIsRefusedNamingItsCell() {
        // 200 MB × 365 × 2 years × 1.25 / 1000 = 182.5 GB for one user, over the 100 GB cap: u = 0.
        Questionnaire q = Questionnaires.builder().zone("DE", "Berlin", 10).writeMBPerDay("200").retentionYears("2")
                .set(Question.MAX_DATA_DISK_PER_CORE_GB, "100").build();
        var made = RuleVerifier.given(q).fire("storage: the data-disk cap bounds the users of each core");
        assertThat(made.one(Refusal.class).reason()).isEqualTo(
                "Deployment!C14 (Largest data disk per core): 100 GB holds no user: one user's data over the retention takes 182.5 GB");
        // Sized as unbounded meanwhile, so that the run reaches the refusal.
        assertSame(made.one(MetricLoad.class), new MetricLoad("DE", Metric.DATA_DISK, BigDecimal.ZERO, BigDecimal.ZERO, 0));
    }

    @Test
    void withGrowthTheDiskHoldsTheMostUsersAnyCoreHoldsOverThePlan() {
        // SIZING.md §8: F(z) = F(z,P). DE grows from 12,000 users on 1 core to 52,000 on 3 (PlanRulesTest): F = 17,334.
        // ⌈17,334 × 1 MB × 365 × 10 × 1.25 / 1,000⌉ = ⌈79,086.375⌉ = 79,087 GB, not the 54,750 GB of year 1's 12,000 users.
        Questionnaire q = Questionnaires.builder().zone("DE", "Frankfurt", 12_000, 20_000L, null, 52_000L).planYears(5)
                .writeMBPerDay("1").retentionYears("10").build();
        var made = RuleVerifier.given(q, new ZoneCores("DE", 12_000, 1, Metric.READ_RPS, 12_000),
                        new io.pryv.sizer.model.ZoneYear("DE", 5, 52_000, 3, Metric.READ_RPS, 3, 0, 17_334, 39_544))
                .fire("storage: core data disk holds the retention plus headroom");
        assertThat(made.one(CoreDataDisk.class).gb()).isEqualTo(79_087);
        assertThat(made.reasons()).contains("17,334 users (the most on one core over the plan) × 1 MB × 365 days × 10 years");
    }
}
