package io.pryv.sizer.rules;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.CoreDataDisk;
import io.pryv.sizer.model.MachineGroup;
import io.pryv.sizer.model.Metric;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.Role;
import io.pryv.sizer.model.Tier;
import io.pryv.sizer.model.ZoneCores;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.pryv.sizer.rules.ExactRecords.assertExactly;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * rules/v2/machines.drl: SIZING-v2.md §4. A core: 2 vCPU, 8 GB RAM, 20 GB services disk; a database host: 2 vCPU,
 * 4 GB, 20 GB, one per core in its zone. The machine holding the data takes max(15 GB, the §2 disk); a core beside
 * a database host keeps 15 GB.
 */
class V2MachinesRulesTest {


    private static Questionnaire q(String databaseHost) {
        return Questionnaires.builder().set(Question.PLATFORM_VERSION, "v2").set(Question.DATABASE_HOST, databaseHost)
                .zone("CH", "Bern", 12_000).build();
    }

    /** 2 cores in CH whose data takes {@code diskGb} each (SIZING.md §2). */
    private static RuleVerifier given(String databaseHost, long diskGb) {
        return RuleVerifier.given(q(databaseHost), new ZoneCores("CH", 12_000, 2, Metric.USERS, 6_000),
                new CoreDataDisk("CH", BigDecimal.ONE, diskGb));
    }

    private static MachineGroup core(long disk) {
        return new MachineGroup(Role.CORE, Tier.NONE, "CH", 2, 2, new BigDecimal("8"), 20, disk);
    }

    private static MachineGroup dbHost(long disk) {
        return new MachineGroup(Role.DATABASE_HOST, Tier.NONE, "CH", 2, 2, new BigDecimal("4"), 20, disk);
    }

    @Test
    void coresHoldingTheirDataGetAtLeastTheSmallestDisk() {
        // The §2 disk on both sides of the 15 GB minimum: 14 → 15, 15 → 15, 16 → 16.
        assertExactly(given("On each core", 14).fire("machines: each zone's v2 cores hold its data").of(MachineGroup.class), core(15));
        assertExactly(given("On each core", 15).fire("machines: each zone's v2 cores hold its data").of(MachineGroup.class), core(15));
        var made = given("On each core", 16).fire("machines: each zone's v2 cores hold its data");
        assertExactly(made.of(MachineGroup.class), core(16));
        assertThat(made.reasons()).isEqualTo("2 cores in CH, each with its database: 2 vCPU, 8 GB RAM, 20 GB services disk, "
                + "max(15 GB, 16 GB of data) = 16 GB data disk each, before any upgrade for the load");
        assertThat(given("PostgreSQL on its own machine", 16).fire("machines: each zone's v2 cores hold its data").timesFired()).isZero();
    }

    @Test
    void coresBesideADatabaseHostKeepTheSmallestDisk() {
        var made = given("PostgreSQL on its own machine", 400).fire("machines: v2 cores with a database host keep the smallest data disk");
        assertExactly(made.of(MachineGroup.class), core(15));
        assertThat(made.reasons()).isEqualTo("2 cores in CH: 2 vCPU, 8 GB RAM, 20 GB services disk, 15 GB data disk each "
                + "(the smallest: the database host holds the data), before any upgrade for the load");
        assertThat(given("On each core", 400).fire("machines: v2 cores with a database host keep the smallest data disk").timesFired()).isZero();
    }

    @Test
    void eachCoreHasItsDatabaseHostHoldingTheData() {
        var made = given("PostgreSQL on its own machine", 400).fire("machines: each v2 core has its database host in its zone");
        assertExactly(made.of(MachineGroup.class), dbHost(400));
        assertThat(made.reasons()).isEqualTo("2 database hosts in CH, one per core (PostgreSQL): 2 vCPU, 4 GB RAM, "
                + "20 GB services disk, max(15 GB, 400 GB of data) = 400 GB data disk each");
        assertExactly(given("MongoDB on its own machine", 14).fire("machines: each v2 core has its database host in its zone").of(MachineGroup.class), dbHost(15));
        assertExactly(given("MongoDB on its own machine", 15).fire("machines: each v2 core has its database host in its zone").of(MachineGroup.class), dbHost(15));
        assertExactly(given("MongoDB on its own machine", 16).fire("machines: each v2 core has its database host in its zone").of(MachineGroup.class), dbHost(16));
        assertThat(given("On each core", 400).fire("machines: each v2 core has its database host in its zone").timesFired()).isZero();
    }
}
