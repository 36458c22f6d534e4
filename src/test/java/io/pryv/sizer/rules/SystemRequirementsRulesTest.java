package io.pryv.sizer.rules;

import io.pryv.sizer.Questionnaires;
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
 * rules/system-requirements.drl: the guide's "System requirements" (Ubuntu 16.04, 18.04, 20.04;
 * Docker v19 or later; docker-compose 1.21 or later) and SIZING.md §5 support ends
 * (16.04: 2021-04, 18.04: 2023-05, 20.04: 2025-05, i.e. the last day of that month).
 */
class SystemRequirementsRulesTest {

    private static SystemRequirement requirement(RuleVerifier.Result made) {
        return made.one(SystemRequirement.class);
    }

    // --- system requirements: operating systems of the guide ---

    @Test
    void operatingSystemsOfTheGuide() {
        var made = RuleVerifier.given().fire("system requirements: operating systems of the guide");
        assertExactly(made.of(SupportedOs.class),
                new SupportedOs("Ubuntu 16.04", LocalDate.of(2021, 4, 30)),
                new SupportedOs("Ubuntu 18.04", LocalDate.of(2023, 5, 31)),
                new SupportedOs("Ubuntu 20.04", LocalDate.of(2025, 5, 31)));
    }

    @Test
    void theListDoesNotDependOnTheQuestionnaire() {
        // No condition: one list per run, not one per questionnaire or zone.
        Questionnaire q = Questionnaires.builder().zone("A", "", 1).zone("B", "", 1).os("Ubuntu 16.04").build();
        var made = RuleVerifier.given(q).fire("system requirements: operating systems of the guide");
        assertThat(made.timesFired()).isEqualTo(1);
        assertThat(made.of(SupportedOs.class)).hasSize(3);
    }

    // --- system requirements: the planned operating system ---

    private static SystemRequirement os(String os, LocalDate questionnaireDate) {
        Questionnaire q = Questionnaires.builder().os(os).date(questionnaireDate).build();
        return requirement(RuleVerifier.given(q).fire("system requirements: the planned operating system"));
    }

    @Test
    void thePlannedOperatingSystem() {
        assertSame(os("Ubuntu 18.04", LocalDate.of(2023, 5, 31)), new SystemRequirement("Operating system",
                "Ubuntu 16.04, Ubuntu 18.04, Ubuntu 20.04, in standard support", "Ubuntu 18.04", Met.YES));
    }

    @Test
    void anOperatingSystemPastItsStandardSupportIsNotMet() {
        // 18.04 left standard support on 2023-05-31: met on that day, not the day after (as the finding says).
        assertThat(os("Ubuntu 18.04", LocalDate.of(2023, 6, 1)).met()).isEqualTo(Met.NO);
        assertThat(os("Ubuntu 20.04", LocalDate.of(2023, 6, 1)).met()).isEqualTo(Met.YES);
    }

    @Test
    void anOperatingSystemOutsideTheListIsNotMet() {
        // The reader refuses unknown systems; should one reach the rules, it is shown as not met.
        Questionnaire q = Questionnaires.builder().os("Debian 12").build();
        assertThat(requirement(RuleVerifier.given(q).fire("system requirements: the planned operating system")).met()).isEqualTo(Met.NO);
        // Without a questionnaire there is nothing planned: must not match.
        assertThat(RuleVerifier.given().fire("system requirements: the planned operating system").timesFired()).isZero();
    }

    // --- system requirements: Docker ---

    private static SystemRequirement docker(String planned) {
        Questionnaire q = Questionnaires.builder().docker(planned).build();
        return requirement(RuleVerifier.given(q).fire("system requirements: Docker"));
    }

    @Test
    void docker() {
        // Docker 19 or later: 19.03 meets it, 20.10 too, 18.09 does not.
        assertSame(docker("19.03"), new SystemRequirement("Docker", "19 or later", "19.03", Met.YES));
        assertThat(docker("20.10").met()).isEqualTo(Met.YES);
        assertSame(docker("18.09"), new SystemRequirement("Docker", "19 or later", "18.09", Met.NO));
    }

    @Test
    void aDockerVersionNotStatedIsUnknown() {
        assertSame(docker(""), new SystemRequirement("Docker", "19 or later", "not stated", Met.UNKNOWN));
        assertThat(docker("  ").met()).isEqualTo(Met.UNKNOWN);
        // Without a questionnaire nothing is planned: must not match.
        assertThat(RuleVerifier.given().fire("system requirements: Docker").timesFired()).isZero();
    }

    // --- system requirements: docker-compose ---

    private static SystemRequirement compose(String planned) {
        Questionnaire q = Questionnaires.builder().compose(planned).build();
        return requirement(RuleVerifier.given(q).fire("system requirements: docker-compose"));
    }

    @Test
    void dockerCompose() {
        // docker-compose 1.21 or later: 1.21 and 1.29 meet it, 1.20 does not.
        assertSame(compose("1.21"), new SystemRequirement("docker-compose", "1.21 or later", "1.21", Met.YES));
        assertThat(compose("1.29").met()).isEqualTo(Met.YES);
        assertSame(compose("1.20"), new SystemRequirement("docker-compose", "1.21 or later", "1.20", Met.NO));
    }

    @Test
    void aDockerComposeVersionNotStatedIsUnknown() {
        assertSame(compose(""), new SystemRequirement("docker-compose", "1.21 or later", "not stated", Met.UNKNOWN));
        assertThat(RuleVerifier.given().fire("system requirements: docker-compose").timesFired()).isZero();
    }
}
