package io.pryv.sizer.rules;

import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;

import java.math.BigDecimal;
import java.util.Collection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares the records the rules made with the records a test expects, field by field, numbers by
 * value: 4 GB RAM is 4 GB whether the rule wrote it as "4" or "4.0".
 */
final class ExactRecords {
    private ExactRecords() {}

    static final RecursiveComparisonConfiguration BY_VALUE = RecursiveComparisonConfiguration.builder()
            .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
            .build();

    /** {@code actual} holds exactly the {@code expected} records, in any order. */
    @SafeVarargs
    static <T> void assertExactly(Collection<T> actual, T... expected) {
        assertThat(actual).usingRecursiveFieldByFieldElementComparator(BY_VALUE).containsExactlyInAnyOrder(expected);
    }

    /** {@code actual} equals {@code expected} field by field. */
    static <T> void assertSame(T actual, T expected) {
        assertThat(actual).usingRecursiveComparison(BY_VALUE).isEqualTo(expected);
    }
}
