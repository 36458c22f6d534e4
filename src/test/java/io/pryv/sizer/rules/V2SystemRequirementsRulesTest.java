package io.pryv.sizer.rules;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.OsSupport;
import io.pryv.sizer.model.OsSupport.Status;
import io.pryv.sizer.model.Question;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.SupportedOs;
import io.pryv.sizer.model.SystemRequirement;
import io.pryv.sizer.model.SystemRequirement.Met;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.pryv.sizer.rules.ExactRecords.assertExactly;
import static io.pryv.sizer.rules.ExactRecords.assertSame;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * rules/v2/system-requirements-v2.drl (SIZING-v2.md §6) and the shared support rules on v2's list: Ubuntu 20.04, 22.04,
 * 24.04 (standard support to the last day of May 2025, May 2027, Apr 2029; Ubuntu Pro Apr 2030, Apr 2032, Apr 2034),
 * Debian 11 (14 Aug 2024) and 12 (10 Jun 2026), with no Ubuntu Pro; Docker 20.10 or later; docker compose v2, optional;
 * Node.js 24 without Docker.
 */
class V2SystemRequirementsRulesTest {

    private static Questionnaires.Builder v2() {
        return Questionnaires.builder().set(Question.PLATFORM_VERSION, "v2");
    }

    @Test
    void operatingSystemsOfTheV2Guide() {
        var made = RuleVerifier.given(v2().build()).fire("system requirements v2: operating systems of the guide");
        assertExactly(made.of(SupportedOs.class),
                new SupportedOs("Ubuntu 20.04", LocalDate.of(2025, 5, 31), LocalDate.of(2030, 4, 30)),
                new SupportedOs("Ubuntu 22.04", LocalDate.of(2027, 5, 31), LocalDate.of(2032, 4, 30)),
                new SupportedOs("Ubuntu 24.04", LocalDate.of(2029, 4, 30), LocalDate.of(2034, 4, 30)),
                new SupportedOs("Debian 11", LocalDate.of(2024, 8, 14), LocalDate.of(2024, 8, 14)),
                new SupportedOs("Debian 12", LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 10)));
    }

    /** Where {@code os} stands on {@code date} in a v2 sizing, with Ubuntu Pro planned or not. */
    private static Status status(String os, LocalDate date, boolean pro) {
        Questionnaire q = v2().os("Ubuntu 24.04").date(date).extendedSupport(pro).build();
        var made = RuleVerifier.given(q).fire("system requirements: support of each operating system on the questionnaire date");
        assertThat(made.of(OsSupport.class)).hasSize(5);
        return made.of(OsSupport.class).stream().filter(s -> s.name().equals(os)).findFirst().orElseThrow().status();
    }

    @Test
    void ubuntu2404IsInStandardSupportToTheEndOfApril2029ThenUbuntuProToApril2034() {
        assertThat(status("Ubuntu 24.04", LocalDate.of(2029, 4, 30), false)).isEqualTo(Status.STANDARD);
        assertThat(status("Ubuntu 24.04", LocalDate.of(2029, 5, 1), false)).isEqualTo(Status.ENDED);
        assertThat(status("Ubuntu 24.04", LocalDate.of(2029, 5, 1), true)).isEqualTo(Status.EXTENDED);
        assertThat(status("Ubuntu 24.04", LocalDate.of(2034, 4, 30), true)).isEqualTo(Status.EXTENDED);
        assertThat(status("Ubuntu 24.04", LocalDate.of(2034, 5, 1), true)).isEqualTo(Status.ENDED);
    }

    @Test
    void debianEndsWithItsStandardSupportEvenWithExtendedSupportAnswered() {
        assertThat(status("Debian 12", LocalDate.of(2026, 6, 10), true)).isEqualTo(Status.STANDARD);
        assertThat(status("Debian 12", LocalDate.of(2026, 6, 11), true)).isEqualTo(Status.ENDED);
        assertThat(status("Debian 11", LocalDate.of(2024, 8, 14), false)).isEqualTo(Status.STANDARD);
        assertThat(status("Debian 11", LocalDate.of(2024, 8, 15), true)).isEqualTo(Status.ENDED);
    }

    @Test
    void debianPastSupportIsNotSaidPastExtendedMaintenance() {
        OsSupport debian = new OsSupport(new SupportedOs("Debian 12", LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 10)), true, Status.ENDED);
        assertThat(debian.label()).isEqualTo("past standard support");
    }

    private static SystemRequirement planned(String os, LocalDate date) {
        Questionnaire q = v2().os(os).date(date).build();
        // The shared requirement reads the support the shared rule decided: give it as that rule would.
        var support = RuleVerifier.given(q).fire("system requirements: support of each operating system on the questionnaire date")
                .of(OsSupport.class);
        var given = new java.util.ArrayList<Object>(support);
        given.add(0, q);
        return RuleVerifier.given(given.toArray()).fire("system requirements: the planned operating system").one(SystemRequirement.class);
    }

    @Test
    void theRequirementListsTheV2SystemsAndMeetsOneInStandardSupport() {
        assertSame(planned("Ubuntu 24.04", LocalDate.of(2026, 12, 5)), new SystemRequirement("Operating system",
                "Debian 11, Debian 12, Ubuntu 20.04, Ubuntu 22.04, Ubuntu 24.04, in standard support", "Ubuntu 24.04", Met.YES));
        // Debian 12 on the day after its end: not met.
        assertThat(planned("Debian 12", LocalDate.of(2026, 6, 10)).met()).isEqualTo(Met.YES);
        assertThat(planned("Debian 12", LocalDate.of(2026, 6, 11)).met()).isEqualTo(Met.NO);
        // A v1-only release is not on v2's list.
        assertThat(planned("Ubuntu 18.04", LocalDate.of(2023, 1, 1)).met()).isEqualTo(Met.NO);
    }

    private static SystemRequirement docker(String version) {
        return RuleVerifier.given(v2().docker(version).build()).fire("system requirements v2: Docker").one(SystemRequirement.class);
    }

    @Test
    void dockerTwentyPointTenOrLaterComparedPartByPart() {
        // 20.10 prints as typed, not as the number 20.1; 20.9 and 20.5 are below 20.10, 20.10.7 and 24.0 are not.
        assertSame(docker("20.10"), new SystemRequirement("Docker", "20.10 or later", "20.10", Met.YES));
        assertThat(docker("20.10.7").met()).isEqualTo(Met.YES);
        assertThat(docker("24.0").met()).isEqualTo(Met.YES);
        assertThat(docker("20.9").met()).isEqualTo(Met.NO);
        assertThat(docker("20.5").met()).isEqualTo(Met.NO);
        assertSame(docker(""), new SystemRequirement("Docker", "20.10 or later", "not stated", Met.UNKNOWN));
    }

    private static SystemRequirement compose(String version) {
        return RuleVerifier.given(v2().compose(version).build()).fire("system requirements v2: docker compose, optional")
                .one(SystemRequirement.class);
    }

    @Test
    void dockerComposeIsOptionalButNotTheOldOne() {
        assertSame(compose(""), new SystemRequirement("docker compose", "optional; if used, v2 or later", "not stated", Met.YES));
        assertSame(compose("v2.29.1"), new SystemRequirement("docker compose", "optional; if used, v2 or later", "v2.29.1", Met.YES));
        assertThat(compose("2.0").met()).isEqualTo(Met.YES);
        assertThat(compose("1.29.2").met()).isEqualTo(Met.NO);
    }

    @Test
    void nodeJs24ForInstallsWithoutDocker() {
        assertSame(RuleVerifier.given(v2().build()).fire("system requirements v2: Node.js for installs without Docker")
                        .one(SystemRequirement.class),
                new SystemRequirement("Node.js (installs without Docker)", "24.x", "not asked", Met.UNKNOWN));
    }
}
