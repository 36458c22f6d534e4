package io.pryv.sizer.rules;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.CoreDataDisk;
import io.pryv.sizer.model.Finding;
import io.pryv.sizer.model.Finding.Severity;
import io.pryv.sizer.model.Finding.Topic;
import io.pryv.sizer.model.Metric;
import io.pryv.sizer.model.OsSupport;
import io.pryv.sizer.model.OsSupport.Status;
import io.pryv.sizer.model.PlatformTopology;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.SupportedOs;
import io.pryv.sizer.model.Topology;
import io.pryv.sizer.model.ZoneCores;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * rules/v2/findings-v2.drl (SIZING-v2.md §3, §4, §6) and the shared findings as they read in a v2 sizing. Raft: n > 1
 * voting cores survive ⌊(n − 1) / 2⌋ failures: 2 → 0, 3 → 1, 4 → 1, 5 → 2.
 */
class V2FindingsRulesTest {

    private static Questionnaires.Builder v2() {
        return Questionnaires.builder().set(Question.PLATFORM_VERSION, "v2");
    }

    private static ZoneCores cores(String zone, long n) {
        return new ZoneCores(zone, 1_000 * n, n, Metric.WRITE_RPS, 1_000);
    }

    // --- finding v2: an even number of cores gives Raft no extra failure ---

    private static RuleVerifier.Result raft(Object... facts) {
        return RuleVerifier.given(facts).fire("finding v2: an even number of cores gives Raft no extra failure");
    }

    @Test
    void twoCoresSurviveNoFailure() {
        // Two zones of one core each: 2 cores, ⌊1 / 2⌋ = 0 failures; 3 would survive 1.
        var made = raft(v2().zone("CH", "", 1_000).zone("DE", "", 1_000).build(), cores("CH", 1), cores("DE", 1));
        Finding f = made.one(Finding.class);
        assertThat(f.code()).isEqualTo("RAFT_EVEN_CORES");
        assertThat(f.topic()).isEqualTo(Topic.MACHINES);
        assertThat(f.severity()).isEqualTo(Severity.NOTE);
        assertThat(f.text()).isEqualTo("The platform has 2 cores. The platform database they share (rqlite) keeps working "
                + "while a majority of its voting cores is up: 2 voting cores survive no core failure, no more than 1 would, "
                + "and 3 survive 1 core failure. Pryv.io v2 adds cores as non-voting members unless told otherwise: make an "
                + "odd number of them voters (3 or more to survive a core failure), or weigh one more core.");
        assertThat(made.reasons()).isEqualTo("2 cores: (2 − 1) / 2, rounded down: no core failure; 3 cores: 1 core failure");
    }

    @Test
    void fourCoresSurviveOneFailureAsThreeDo() {
        // ⌊3 / 2⌋ = 1, as ⌊2 / 2⌋ for 3 cores; 5 survive ⌊4 / 2⌋ = 2.
        Finding f = raft(v2().zone("Main", "", 4_000).build(), cores("Main", 4)).one(Finding.class);
        assertThat(f.text()).contains("The platform has 4 cores.")
                .contains("4 voting cores survive 1 core failure, no more than 3 would, and 5 survive 2 core failures.");
    }

    @Test
    void withGrowthTheCountIsYear1s() {
        Questionnaire q = v2().zone("Main", "", 2_000, 3_000L, 4_000L, 5_000L, 6_000L).build();
        assertThat(raft(q, cores("Main", 2)).one(Finding.class).text()).startsWith("The platform has 2 cores in year 1.");
    }

    @Test
    void anOddCountOneCoreOrAZoneStillUnknownIsNoFinding() {
        assertThat(raft(v2().zone("Main", "", 1_000).build(), cores("Main", 1)).of(Finding.class)).isEmpty();
        assertThat(raft(v2().zone("Main", "", 3_000).build(), cores("Main", 3)).of(Finding.class)).isEmpty();
        assertThat(raft(v2().zone("CH", "", 1_000).zone("DE", "", 1_000).build(), cores("CH", 2), cores("DE", 3))
                .of(Finding.class)).isEmpty();
        // DE not known yet: CH's 2 cores are not the platform's count.
        assertThat(raft(v2().zone("CH", "", 1_000).zone("DE", "", 1_000).build(), cores("CH", 2)).of(Finding.class)).isEmpty();
    }

