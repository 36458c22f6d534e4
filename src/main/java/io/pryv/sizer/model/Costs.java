package io.pryv.sizer.model;

import java.math.BigDecimal;

/**
 * What the plan costs (SIZING.md §9), exact: {@code year1} and {@code plan} (every year summed), in the currency
 * of {@code prices}. Rounded to cents only where shown: {@link #cents(BigDecimal)}.
 */
public record Costs(Prices prices, BigDecimal year1, BigDecimal plan) {
    /** What the outputs say without prices, and where the customer would give them. */
    public static final String NO_PRICES = "No prices were given, so the plan has no costs: a currency and the prices per month "
            + "on the questionnaire's " + Question.Sheet.PLAN.sheetName + " sheet would give the cost of each year and of the whole plan.";

    /** The heading of a column of year 1's monthly costs, in every output; {@code currency} follows it in brackets. */
    public static final String MONTHLY_YEAR_1 = "Monthly cost in year 1";

    /** "Monthly cost in year 1 (CHF)". */
    public static String monthlyYear1(String currency) {
        return MONTHLY_YEAR_1 + " (" + currency + ")";
    }

    public String currency() {
        return prices.currency();
    }

    /** An amount as every output shows it: half up to cents. */
    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
