package io.pryv.sizer.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as the decision log and the brief print them: grouped thousands, no trailing zeros and
 * every decimal up to 12, so a printed product reads true ("100,000 × 0.00002"). Only beyond 12
 * decimals is a figure rounded (half up); quotients are rounded where they are computed.
 */
public final class Numbers {
    private static final ThreadLocal<DecimalFormat> FORMAT = ThreadLocal.withInitial(() -> {
        DecimalFormat f = new DecimalFormat("#,##0.############", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    });

    private static final ThreadLocal<DecimalFormat> AMOUNT = ThreadLocal.withInitial(() -> {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    });

    private Numbers() {}

    /** An amount of money as every output shows it: rounded half up to cents, "1,851.00". */
    public static String amount(BigDecimal v) {
        return AMOUNT.get().format(v);
    }

    public static String format(BigDecimal v) {
        return FORMAT.get().format(v);
    }

    public static String format(long v) {
        return FORMAT.get().format(v);
    }

    /** "1 core", "5 cores": a count and its noun, plural when the count is not one. */
    public static String countOf(long v, String noun) {
        return format(v) + " " + noun + (v == 1 ? "" : "s");
    }

    /** "1 year", "2.5 years": the same for a decimal count. */
    public static String countOf(BigDecimal v, String noun) {
        return format(v) + " " + noun + (v.compareTo(BigDecimal.ONE) == 0 ? "" : "s");
    }
}
