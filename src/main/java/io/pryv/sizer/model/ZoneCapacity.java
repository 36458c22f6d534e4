package io.pryv.sizer.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
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

    /**
     * The metrics the capacity tables list: those the profile weighed, the data disk only when a cap bounds the
     * users of a core (without one it has no limit to show).
     */
    public List<Metric> shownMetrics() {
        return Arrays.stream(Metric.values()).filter(m -> loads.stream().anyMatch(l -> l.metric() == m))
                .filter(m -> m != Metric.DATA_DISK || load(m).limit().signum() > 0).toList();
    }

    /**
     * Load on each core of the zone (users are spread evenly), as {@link MetricLoad#perCore} prints it. For the
     * data disk: the users on the fullest core, as its disk must hold them all.
     */
    public BigDecimal perCoreLoad(Metric metric) {
        if (metric == Metric.DATA_DISK) return BigDecimal.valueOf(cores.usersOnFullestCore());
        return load(metric).perCore(cores.cores());
    }

    /**
     * Per-core load as a share of the per-core limit (0.5 = 50%), rounded up to 3 decimals (0.1 % steps).
     * For the data disk: the fullest core's users as a share of the users one core's disk may hold.
     */
    public BigDecimal utilisation(Metric metric) {
        MetricLoad l = load(metric);
        if (l.limit().signum() == 0) return BigDecimal.ZERO;
        if (metric == Metric.DATA_DISK) return perCoreLoad(metric).divide(l.limit(), 3, RoundingMode.CEILING);
        return l.load().divide(l.limit().multiply(BigDecimal.valueOf(cores.cores())), 3, RoundingMode.CEILING);
    }
}
