package io.pryv.sizer.model;

import java.math.BigDecimal;

/**
 * A number the sizing relies on, declared once in rules/constants.drl and listed in every
 * output's assumptions. {@code source} says where it comes from: the guide, Pryv config, or the product.
 */
public record Constant(String key, BigDecimal value, String unit, String source, String meaning) {
    /** Ports and versions are names, not quantities: the outputs print them without thousands separators. */
    public boolean isName() {
        return unit.endsWith(" port") || unit.equals("version");
    }
}
