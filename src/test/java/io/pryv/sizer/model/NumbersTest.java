package io.pryv.sizer.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The one number format of the decision log and the brief: exact up to 12 decimals. */
class NumbersTest {

    private static String f(String v) {
        return Numbers.format(new BigDecimal(v));
    }

    @Test
    void smallPerUserFiguresPrintExactly() {
        // At 4 decimals these printed "0" and "1", and "100,000 users × 0 MB/s = 2.25 MB/s" read false.
        assertThat(f("0.00002")).isEqualTo("0.00002");
        assertThat(f("1.000001")).isEqualTo("1.000001");
    }

    @Test
    void groupedThousandsAndNoTrailingZeros() {
        assertThat(f("1234567.50")).isEqualTo("1,234,567.5");
        assertThat(f("2000.00")).isEqualTo("2,000");
        assertThat(f("0")).isEqualTo("0");
        assertThat(Numbers.format(1_000_000L)).isEqualTo("1,000,000");
    }

    @Test
    void twelveDecimalsExactlyThenHalfUp() {
        assertThat(f("0.123456789012")).isEqualTo("0.123456789012");
        assertThat(f("0.1234567890125")).isEqualTo("0.123456789013");
        assertThat(f("0.1234567890124")).isEqualTo("0.123456789012");
    }
}
