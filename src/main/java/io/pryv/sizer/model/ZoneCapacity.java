package io.pryv.sizer.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Everything the rules found about one zone: its loads, cores, disk, egress, and its headroom on the cores of year 1. */
public record ZoneCapacity(Zone zone, ZoneCores cores, List<MetricLoad> loads,
                           CoreDataDisk dataDisk, DailyEgress egress, ZoneHeadroom headroom) {
    public ZoneCapacity {
        loads = List.copyOf(loads);
    }

    public MetricLoad load(Metric metric) {
        return loads.stream().filter(l -> l.metric() == metric).findFirst().orElseThrow();
    }

    /** Load on each core of the zone (users are spread evenly), as {@link MetricLoad#perCore} prints it. */
    public BigDecimal perCoreLoad(Metric metric) {
        return load(metric).perCore(cores.cores());
    }

    /** Per-core load as a share of the per-core limit (0.5 = 50%), rounded up to 3 decimals (0.1 % steps). */
    public BigDecimal utilisation(Metric metric) {
        MetricLoad l = load(metric);
        if (l.limit().signum() == 0) return BigDecimal.ZERO;
        return l.load().divide(l.limit().multiply(BigDecimal.valueOf(cores.cores())), 3, RoundingMode.CEILING);
    }
}
