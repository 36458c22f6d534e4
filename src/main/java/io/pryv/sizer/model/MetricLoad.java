package io.pryv.sizer.model;

import java.math.BigDecimal;

/** A zone's peak load on one metric (margin included), the per-core limit, and the cores it needs. */
public record MetricLoad(String zone, Metric metric, BigDecimal load, BigDecimal limit, long coresNeeded) {}
