package io.pryv.sizer.rules;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.*;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** rules/plan.drl: the plan by year of SIZING.md §8, worked by hand. */
class PlanRulesTest {

    private static MachineGroup group(Role role, Tier tier, String zone, long count, int vcpu, String ram, int servicesGb, long dataGb) {
        return new MachineGroup(role, tier, zone, count, vcpu, new BigDecimal(ram), servicesGb, dataGb);
    }

    /**
     * DE: 12,000 users in year 1, 20,000 in year 2, year 3 blank (as year 2), 52,000 in year 4, year 5 blank; 1 MB a day
     * per user kept 10 years, disks 25 % larger. Read requests bind: 0.09 req/s × 1.2 = 0.108 per user, 1,296 req/s in
     * year 1 against 2,000 per core.
     */
    private static RuleVerifier.Result deGrowing() {
        Questionnaire q = Questionnaires.builder().zone("DE", "Frankfurt", 12_000, 20_000L, null, 52_000L)
                .readRps("0.09").writeMBPerDay("1").retentionYears("10").build();
        return RuleVerifier.given(q, new ZoneCores("DE", 12_000, 1, Metric.READ_RPS, 12_000),
                        new MetricLoad("DE", Metric.READ_RPS, new BigDecimal("1296"), new BigDecimal("2000"), 1),
                        new MetricLoad("DE", Metric.WRITE_RPS, BigDecimal.ZERO, new BigDecimal("2000"), 0))
                .fire("plan: each year's users need the cores of the busiest metric; a core bought stays");
    }

    @Test
    void eachYearsUsersNeedTheirCoresAndACoreBoughtStays() {
        // need(k) = ⌈U(k) × 0.108 / 2,000⌉: 12,000 → 1,296 → 1; 20,000 → 2,160 → 2; 52,000 → 5,616 → 2.808 → 3.
        // F(k) = max over j ≤ k of ⌈U(j) / c(j)⌉: 12,000; ⌈20,000 / 2⌉ = 10,000 keeps 12,000; ⌈52,000 / 3⌉ = 17,334.
        // D(k) = ⌈F(k) × 1 MB × 365 × k × 1.25 / 1,000⌉: 12,000 × 0.45625 × k = 5,475 k for k ≤ 3;
        // 17,334 × 0.45625 × 4 = 31,634.55 → 31,635; × 5 = 39,543.19 → 39,544.
        List<ZoneYear> years = deGrowing().of(ZoneYear.class).stream().sorted(Comparator.comparingInt(ZoneYear::year)).toList();
        assertThat(years).containsExactly(
                new ZoneYear("DE", 1, 12_000, 1, Metric.READ_RPS, 1, 1, 12_000, 5_475),
                new ZoneYear("DE", 2, 20_000, 2, Metric.READ_RPS, 2, 1, 12_000, 10_950),
                new ZoneYear("DE", 3, 20_000, 2, Metric.READ_RPS, 2, 0, 12_000, 16_425),
                new ZoneYear("DE", 4, 52_000, 3, Metric.READ_RPS, 3, 1, 17_334, 31_635),
                new ZoneYear("DE", 5, 52_000, 3, Metric.READ_RPS, 3, 0, 17_334, 39_544));
    }

    @Test
    void theLogSaysWhichYearAddsACoreAndWhy() {
        assertThat(deGrowing().reasons()).isEqualTo("""
                year 2: 20,000 users need 2 cores in DE (read requests); 1 core added
                year 4: 52,000 users need 3 cores in DE (read requests); 1 core added""");
    }