    // --- finding v2: answers for Pryv.io v1 are ignored ---

    private static RuleVerifier.Result v1Answers(Questionnaire q) {
        return RuleVerifier.given(q).fire("finding v2: answers for Pryv.io v1 are ignored");
    }

    @Test
    void rapidGrowthAndFollowersAreNamedAsIgnored() {
        var made = v1Answers(v2().rapidGrowth(true).followers(2).build());
        Finding f = made.one(Finding.class);
        assertThat(f.code()).isEqualTo("V1_ANSWERS_IGNORED");
        assertThat(f.topic()).isEqualTo(Topic.ANSWERS);
        assertThat(f.severity()).isEqualTo(Severity.NOTE);
        String growth = io.pryv.sizer.questionnaire.TemplateLayout.place(Question.EXPECT_RAPID_GROWTH);
        String followers = io.pryv.sizer.questionnaire.TemplateLayout.place(Question.REGISTER_FOLLOWERS);
        assertThat(f.text()).isEqualTo(growth + " is Yes; " + followers + " is 2: these answers count only for Pryv.io v1, and "
                + "this sizing is for Pryv.io v2, which ignores them: it has no register, and cores join a running platform, "
                + "a single core included, when the load calls for them.");
        assertThat(v1Answers(v2().rapidGrowth(true).build()).one(Finding.class).text())
                .startsWith(growth + " is Yes: this answer counts only for Pryv.io v1");
        assertThat(v1Answers(v2().followers(0).build()).one(Finding.class).text()).startsWith(followers + " is 0: this answer");
    }

    @Test
    void v1AnswersLeftBlankOrNoAreNoFinding() {
        assertThat(v1Answers(v2().rapidGrowth(false).followers(null).build()).timesFired()).isZero();
    }

    // --- finding v2: attachments and previews stay on the core ---

    @Test
    void aDatabaseHostLeavesTheFilesOnTheCore() {
        var made = RuleVerifier.given(v2().set(Question.DATABASE_HOST, "PostgreSQL on its own machine").build())
                .fire("finding v2: attachments and previews stay on the core");
        Finding f = made.one(Finding.class);
        assertThat(f.code()).isEqualTo("FILES_STAY_ON_CORE");
        assertThat(f.topic()).isEqualTo(Topic.STORAGE);
        assertThat(f.severity()).isEqualTo(Severity.NOTE);
        assertThat(f.text()).isEqualTo("With PostgreSQL on its own machine, each core's database runs on a database host, "
                + "which gets the users' data disk; the core keeps the smallest data disk. Attachments and image previews "
                + "stay on the core, though: if the users attach files, give the core's data disk room for them.");
        assertThat(RuleVerifier.given(v2().set(Question.DATABASE_HOST, "On each core").build())
                .fire("finding v2: attachments and previews stay on the core").timesFired()).isZero();
    }

    // --- finding v2: MongoDB is no longer supported ---

