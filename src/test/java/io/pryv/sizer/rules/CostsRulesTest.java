package io.pryv.sizer.rules;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.*;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** rules/costs.drl: SIZING.md §9, worked by hand. The price of each year is plan.drl's (PlanRulesTest). */
class CostsRulesTest {
    private static final MachineGroup CORE = new MachineGroup(Role.CORE, Tier.NONE, "CH", 2, 2, new BigDecimal("4"), 30, 100);

    private static PlanYear year(int year, String cost) {
        return new PlanYear(year, Topology.CLUSTER_LOAD_PARTITIONED, List.of(), List.of(), List.of(CORE), List.of(),
                cost == null ? null : new BigDecimal(cost));
    }

    private static Questionnaire priced(int planYears) {
        return Questionnaires.builder().zone("CH", "Bern", 1_000).planYears(planYears).currency("EUR")
                .set(Question.PRICE_VCPU_MONTH, "10.005").build();
    }

    @Test
    void thePlanCostsTheSumOfItsYearsExactly() {
        // 1,234.565 + 2,000.125 + 0.005 = 3,234.695 exactly; shown half up: 1,234.57 and 3,234.70.
        var made = RuleVerifier.given(priced(3), year(1, "1234.565"), year(2, "2000.125"), year(3, "0.005"))
                .fire("costs: the plan costs the sum of its years");
        Costs costs = made.one(Costs.class);
        assertThat(costs.year1()).isEqualByComparingTo("1234.565");
        assertThat(costs.plan()).isEqualByComparingTo("3234.695");
        assertThat(costs.currency()).isEqualTo("EUR");
        assertThat(made.reasons()).isEqualTo("year 1 costs 1,234.57 EUR; the plan's 3 years cost 3,234.70 EUR");
    }

    @Test
    void withoutPricesThereAreNoCostsEvenWithACurrency() {
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 1_000).planYears(1).currency("EUR").build();
        var made = RuleVerifier.given(q, year(1, null)).fire("costs: the plan costs the sum of its years");
        assertThat(made.timesFired()).isZero();
    }

    @Test
    void eachYearsLineGivesTheMonthAndTheYear() {
        // 12 × 154.25 = 1,851: per month 154.25.
        var made = RuleVerifier.given(priced(1), year(1, "1851")).fire("costs: each year pays twelve months of every machine in service");
        assertThat(made.reasons()).isEqualTo("year 1: 2 machines in service, 12 × 154.25 EUR a month = 1,851.00 EUR");
    }

    @Test
    void aPriceLeftBlankAmongGivenOnesIsNamedAsZero() {
        var made = RuleVerifier.given(priced(1)).fire("costs: a price left blank counts as zero");
        assertThat(made.reasons()).isEqualTo("Price per machine, Price per GB of RAM, Price per GB of services disk, "
                + "Price per GB of data disk left blank among the prices given: counted as 0");
        Questionnaire allGiven = Questionnaires.builder().currency("EUR").set(Question.PRICE_MACHINE_MONTH, "1")
                .set(Question.PRICE_VCPU_MONTH, "0").set(Question.PRICE_RAM_GB_MONTH, "0")
                .set(Question.PRICE_SERVICES_DISK_GB_MONTH, "0").set(Question.PRICE_DATA_DISK_GB_MONTH, "0").build();
        assertThat(RuleVerifier.given(allGiven).fire("costs: a price left blank counts as zero").timesFired()).isZero();
    }
}
