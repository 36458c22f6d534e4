package io.pryv.sizer.model;

import io.pryv.sizer.model.PurchaseLine.Kind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The words that sum up a sizing's order lines, as the brief's "What to order" opens: only what is ordered. */
class PurchaseLineTest {
    private static PurchaseLine line(Kind kind) {
        return new PurchaseLine(kind, "item", "", BigDecimal.ONE, "unit", "spec", null);
    }

    @Test
    void theSummaryNamesEachKindOnceInOrderAndNothingElse() {
        // Two machine lines, no licence (Pryv.io v2), both network lines said once.
        assertThat(PurchaseLine.summary(List.of(line(Kind.MACHINE), line(Kind.MACHINE), line(Kind.DOMAIN),
                line(Kind.UPLOAD_BANDWIDTH), line(Kind.OUTBOUND_TRANSFER))))
                .isEqualTo("the machines of the bill of materials, the domain and network capacity");
        assertThat(PurchaseLine.summary(List.of(line(Kind.MACHINE)))).isEqualTo("the machines of the bill of materials");
    }
}