    @Test
    void mongoDbIsAWarningToChoosePostgreSql() {
        var made = RuleVerifier.given(v2().set(Question.DATABASE_HOST, "MongoDB on its own machine").build())
                .fire("finding v2: MongoDB is no longer supported");
        Finding f = made.one(Finding.class);
        assertThat(f.code()).isEqualTo("MONGODB_DROPPED");
        assertThat(f.topic()).isEqualTo(Topic.SYSTEM_SOFTWARE);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.text()).isEqualTo("Platform!C6 (Database of v2) is MongoDB on its own machine, but current Pryv.io v2 "
                + "releases no longer run on MongoDB (only PostgreSQL or SQLite): answer PostgreSQL on its own machine. The "
                + "database hosts sized here suit PostgreSQL as they are.");
        assertThat(RuleVerifier.given(v2().set(Question.DATABASE_HOST, "PostgreSQL on its own machine").build())
                .fire("finding v2: MongoDB is no longer supported").timesFired()).isZero();
    }

    // --- finding v2: a single core is a single point of failure ---

    @Test
    void aSingleCoreIsASinglePointOfFailure() {
        var made = RuleVerifier.given(v2().build(), new PlatformTopology(Topology.SINGLE_CORE))
                .fire("finding v2: a single core is a single point of failure");
        Finding f = made.one(Finding.class);
        assertThat(f.code()).isEqualTo("ONE_CORE");
        assertThat(f.severity()).isEqualTo(Severity.NOTE);
        assertThat(f.text()).startsWith("The platform runs on one core: while it is down, no user can sign in, register or "
                + "reach their data.");
        assertThat(RuleVerifier.given(v2().build(), new PlatformTopology(Topology.MULTI_CORE_LOAD))
                .fire("finding v2: a single core is a single point of failure").timesFired()).isZero();
    }

    // --- finding v2: a zone with one core loses its users' access while it is down ---

    private static RuleVerifier.Result oneCoreZone(Object... facts) {
        return RuleVerifier.given(facts).fire("finding v2: a zone with one core loses its users' access while it is down");
    }

    @Test
    void aZoneWithOneCoreAmongSeveralCores() {
        Questionnaire q = v2().zone("CH", "", 1_000).zone("DE", "", 5_000).build();
        var made = oneCoreZone(q, new PlatformTopology(Topology.MULTI_CORE_COMPLIANCE), cores("CH", 1), cores("DE", 2));
        Finding f = made.one(Finding.class);
        assertThat(f.code()).isEqualTo("ONE_CORE_ZONE");
        assertThat(f.severity()).isEqualTo(Severity.NOTE);
        assertThat(f.text()).isEqualTo("CH has a single core: while it is down, the users of CH cannot reach their data, and "
                + "no new user can register there, as users stay on the cores of their zone. A second core in the zone would "
                + "keep it taking new users, but each user's data lives on one core: keep backups and monitoring that allow a "
                + "quick restore.");
        assertThat(made.reasons()).isEqualTo("one core in year 1 in CH");
        Questionnaire three = v2().zone("CH", "", 1_000).zone("DE", "", 1_000).zone("FR", "", 1_000).build();
        assertThat(oneCoreZone(three, new PlatformTopology(Topology.MULTI_CORE_COMPLIANCE), cores("CH", 1), cores("DE", 2),
                cores("FR", 1)).one(Finding.class).text()).startsWith("2 zones have a single core (CH, FR): while a zone's core is down, its users");
    }

    @Test
    void noZoneWithOneCoreOrASingleCoreIsNoSuchFinding() {
        assertThat(oneCoreZone(v2().zone("Main", "", 2_000).build(), new PlatformTopology(Topology.MULTI_CORE_LOAD), cores("Main", 2))
                .of(Finding.class)).isEmpty();
        assertThat(oneCoreZone(v2().zone("Main", "", 1_000).build(), new PlatformTopology(Topology.SINGLE_CORE), cores("Main", 1))
                .of(Finding.class)).isEmpty();
    }

    // --- the shared findings in a v2 sizing ---

    @Test
    void av1OnlySystemIsNotSupportedByV2() {
        Finding f = RuleVerifier.given(v2().os("Ubuntu 18.04").build())
                .fire("finding: operating system the platform version does not support").one(Finding.class);
        assertThat(f.text()).isEqualTo("Ubuntu 18.04 is not among the operating systems Pryv.io v2 supports (Debian 11, "
                + "Debian 12, Ubuntu 20.04, Ubuntu 22.04, Ubuntu 24.04): plan one of these.");
        assertThat(RuleVerifier.given(v2().os("Ubuntu 24.04").build())
                .fire("finding: operating system the platform version does not support").timesFired()).isZero();
    }

    private static final SupportedOs BOOKWORM = new SupportedOs("Debian 12", LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 10));

    @Test
    void debianPastItsSupportSpeaksOfNoUbuntuPro() {
        Questionnaire q = v2().os("Debian 12").date(LocalDate.of(2026, 12, 5)).extendedSupport(true).build();
        Finding f = RuleVerifier.given(q, new OsSupport(BOOKWORM, true, Status.ENDED)).fire("finding: operating system past its support")
                .one(Finding.class);
        assertThat(f.text()).isEqualTo("Debian 12 left standard support on 2026-06-10, before the questionnaire date (2026-12-05): "
                + "plan a supported release.");
    }

    @Test
    void debianEndingWithinThePlanAsksForANewerRelease() {
        // 2024-03-01, 3-year plan: last day 2027-02-28; Debian 12 ends 2026-06-10, in year 3.
        Questionnaire q = v2().os("Debian 12").date(LocalDate.of(2024, 3, 1)).planYears(3).extendedSupport(true).build();
        Finding f = RuleVerifier.given(q, new OsSupport(BOOKWORM, true, Status.STANDARD))
                .fire("finding: operating system leaves standard support within the plan").one(Finding.class);
        assertThat(f.text()).isEqualTo("Debian 12 leaves standard support on 2026-06-10, in year 3 of the 3-year plan that runs "
                + "until 2027-02-28: plan the move to a newer release.");
    }

    @Test
    void dockerBelowTwentyPointTen() {
        Finding f = RuleVerifier.given(v2().docker("20.9").build()).fire("finding: Docker version below the requirement").one(Finding.class);
        assertThat(f.text()).isEqualTo("Docker 20.9 is planned; Pryv.io needs Docker 20.10 or later.");
        assertThat(RuleVerifier.given(v2().docker("20.10.2").build()).fire("finding: Docker version below the requirement")
                .timesFired()).isZero();
    }

    @Test
    void noDataWrittenNamesTheSingleCore() {
        Questionnaire q = v2().zone("Main", "", 1_000).build();
        Finding f = RuleVerifier.given(q, new PlatformTopology(Topology.SINGLE_CORE), new CoreDataDisk("Main", BigDecimal.ZERO, 0))
                .fire("finding: no data written, so the data disks are empty").one(Finding.class);
        assertThat(f.text()).contains("so the data disk of the core is 0 GB");
    }

    @Test
    void aDockerVersionNotStatedIsANoteButComposeMayStayBlank() {
        // Guide v2: Docker 20.10 or later, docker compose optional; Node.js 24 without Docker (the code's engines).
        Finding f = RuleVerifier.given(v2().build()).fire("finding v2: the Docker version is not stated").one(Finding.class);
        assertThat(f.code()).isEqualTo("DOCKER_VERSION_UNKNOWN");
        assertThat(f.severity()).isEqualTo(Finding.Severity.NOTE);
        assertThat(f.text()).isEqualTo("The Docker version is not stated: Pryv.io v2 runs in Docker 20.10 or later, or without "
                + "Docker on Node.js 24; check it against the system requirements before installing.");
        assertThat(RuleVerifier.given(v2().set(Question.DOCKER_VERSION, "28.5").build())
                .fire("finding v2: the Docker version is not stated").timesFired()).isZero();
    }

    @Test
    void aDataDiskAboveOneVirtualDiskIsAWarningNamingItsMachines() {
        // 16,000 GB is the largest one virtual disk (shared constant): a database host of 16,001 GB is above it, a core
        // of exactly 16,000 GB is not.
        var made = RuleVerifier.given(v2().build(),
                new io.pryv.sizer.model.MachineGroup(io.pryv.sizer.model.Role.CORE, io.pryv.sizer.model.Tier.NONE, "CH", 1, 2,
                        new java.math.BigDecimal("8"), 20, 16_000),
                new io.pryv.sizer.model.MachineGroup(io.pryv.sizer.model.Role.DATABASE_HOST, io.pryv.sizer.model.Tier.NONE, "DE", 2,
                        2, new java.math.BigDecimal("4"), 20, 16_001))
                .fire("finding v2: a data disk larger than one virtual disk");
        Finding f = made.one(Finding.class);
        assertThat(f.code()).isEqualTo("LARGE_DATA_DISK");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.text()).isEqualTo("The data disk of the database host in DE is above 16,000 GB (the largest: 16,001 GB), "
                + "more than one virtual disk holds on most platforms: plan several volumes joined as one (LVM) or network "
                + "storage that can grow, and check the retention and daily volume per user.");
        assertThat(RuleVerifier.given(v2().build(), new io.pryv.sizer.model.MachineGroup(io.pryv.sizer.model.Role.CORE,
                io.pryv.sizer.model.Tier.NONE, "CH", 1, 2, new java.math.BigDecimal("8"), 20, 16_000))
                .fire("finding v2: a data disk larger than one virtual disk").timesFired()).isZero();
    }
}
