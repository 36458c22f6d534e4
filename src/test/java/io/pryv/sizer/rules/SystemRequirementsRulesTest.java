package io.pryv.sizer.rules;

import io.pryv.sizer.Questionnaires;
import io.pryv.sizer.model.OsSupport;
import io.pryv.sizer.model.OsSupport.Status;
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
 * rules/shared/system-requirements.drl and rules/v1/system-requirements-v1.drl: the guide's "System requirements" (its last v1 revision: Ubuntu 16.04,
 * 18.04, 20.04, 22.04; Docker v19 or later; docker-compose 1.21 or later) and the ends of support from
 * ubuntu.com/about/release-cycle, by month, i.e. the last day of that month: standard support 16.04 Apr 2021,
 * 18.04 May 2023, 20.04 May 2025, 22.04 May 2027; Ubuntu Pro 16.04 Apr 2026, 18.04 Apr 2028, 20.04 Apr 2030,
 * 22.04 Apr 2032.
 */
class SystemRequirementsRulesTest {

    private static SystemRequirement requirement(RuleVerifier.Result made) {
        return made.one(SystemRequirement.class);
    }

    private static final SupportedOs XENIAL = new SupportedOs("Ubuntu 16.04", LocalDate.of(2021, 4, 30), LocalDate.of(2026, 4, 30));
    private static final SupportedOs BIONIC = new SupportedOs("Ubuntu 18.04", LocalDate.of(2023, 5, 31), LocalDate.of(2028, 4, 30));
    private static final SupportedOs FOCAL = new SupportedOs("Ubuntu 20.04", LocalDate.of(2025, 5, 31), LocalDate.of(2030, 4, 30));
    private static final SupportedOs JAMMY = new SupportedOs("Ubuntu 22.04", LocalDate.of(2027, 5, 31), LocalDate.of(2032, 4, 30));

    // --- system requirements: operating systems of the guide ---

    @Test
    void operatingSystemsOfTheGuide() {
        var made = RuleVerifier.given().fire("system requirements: operating systems of the guide");
        assertExactly(made.of(SupportedOs.class), XENIAL, BIONIC, FOCAL, JAMMY);
    }

    @Test
    void theListDoesNotDependOnTheQuestionnaire() {
        // No condition: one list per run, not one per questionnaire or zone.
        Questionnaire q = Questionnaires.builder().zone("A", "", 1).zone("B", "", 1).os("Ubuntu 16.04").build();
        var made = RuleVerifier.given(q).fire("system requirements: operating systems of the guide");
        assertThat(made.timesFired()).isEqualTo(1);
        assertThat(made.of(SupportedOs.class)).hasSize(4);
    }

    // --- system requirements: support of each operating system on the questionnaire date ---

    /** Where {@code os} stands on {@code date}, with Ubuntu Pro planned or not. */
    private static Status status(String os, LocalDate date, boolean pro) {
        Questionnaire q = Questionnaires.builder().os("Ubuntu 22.04").date(date).extendedSupport(pro).build();
        var made = RuleVerifier.given(q).fire("system requirements: support of each operating system on the questionnaire date");
        assertThat(made.of(OsSupport.class)).hasSize(4).allMatch(s -> s.extendedPlanned() == pro);
        return made.of(OsSupport.class).stream().filter(s -> s.name().equals(os)).findFirst().orElseThrow().status();
    }

    @Test
    void standardSupportLastsToItsLastDayIncluded() {
        assertThat(status("Ubuntu 16.04", LocalDate.of(2021, 4, 30), false)).isEqualTo(Status.STANDARD);
        assertThat(status("Ubuntu 16.04", LocalDate.of(2021, 5, 1), false)).isEqualTo(Status.ENDED);
        assertThat(status("Ubuntu 18.04", LocalDate.of(2023, 5, 31), false)).isEqualTo(Status.STANDARD);
        assertThat(status("Ubuntu 18.04", LocalDate.of(2023, 6, 1), false)).isEqualTo(Status.ENDED);
        assertThat(status("Ubuntu 20.04", LocalDate.of(2025, 5, 31), false)).isEqualTo(Status.STANDARD);
        assertThat(status("Ubuntu 20.04", LocalDate.of(2025, 6, 1), false)).isEqualTo(Status.ENDED);
        assertThat(status("Ubuntu 22.04", LocalDate.of(2027, 5, 31), false)).isEqualTo(Status.STANDARD);
        assertThat(status("Ubuntu 22.04", LocalDate.of(2027, 6, 1), false)).isEqualTo(Status.ENDED);
    }

