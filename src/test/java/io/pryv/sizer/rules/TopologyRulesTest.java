package io.pryv.sizer.rules;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.Metric;
import io.pryv.sizer.model.PlatformTopology;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.Topology;
import io.pryv.sizer.model.ZoneCores;
import io.pryv.sizer.model.ZoneYear;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * rules/topology.drl: SIZING.md §3, the first of four that applies. Each test gives a questionnaire
 * that meets its own rule and checks that the three other rules do not match it.
 */
class TopologyRulesTest {

    private static final String ZONES = "topology: more than one zone partitions by compliance zone";
    private static final String LOAD = "topology: several cores in the one zone partition for load";
    private static final String RAPID = "topology: rapid growth asks for a cluster with a single core";
    private static final String SINGLE = "topology: otherwise a single node";
    private static final String LATER = "topology: a later year's second core asks for a cluster with a single core";

    /** Fires each of the other three rules alone on the same facts: none may match. */
    private static void onlyThisOneMatches(Object[] facts, String expected) {
        for (String rule : new String[] {ZONES, LOAD, RAPID, SINGLE, LATER}) {
            if (rule.equals(expected)) continue;
            assertThat(RuleVerifier.given(facts).fire(rule).timesFired()).as(rule).isZero();
        }
    }

    @Test
    void moreThanOneZonePartitionsByComplianceZone() {
        // Two zones → rule 1, even though zone CH needs 3 cores and rapid growth is expected
        // (each of which would meet a later rule if there were only one zone).
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 250_000).zone("DE", "Frankfurt", 1_000)
                .rapidGrowth(true).writeRps("0.02").build();
        // CH: 250 000 × 0.02 × 1.2 = 6000 req/s → ⌈6000 / 2000⌉ = 3 cores, fullest ⌈250 000 / 3⌉ = 83 334 users;
        // DE: 1000 × 0.02 × 1.2 = 24 req/s → 1 core.
        Object[] facts = {q, new ZoneCores("CH", 250_000, 3, Metric.WRITE_RPS, 83_334),
                new ZoneCores("DE", 1_000, 1, Metric.WRITE_RPS, 1_000)};
        var made = RuleVerifier.given(facts).fire("topology: more than one zone partitions by compliance zone");
        assertThat(made.one(PlatformTopology.class).topology()).isEqualTo(Topology.CLUSTER_COMPLIANCE_ZONES);
        assertThat(made.reasons()).contains("2 compliance zones");
        // The outputs repeat the reason the log gives, carried by the topology itself.
        assertThat(made.one(PlatformTopology.class).reason())
                .isEqualTo("2 compliance zones: user data stays in its zone, so each zone gets its own cores");
        onlyThisOneMatches(facts, ZONES);
    }

    @Test
    void oneZoneIsNoComplianceCluster() {
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 1_000).build();
        assertThat(RuleVerifier.given(q, new ZoneCores("CH", 1_000, 1, null, 1_000))
                .fire("topology: more than one zone partitions by compliance zone").timesFired()).isZero();
    }

    @Test
    void severalCoresInTheOneZonePartitionForLoad() {
        // One zone; 100 001 × 0.02 × (1 + 0%) = 2000.02 req/s → ⌈2000.02 / 2000⌉ = 2 cores → rule 2,
        // although rapid growth is expected (rule 3 needs exactly one core).
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 100_001).writeRps("0.02").margin("0")
                .rapidGrowth(true).build();
        Object[] facts = {q, new ZoneCores("CH", 100_001, 2, Metric.WRITE_RPS, 50_001)};
        var made = RuleVerifier.given(facts).fire("topology: several cores in the one zone partition for load");
        assertThat(made.one(PlatformTopology.class).topology()).isEqualTo(Topology.CLUSTER_LOAD_PARTITIONED);
        assertThat(made.reasons()).contains("2 cores (set by write requests)");
        onlyThisOneMatches(facts, LOAD);
    }

    @Test
    void oneCoreIsNoLoadPartitioning() {
        // 100 000 × 0.02 × 1.0 = 2000 exactly: one core holds it, so not rule 2.
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 100_000).writeRps("0.02").margin("0").build();
        assertThat(RuleVerifier.given(q, new ZoneCores("CH", 100_000, 1, Metric.WRITE_RPS, 100_000))
                .fire("topology: several cores in the one zone partition for load").timesFired()).isZero();
    }

    @Test
    void rapidGrowthAsksForAClusterWithASingleCore() {
        // One zone, 1000 × 0.02 × 1.2 = 24 req/s → 1 core, ExpectRapidGrowth = Yes → rule 3.
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 1_000).writeRps("0.02").rapidGrowth(true).build();
        Object[] facts = {q, new ZoneCores("CH", 1_000, 1, Metric.WRITE_RPS, 1_000)};
        var made = RuleVerifier.given(facts).fire("topology: rapid growth asks for a cluster with a single core");
        assertThat(made.one(PlatformTopology.class).topology()).isEqualTo(Topology.CLUSTER_SINGLE_CORE);
        onlyThisOneMatches(facts, RAPID);
    }

    @Test
    void noRapidGrowthIsNoSingleCoreCluster() {
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 1_000).writeRps("0.02").build();
        assertThat(RuleVerifier.given(q, new ZoneCores("CH", 1_000, 1, Metric.WRITE_RPS, 1_000))
                .fire("topology: rapid growth asks for a cluster with a single core").timesFired()).isZero();
    }

    @Test
    void otherwiseASingleNode() {
        // One zone, 1 core (24 req/s as above), no rapid growth → rule 4.
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 1_000).writeRps("0.02").build();
        Object[] facts = {q, new ZoneCores("CH", 1_000, 1, Metric.WRITE_RPS, 1_000)};
        var made = RuleVerifier.given(facts).fire("topology: otherwise a single node");
        assertThat(made.one(PlatformTopology.class).topology()).isEqualTo(Topology.SINGLE_NODE);
        onlyThisOneMatches(facts, SINGLE);
    }

    @Test
    void rapidGrowthIsNoSingleNode() {
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 1_000).rapidGrowth(true).build();
        assertThat(RuleVerifier.given(q, new ZoneCores("CH", 1_000, 1, null, 1_000))
                .fire("topology: otherwise a single node").timesFired()).isZero();
    }

    /** CH on 1 core in years 1 and 2, 2 cores from year 3 (growth figures). */
    private static Object[] secondCoreInYearThree(boolean rapidGrowth) {
        Questionnaire q = Questionnaires.builder().zone("CH", "Bern", 1_000, null, 120_000L).planYears(4)
                .writeRps("0.02").rapidGrowth(rapidGrowth).build();
        return new Object[] {q, new ZoneCores("CH", 1_000, 1, Metric.WRITE_RPS, 1_000),
                new ZoneYear("CH", 1, 1_000, 1, Metric.WRITE_RPS, 1, 1, 1_000, 0),
                new ZoneYear("CH", 2, 1_000, 1, Metric.WRITE_RPS, 1, 0, 1_000, 0),
                new ZoneYear("CH", 3, 120_000, 2, Metric.WRITE_RPS, 2, 1, 60_000, 0),
                new ZoneYear("CH", 4, 120_000, 2, Metric.WRITE_RPS, 2, 0, 60_000, 0)};
    }

    @Test
    void aSingleZoneWhoseLaterYearNeedsASecondCoreStartsAsAClusterWithOneCore() {
        // SIZING.md §8: c(z,1) = 1 but c(z,P) = 2 → CLUSTER_SINGLE_CORE, and the log names year 3, the first with 2 cores:
        // 120,000 × 0.02 × 1.2 = 2,880 req/s → 2 cores. Rapid growth or not, the same rule decides.
        Object[] facts = secondCoreInYearThree(false);
        var made = RuleVerifier.given(facts).fire("topology: a later year's second core asks for a cluster with a single core");
        assertThat(made.one(PlatformTopology.class).topology()).isEqualTo(Topology.CLUSTER_SINGLE_CORE);
        assertThat(made.reasons()).isEqualTo("one zone and one core in year 1, but year 3's 120,000 users need 2 cores "
                + "(write requests): roles on separate machines so cores can be added");
        onlyThisOneMatches(facts, LATER);
        onlyThisOneMatches(secondCoreInYearThree(true), LATER);
    }
}
