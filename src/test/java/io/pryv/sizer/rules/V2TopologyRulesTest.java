package io.pryv.sizer.rules;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.Metric;
import io.pryv.sizer.model.PlatformTopology;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.Topology;
import io.pryv.sizer.model.ZoneCores;
import io.pryv.sizer.model.ZoneYear;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** rules/v2/topology.drl: SIZING-v2.md §3, the first of three shapes that applies; rapid growth changes nothing. */
class V2TopologyRulesTest {

    private static Questionnaires.Builder v2() {
        return Questionnaires.builder().set(Question.PLATFORM_VERSION, "v2");
    }


    @Test
    void moreThanOneZoneIsPartitionedByComplianceZone() {
        Questionnaire q = v2().zone("CH", "Bern", 100).zone("DE", "Berlin", 100).build();
        var made = RuleVerifier.given(q).fire("topology: more than one zone gets cores in each compliance zone (v2)");
        assertThat(made.one(PlatformTopology.class).topology()).isEqualTo(Topology.MULTI_CORE_COMPLIANCE);
        assertThat(made.reasons()).isEqualTo("2 compliance zones: user data stays in its zone, so each zone gets its own cores");
        assertThat(RuleVerifier.given(v2().zone("CH", "Bern", 100).build()).fire("topology: more than one zone gets cores in each compliance zone (v2)").timesFired()).isZero();
    }

    @Test
    void oneZoneWithTwoCoresIsPartitionedForLoad() {
        Questionnaire q = v2().zone("CH", "Bern", 10_000).build();
        var made = RuleVerifier.given(q, new ZoneCores("CH", 10_000, 2, Metric.USERS, 5_000)).fire("topology: several cores in the one zone share its users (v2)");
        assertThat(made.one(PlatformTopology.class).topology()).isEqualTo(Topology.MULTI_CORE_LOAD);
        assertThat(made.reasons()).isEqualTo("one zone that needs 2 cores (set by users): users are spread over the cores");
        assertThat(RuleVerifier.given(q, new ZoneCores("CH", 9_999, 1, Metric.USERS, 9_999)).fire("topology: several cores in the one zone share its users (v2)").timesFired()).isZero();
    }

    @Test
    void oneZoneWithOneCoreIsASingleCore() {
        Questionnaire q = v2().zone("CH", "Bern", 9_999).build();
        var made = RuleVerifier.given(q, new ZoneCores("CH", 9_999, 1, Metric.USERS, 9_999)).fire("topology: one zone with one core is a single core (v2)");
        assertThat(made.one(PlatformTopology.class).topology()).isEqualTo(Topology.SINGLE_CORE);
        assertThat(made.reasons()).isEqualTo("one zone that needs one core in year 1: a single core, to which more cores can "
                + "join when the users call for them");
        assertThat(RuleVerifier.given(q, new ZoneCores("CH", 10_000, 2, Metric.USERS, 5_000)).fire("topology: one zone with one core is a single core (v2)").timesFired()).isZero();
    }

    @Test
    void rapidGrowthAndALaterSecondCoreChangeNothing() {
        // v1 would build a cluster with a single core for either; a v2 core takes more cores as it runs.
        Questionnaire q = v2().zone("CH", "Bern", 9_999, 20_000L).rapidGrowth(true).planYears(2).build();
        var made = RuleVerifier.given(q, new ZoneCores("CH", 9_999, 1, Metric.USERS, 9_999),
                new ZoneYear("CH", 1, 9_999, 1, Metric.USERS, 1, 1, 9_999, 15),
                new ZoneYear("CH", 2, 20_000, 3, Metric.USERS, 3, 2, 9_999, 15)).fire("topology: one zone with one core is a single core (v2)");
        assertThat(made.one(PlatformTopology.class).topology()).isEqualTo(Topology.SINGLE_CORE);
    }
}