    @Test
    void withUbuntuProAReleaseStaysSupportedToTheEndOfItsExtendedMaintenance() {
        // Still in standard support the day it ends, extended the day after, ended after the Ubuntu Pro end.
        assertThat(status("Ubuntu 20.04", LocalDate.of(2025, 5, 31), true)).isEqualTo(Status.STANDARD);
        assertThat(status("Ubuntu 20.04", LocalDate.of(2025, 6, 1), true)).isEqualTo(Status.EXTENDED);
        assertThat(status("Ubuntu 16.04", LocalDate.of(2026, 4, 30), true)).isEqualTo(Status.EXTENDED);
        assertThat(status("Ubuntu 16.04", LocalDate.of(2026, 5, 1), true)).isEqualTo(Status.ENDED);
        assertThat(status("Ubuntu 18.04", LocalDate.of(2028, 4, 30), true)).isEqualTo(Status.EXTENDED);
        assertThat(status("Ubuntu 18.04", LocalDate.of(2028, 5, 1), true)).isEqualTo(Status.ENDED);
        assertThat(status("Ubuntu 20.04", LocalDate.of(2030, 4, 30), true)).isEqualTo(Status.EXTENDED);
        assertThat(status("Ubuntu 20.04", LocalDate.of(2030, 5, 1), true)).isEqualTo(Status.ENDED);
        assertThat(status("Ubuntu 22.04", LocalDate.of(2027, 6, 1), true)).isEqualTo(Status.EXTENDED);
        assertThat(status("Ubuntu 22.04", LocalDate.of(2032, 4, 30), true)).isEqualTo(Status.EXTENDED);
        assertThat(status("Ubuntu 22.04", LocalDate.of(2032, 5, 1), true)).isEqualTo(Status.ENDED);
    }

    // --- system requirements: the planned operating system ---

    private static SystemRequirement os(String os, boolean pro, OsSupport... releases) {
        Questionnaire q = Questionnaires.builder().os(os).extendedSupport(pro).build();
        Object[] facts = new Object[releases.length + 1];
        facts[0] = q;
        System.arraycopy(releases, 0, facts, 1, releases.length);
        return requirement(RuleVerifier.given(facts).fire("system requirements: the planned operating system"));
    }

    private static final String EVERY_RELEASE = "Ubuntu 16.04, Ubuntu 18.04, Ubuntu 20.04, Ubuntu 22.04";

    @Test
    void aReleaseInStandardSupportIsMet() {
        assertSame(os("Ubuntu 22.04", false, new OsSupport(XENIAL, false, Status.ENDED), new OsSupport(BIONIC, false, Status.ENDED),
                        new OsSupport(FOCAL, false, Status.ENDED), new OsSupport(JAMMY, false, Status.STANDARD)),
                new SystemRequirement("Operating system", EVERY_RELEASE + ", in standard support", "Ubuntu 22.04", Met.YES));
    }

    @Test
    void aReleaseInUbuntuProIsMetUntilItsEnd() {
        assertSame(os("Ubuntu 20.04", true, new OsSupport(XENIAL, true, Status.ENDED), new OsSupport(BIONIC, true, Status.EXTENDED),
                        new OsSupport(FOCAL, true, Status.EXTENDED), new OsSupport(JAMMY, true, Status.STANDARD)),
                new SystemRequirement("Operating system", EVERY_RELEASE + ", in standard support or in extended maintenance (Ubuntu Pro)",
                        "Ubuntu 20.04, Ubuntu Pro until 2030-04-30", Met.YES));
    }

    @Test
    void aReleasePastItsSupportIsNotMet() {
        // The planned release has ended while another is in standard support: the planned one is the one compared.
        assertSame(os("Ubuntu 20.04", false, new OsSupport(FOCAL, false, Status.ENDED), new OsSupport(JAMMY, false, Status.STANDARD)),
                new SystemRequirement("Operating system", "Ubuntu 20.04, Ubuntu 22.04, in standard support", "Ubuntu 20.04", Met.NO));
    }

    @Test
    void anOperatingSystemOutsideTheListIsNotMet() {
        // The reader refuses unknown systems; should one reach the rules, it is shown as not met.
        assertThat(os("Debian 12", false, new OsSupport(FOCAL, false, Status.STANDARD), new OsSupport(JAMMY, false, Status.STANDARD)).met())
                .isEqualTo(Met.NO);
    }

    @Test
    void withoutTheSupportDecidedThereIsNoRequirementYet() {
        // A questionnaire, but support not yet decided: must not match.
        Questionnaire q = Questionnaires.builder().os("Ubuntu 22.04").build();
        assertThat(RuleVerifier.given(q).fire("system requirements: the planned operating system").timesFired()).isZero();
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
        // One requirement per questionnaire, not one per zone.
        Questionnaire q = Questionnaires.builder().zone("A", "", 1).zone("B", "", 1).docker("20.10").build();
        assertThat(RuleVerifier.given(q).fire("system requirements: Docker").timesFired()).isEqualTo(1);
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
        // One requirement per questionnaire, not one per zone.
        Questionnaire q = Questionnaires.builder().zone("A", "", 1).zone("B", "", 1).compose("1.29").build();
        assertThat(RuleVerifier.given(q).fire("system requirements: docker-compose").timesFired()).isEqualTo(1);
    }
}