    @Test
    void usersThatFallKeepTheCoresBoughtAndTheFullestCore() {
        // 30,000 users at 0.1 write req/s, no margin: 3,000 req/s → 2 cores, F = 15,000. Year 2: 10,000 users need
        // ⌈1,000 / 2,000⌉ = 1 core, the 2 bought stay; ⌈10,000 / 2⌉ = 5,000 < 15,000, so F stays 15,000.
        // Retention 0.5 year: D = ⌈15,000 × 0.1 MB × 365 × min(k, 0.5) × 1.25 / 1,000⌉ = ⌈342.1875⌉ = 343 in both years.
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 30_000, 10_000L).planYears(2).margin("0")
                .writeRps("0.1").writeMBPerDay("0.1").retentionYears("0.5").build();
        var made = RuleVerifier.given(q, new ZoneCores("CH", 30_000, 2, Metric.WRITE_RPS, 15_000),
                        new MetricLoad("CH", Metric.WRITE_RPS, new BigDecimal("3000"), new BigDecimal("2000"), 2))
                .fire("plan: each year's users need the cores of the busiest metric; a core bought stays");
        assertThat(made.of(ZoneYear.class)).containsExactlyInAnyOrder(
                new ZoneYear("CH", 1, 30_000, 2, Metric.WRITE_RPS, 2, 2, 15_000, 343),
                new ZoneYear("CH", 2, 10_000, 1, Metric.WRITE_RPS, 2, 0, 15_000, 343));
        assertThat(made.reasons()).isEqualTo("year 2: 10,000 users in CH need 1 core (write requests); 2 cores in service, none added");
    }

    @Test
    void aZoneWithoutLoadKeepsOneCoreAndAYearSixKeepsTheUsersOfYearFive() {
        // No load: 1 core whatever the users. PlanYears 7: years 6 and 7 keep year 5's 900 users. No data: disks of 0 GB.
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 100, null, null, null, 900L).planYears(7).build();
        var made = RuleVerifier.given(q, new ZoneCores("CH", 100, 1, null, 100))
                .fire("plan: each year's users need the cores of the busiest metric; a core bought stays");
        List<ZoneYear> years = made.of(ZoneYear.class).stream().sorted(Comparator.comparingInt(ZoneYear::year)).toList();
        assertThat(years).extracting(ZoneYear::users).containsExactly(100L, 100L, 100L, 100L, 900L, 900L, 900L);
        assertThat(years).extracting(ZoneYear::cores).containsOnly(1L);
        assertThat(years.get(6)).isEqualTo(new ZoneYear("CH", 7, 900, 1, null, 1, 0, 900, 0));
        assertThat(made.reasons()).isEqualTo("year 5: 900 users in CH need 1 core (no load on any metric); 1 core in service, none added");
    }

    @Test
    void theBusiestYearOverEveryZoneSizesTheRegister() {
        // Platform users by year: 1,000 + 500 = 1,500; 3,000 + 500 = 3,500; 2,000 + 1,500 = 3,500 (a tie keeps year 2).
        Questionnaire q = Questionnaires.builder().zone("CH", "", 1_000, 3_000L, 2_000L).zone("DE", "", 500, null, 1_500L)
                .planYears(3).build();
        var made = RuleVerifier.given(q,
                        new ZoneYear("CH", 1, 1_000, 1, null, 1, 1, 1_000, 0), new ZoneYear("CH", 2, 3_000, 1, null, 1, 0, 3_000, 0),
                        new ZoneYear("CH", 3, 2_000, 1, null, 1, 0, 3_000, 0), new ZoneYear("DE", 1, 500, 1, null, 1, 1, 500, 0),
                        new ZoneYear("DE", 2, 500, 1, null, 1, 0, 500, 0), new ZoneYear("DE", 3, 1_500, 1, null, 1, 0, 1_500, 0))
                .fire("plan: the platform's busiest year sizes the register");
        assertThat(made.one(PeakUsers.class)).isEqualTo(new PeakUsers(3_500, 2));
        assertThat(made.reasons()).isEqualTo("the platform's busiest year is year 2, with 3,500 users over 2 zones");
    }

    /**
     * One zone, CH: 1 core in year 1, 2 from year 2 (a cluster with a single core that grows). Bill of materials:
     * static-web 1 vCPU / 0.5 GB / 10 GB, register leader 1 / 2 / 20 + 15 GB, core 2 / 4 / 30 + 500 GB.
     * Provisioned data disks: 100 GB per core in year 1, 300 GB in year 2.
     */
    private static RuleVerifier.Result growingSingleCore(Questionnaires.Builder b) {
        Questionnaire q = b.zone("CH", "Bern", 1_000, 3_000L).planYears(2).build();
        return RuleVerifier.given(q, new PlatformTopology(Topology.CLUSTER_SINGLE_CORE, "test"),
                        new ZoneYear("CH", 1, 1_000, 1, Metric.READ_RPS, 1, 1, 1_000, 100),
                        new ZoneYear("CH", 2, 3_000, 2, Metric.READ_RPS, 2, 1, 1_500, 300),
                        new ZoneHeadroom("CH", 1, 1_000, 1, 2_000L, Metric.READ_RPS, 1_000L, 100L),
                        new ZoneHeadroom("CH", 2, 3_000, 2, 4_000L, Metric.READ_RPS, 1_000L, 33L),
                        group(Role.STATIC_WEB, Tier.NONE, "CH", 1, 1, "0.5", 10, 0),
                        group(Role.REGISTER, Tier.LEADER, "CH", 1, 1, "2", 20, 15),
                        group(Role.CORE, Tier.NONE, "CH", 1, 2, "4", 30, 500),
                        new RegisterDataDisk(15))
                .fire("machines by year: the machines in service each year");
    }

    @Test
    void aFollowerJoinsInTheFirstYearWithASecondCoreAndAddedMachinesAreBoughtAtTheirBillOfMaterialsSize() {
        List<PlanYear> plan = growingSingleCore(Questionnaires.builder()).of(PlanYear.class).stream()
                .sorted(Comparator.comparingInt(PlanYear::year)).toList();
        PlanYear one = plan.get(0), two = plan.get(1);
        assertThat(one.topology()).isEqualTo(Topology.CLUSTER_SINGLE_CORE);
        assertThat(one.inService()).containsExactly(group(Role.STATIC_WEB, Tier.NONE, "CH", 1, 1, "0.5", 10, 0),
                group(Role.REGISTER, Tier.LEADER, "CH", 1, 1, "2", 20, 15), group(Role.CORE, Tier.NONE, "CH", 1, 2, "4", 30, 100));
        assertThat(one.added()).hasSize(3);
        assertThat(one.cost()).isNull();
        // Year 2: 2 cores, so one follower (automatic), in zone (1 + 0) mod 1 = CH, at the register's minimum.
        assertThat(two.topology()).isEqualTo(Topology.CLUSTER_LOAD_PARTITIONED);
        assertThat(two.machines()).isEqualTo(5);
        assertThat(two.cores()).isEqualTo(2);
        assertThat(two.inService()).contains(group(Role.REGISTER, Tier.FOLLOWER, "CH", 1, 1, "2", 20, 15),
                group(Role.CORE, Tier.NONE, "CH", 2, 2, "4", 30, 300));
        assertThat(two.added()).containsExactly(group(Role.REGISTER, Tier.FOLLOWER, "CH", 1, 1, "2", 20, 15),
                group(Role.CORE, Tier.NONE, "CH", 1, 2, "4", 30, 500));
        assertThat(two.headroom()).containsExactly(new ZoneHeadroom("CH", 2, 3_000, 2, 4_000L, Metric.READ_RPS, 1_000L, 33L));
    }

    @Test
    void eachYearPaysTwelveMonthsOfEveryMachineInServiceItsDataDiskAsProvisioned() {
        // Per month: 10 a machine, 20 a vCPU, 5 a GB of RAM, 0.1 a GB of services disk, 0.05 a GB of data disk.
        // static-web 10 + 20 + 2.5 + 1 = 33.5; register 10 + 20 + 10 + 2 + 0.75 = 42.75;
        // core in year 1: 10 + 40 + 20 + 3 + 100 × 0.05 = 78; in year 2: 73 + 300 × 0.05 = 88.
        // Year 1: 12 × (33.5 + 42.75 + 78) = 12 × 154.25 = 1,851; year 2: 12 × (33.5 + 2 × 42.75 + 2 × 88) = 12 × 295 = 3,540.
        var b = Questionnaires.builder().currency("CHF").set(Question.PRICE_MACHINE_MONTH, "10").set(Question.PRICE_VCPU_MONTH, "20")
                .set(Question.PRICE_RAM_GB_MONTH, "5").set(Question.PRICE_SERVICES_DISK_GB_MONTH, "0.1")
                .set(Question.PRICE_DATA_DISK_GB_MONTH, "0.05");
        var made = growingSingleCore(b);
        List<PlanYear> plan = made.of(PlanYear.class).stream().sorted(Comparator.comparingInt(PlanYear::year)).toList();
        assertThat(plan.get(0).cost()).isEqualByComparingTo("1851");
        assertThat(plan.get(1).cost()).isEqualByComparingTo("3540");
        assertThat(made.reasons()).isEqualTo("year 2: 1 register follower in CH, 1 core in CH added; 5 machines in service");
    }

    @Test
    void aSingleNodeStaysOneMachineWithItsDiskGrowing() {
        Questionnaire q = Questionnaires.builder().zone("Main", "", 500).planYears(2).build();
        var made = RuleVerifier.given(q, new PlatformTopology(Topology.SINGLE_NODE, "test"),
                        new ZoneYear("Main", 1, 500, 1, null, 1, 1, 500, 40), new ZoneYear("Main", 2, 500, 1, null, 1, 0, 500, 80),
                        new ZoneHeadroom("Main", 1, 500, 1, null, null, null, null),
                        new ZoneHeadroom("Main", 2, 500, 1, null, null, null, null),
                        group(Role.SINGLE_NODE, Tier.NONE, "Main", 1, 2, "4", 30, 100))
                .fire("machines by year: the machines in service each year");
        List<PlanYear> plan = made.of(PlanYear.class).stream().sorted(Comparator.comparingInt(PlanYear::year)).toList();
        assertThat(plan).extracting(PlanYear::topology).containsOnly(Topology.SINGLE_NODE);
        assertThat(plan.get(1).inService()).containsExactly(group(Role.SINGLE_NODE, Tier.NONE, "Main", 1, 2, "4", 30, 80));
        assertThat(plan.get(1).added()).isEmpty();
        assertThat(made.reasons()).isEmpty();
    }
}
