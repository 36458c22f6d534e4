package io.pryv.sizer.rules;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.MachineGroup;
import io.pryv.sizer.model.Metric;
import io.pryv.sizer.model.MetricLoad;
import io.pryv.sizer.model.PlanYear;
import io.pryv.sizer.model.PlatformTopology;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.Role;
import io.pryv.sizer.model.Tier;
import io.pryv.sizer.model.Topology;
import io.pryv.sizer.model.UpgradedGroup;
import io.pryv.sizer.model.ZoneCores;
import io.pryv.sizer.model.ZoneHeadroom;
import io.pryv.sizer.model.ZoneYear;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import static io.pryv.sizer.rules.ExactRecords.assertExactly;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * rules/v2/plan.drl, and the shared rules/shared/plan-years.drl as v2 runs it (SIZING-v2.md §3, §4; SIZING.md §8):
 * each year's users and cores (a core bought stays), topology, and the machines in service, a database host per core.
 */
class V2PlanRulesTest {


    /** CH grows from 9,999 users to 20,000 in year 2, then falls to 15,000 in year 3. */
    private static Questionnaires.Builder growing(String databaseHost) {
        return Questionnaires.builder().set(Question.PLATFORM_VERSION, "v2").set(Question.DATABASE_HOST, databaseHost)
                .zone("CH", "Bern", 9_999, 20_000L, 15_000L).planYears(3);
    }

    @Test
    void theUsersLimitSetsEachYearsCoresAndACoreBoughtStays() {
        // Year 1: 9,999 users, 1 core (users). Year 2: ⌈20,000 / 9,999⌉ = 3 cores. Year 3: ⌈15,000 / 9,999⌉ = 2, 3 stay.
        // F: 9,999; ⌈20,000 / 3⌉ = 6,667; ⌈15,000 / 3⌉ = 5,000 → 9,999 every year. 1 MB a day, 1 year, 25% headroom:
        // year 1 9,999 × 1 × 365 × 1 × 1.25 / 1000 = 4,562.04375 → 4,563 GB; later years the same (retention 1 year).
        Questionnaire q = growing("On each core").writeMBPerDay("1").build();
        var made = RuleVerifier.given(q, new ZoneCores("CH", 9_999, 1, Metric.USERS, 9_999),
                new MetricLoad("CH", Metric.USERS, new BigDecimal("9999"), new BigDecimal("9999"), 1)).fire("plan: each year's users need the cores of the busiest metric; a core bought stays");
        List<ZoneYear> years = made.of(ZoneYear.class).stream().sorted(Comparator.comparingInt(ZoneYear::year)).toList();
        assertExactly(years,
                new ZoneYear("CH", 1, 9_999, 1, Metric.USERS, 1, 1, 9_999, 4_563),
                new ZoneYear("CH", 2, 20_000, 3, Metric.USERS, 3, 2, 9_999, 4_563),
                new ZoneYear("CH", 3, 15_000, 2, Metric.USERS, 3, 0, 9_999, 4_563));
        assertThat(made.reasons()).contains("year 2: 20,000 users need 3 cores in CH (users); 2 cores added");
    }

    private static final MachineGroup CORES = new MachineGroup(Role.CORE, Tier.NONE, "CH", 1, 2, new BigDecimal("8"), 20, 15);
    private static final MachineGroup RAISED = new MachineGroup(Role.CORE, Tier.NONE, "CH", 1, 4, new BigDecimal("8"), 20, 15);
    private static final MachineGroup DB_HOSTS = new MachineGroup(Role.DATABASE_HOST, Tier.NONE, "CH", 1, 2, new BigDecimal("4"), 20, 50);

    private static ZoneHeadroom headroom(int year, long users, long cores) {
        return new ZoneHeadroom("CH", year, users, cores, cores * 9_999, Metric.USERS, cores * 9_999 - users, 0L);
    }

    private static List<PlanYear> plan(Questionnaire q, Object... machines) {
        List<Object> facts = new java.util.ArrayList<>(List.of(q, new PlatformTopology(Topology.SINGLE_CORE),
                // Data disk of each core (or its database host) this year: 10, 30, 40 GB; the bill of materials bought 50.
                new ZoneYear("CH", 1, 9_999, 1, Metric.USERS, 1, 1, 9_999, 10),
                new ZoneYear("CH", 2, 20_000, 3, Metric.USERS, 3, 2, 6_667, 30),
                new ZoneYear("CH", 3, 15_000, 2, Metric.USERS, 3, 0, 6_667, 40),
                headroom(1, 9_999, 1), headroom(2, 20_000, 3), headroom(3, 15_000, 3)));
        facts.addAll(List.of(machines));
        return RuleVerifier.given(facts.toArray()).fire("machines by year: the v2 cores and database hosts in service each year").of(PlanYear.class).stream()
                .sorted(Comparator.comparingInt(PlanYear::year)).toList();
    }

