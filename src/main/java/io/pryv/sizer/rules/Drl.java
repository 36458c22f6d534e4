package io.pryv.sizer.rules;

import io.pryv.sizer.model.Decision;
import io.pryv.sizer.model.Numbers;
import org.kie.api.runtime.rule.RuleContext;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Arithmetic and logging primitives the DRL files call. The formulas themselves stay in the DRL;
 * these only keep the exact decimal steps short and alike everywhere.
 */
public final class Drl {
    private Drl() {}

    /** Peak load of a zone on one metric: users × per-user figure × (1 + margin%). Exact. */
    public static BigDecimal zoneLoad(long users, BigDecimal perUser, BigDecimal marginPercent) {
        return BigDecimal.valueOf(users).multiply(perUser).multiply(BigDecimal.ONE.add(marginPercent.movePointLeft(2)));
    }

    /** ⌈a / b⌉ for a ≥ 0 and b > 0, exactly. */
    public static long ceilDiv(BigDecimal a, BigDecimal b) {
        return a.divide(b, 0, RoundingMode.CEILING).longValueExact();
    }

    /** ⌈a / b⌉ for whole numbers. */
    public static long ceilDiv(long a, long b) {
        return Math.floorDiv(a + b - 1, b);
    }

    public static BigDecimal dec(long v) {
        return BigDecimal.valueOf(v);
    }

    /** A number as the decision log prints it: see {@link Numbers}. */
    public static String n(BigDecimal v) {
        return Numbers.format(v);
    }

    public static String n(long v) {
        return Numbers.format(v);
    }

    /** A count and its noun, singular for one: see {@link Numbers#countOf}. Not "count": MVEL takes that for a fact's field. */
    public static String nOf(long v, String noun) {
        return Numbers.countOf(v, noun);
    }

    public static String nOf(BigDecimal v, String noun) {
        return Numbers.countOf(v, noun);
    }

    /** Records why the current rule fired, for the platform as a whole: one line of the decision log. */
    public static void because(RuleContext rule, String reason) {
        because(rule, "", reason);
    }

    /** Records why the current rule fired for one zone. */
    public static void because(RuleContext rule, String zone, String reason) {
        rule.getKieRuntime().insert(new Decision(rule.getRule().getName(), zone, reason));
    }
}
