package io.pryv.sizer.rules;

import io.pryv.sizer.model.SystemRequirement.Met;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Versions: the comparison the Docker / docker-compose rules rely on (SIZING.md §5: Docker ≥ 19, compose ≥ 1.21). */
class VersionsTest {

    @Test
    void comparesPartByPartAsNumbers() {
        assertThat(Versions.atLeast("19.03", "19")).isTrue();
        assertThat(Versions.atLeast("18.09", "19")).isFalse();
        assertThat(Versions.atLeast("20.10.7", "19")).isTrue();
        assertThat(Versions.atLeast("1.21", "1.21")).isTrue();
        assertThat(Versions.atLeast("1.20", "1.21")).isFalse();
        assertThat(Versions.atLeast("1.29", "1.21")).isTrue();
        // Numbers, not text: 1.3 is below 1.21 (3 < 21), 1.100 above it, 2.0 above it.
        assertThat(Versions.atLeast("1.3", "1.21")).isFalse();
        assertThat(Versions.atLeast("1.100", "1.21")).isTrue();
        assertThat(Versions.atLeast("2.0", "1.21")).isTrue();
    }

    @Test
    void aVersionNotStatedMeetsNeitherYesNorNo() {
        assertThat(Versions.meets("", "19")).isEqualTo(Met.UNKNOWN);
        assertThat(Versions.meets(null, "19")).isEqualTo(Met.UNKNOWN);
        assertThat(Versions.meets("20.10", "19")).isEqualTo(Met.YES);
        assertThat(Versions.meets("18.09", "19")).isEqualTo(Met.NO);
    }

    @Test
    void missingPartsCountAsZero() {
        assertThat(Versions.atLeast("19", "19.0.0")).isTrue();
        assertThat(Versions.atLeast("19.0.0", "19")).isTrue();
        assertThat(Versions.atLeast("1.21.0", "1.21")).isTrue();
        assertThat(Versions.atLeast("1.21", "1.21.1")).isFalse();
    }

    @Test
    void readsTheUsualSpellings() {
        assertThat(Versions.atLeast("v1.29.2", "1.21")).isTrue();
        assertThat(Versions.atLeast(" 20.10 ", "19")).isTrue();
        assertThat(Versions.atLeast("20.10.7-ce", "19")).isTrue();
        assertThat(Versions.readable("20.10")).isTrue();
        assertThat(Versions.readable("v2")).isTrue();
    }

    @Test
    void blankOrUnreadableIsNeverAtLeast() {
        assertThat(Versions.atLeast("", "19")).isFalse();
        assertThat(Versions.atLeast(null, "19")).isFalse();
        assertThat(Versions.atLeast("latest", "19")).isFalse();
        assertThat(Versions.readable("latest")).isFalse();
        assertThat(Versions.readable("")).isFalse();
        assertThat(Versions.readable(null)).isFalse();
        // A part of more than 9 digits would overflow an int: unreadable rather than wrong.
        assertThat(Versions.readable("1234567890")).isFalse();
        assertThat(Versions.readable("123456789")).isTrue();
    }

    @Test
    void plannedAsTheOutputsShowIt() {
        assertThat(Versions.planned(null)).isEqualTo("not stated");
        assertThat(Versions.planned("   ")).isEqualTo("not stated");
        assertThat(Versions.planned(" 20.10 ")).isEqualTo("20.10");
    }
}
