package io.pryv.sizer.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A zone's peak load on one metric (margin included), the per-core limit, and the cores it needs. */
public record MetricLoad(String zone, Metric metric, BigDecimal load, BigDecimal limit, long coresNeeded) {
    /**
     * The load on each of {@code cores} cores, as the outputs print it: rounded up to 2 decimals, so a load
     * above a threshold never shows as at it; an exact load shows exactly.
     */
    public BigDecimal perCore(long cores) {
        return load.divide(BigDecimal.valueOf(cores), 2, RoundingMode.CEILING);
    }
}