    private static MachineGroup group(Role role, long count, int vcpu, String ram, long disk) {
        return new MachineGroup(role, Tier.NONE, "CH", count, vcpu, new BigDecimal(ram), 20, disk);
    }

    @Test
    void eachCoreHasItsDatabaseHostEveryYearWhichHoldsTheYearsData() {
        // Price 10 CHF per machine per month: year 1 two machines × 10 × 12 = 240; years 2 and 3 six: 720.
        Questionnaire q = growing("PostgreSQL on its own machine").currency("CHF")
                .set(Question.PRICE_MACHINE_MONTH, "10").build();
        List<PlanYear> years = plan(q, CORES, DB_HOSTS, new UpgradedGroup(CORES, RAISED));
        assertThat(years).extracting(PlanYear::topology)
                .containsExactly(Topology.SINGLE_CORE, Topology.MULTI_CORE_LOAD, Topology.MULTI_CORE_LOAD);
        // The core keeps 15 GB; the database host holds max(15, the year's disk), never above the 50 GB bought.
        assertExactly(years.get(0).inService(), group(Role.CORE, 1, 4, "8", 15), group(Role.DATABASE_HOST, 1, 2, "4", 15));
        assertExactly(years.get(1).inService(), group(Role.CORE, 3, 4, "8", 15), group(Role.DATABASE_HOST, 3, 2, "4", 30));
        assertExactly(years.get(2).inService(), group(Role.CORE, 3, 4, "8", 15), group(Role.DATABASE_HOST, 3, 2, "4", 40));
        // Year 2 buys two cores and two database hosts at the bill of materials' size; year 3 buys nothing.
        assertExactly(years.get(1).added(), group(Role.CORE, 2, 4, "8", 15), group(Role.DATABASE_HOST, 2, 2, "4", 50));
        assertThat(years.get(2).added()).isEmpty();
        assertThat(years).extracting(PlanYear::machines).containsExactly(2L, 6L, 6L);
        assertThat(years).extracting(PlanYear::cores).containsExactly(1L, 3L, 3L);
        assertThat(years).extracting(PlanYear::cost).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("240"), new BigDecimal("720"), new BigDecimal("720"));
    }

    @Test
    void coresHoldingTheirDataNeverProvisionLessThanTheSmallestDisk() {
        // Year 1's 10 GB of data takes the 15 GB minimum; 30 and 40 GB as they come, below the 50 GB bought.
        Questionnaire q = growing("On each core").build();
        List<PlanYear> years = plan(q, new MachineGroup(Role.CORE, Tier.NONE, "CH", 1, 2, new BigDecimal("8"), 20, 50));
        assertThat(years).extracting(y -> y.inService().get(0).dataDiskGb()).containsExactly(15L, 30L, 40L);
        assertThat(years).extracting(PlanYear::machines).containsExactly(1L, 3L, 3L);
        assertThat(years.get(0).topology()).isEqualTo(Topology.SINGLE_CORE);
    }

    @Test
    void severalZonesArePartitionedByComplianceZoneEveryYear() {
        Questionnaire q = Questionnaires.builder().set(Question.PLATFORM_VERSION, "v2").zone("CH", "Bern", 100)
                .zone("DE", "Berlin", 100).planYears(2).build();
        List<Object> facts = new java.util.ArrayList<>(List.of(q, new PlatformTopology(Topology.MULTI_CORE_COMPLIANCE)));
        for (String zone : List.of("CH", "DE")) {
            facts.add(new MachineGroup(Role.CORE, Tier.NONE, zone, 1, 2, new BigDecimal("8"), 20, 15));
            for (int year = 1; year <= 2; year++) {
                facts.add(new ZoneYear(zone, year, 100, 1, Metric.USERS, 1, year == 1 ? 1 : 0, 100, 1));
                facts.add(new ZoneHeadroom(zone, year, 100, 1, 9_999L, Metric.USERS, 9_899L, 9_899L));
            }
        }
        List<PlanYear> years = RuleVerifier.given(facts.toArray()).fire("machines by year: the v2 cores and database hosts in service each year").of(PlanYear.class);
        assertThat(years).extracting(PlanYear::topology).containsOnly(Topology.MULTI_CORE_COMPLIANCE).hasSize(2);
        assertThat(years).extracting(PlanYear::machines).containsOnly(2L);
    }
}
