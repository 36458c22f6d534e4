package io.pryv.sizer.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Per-core load and utilisation round up, so a load above the 50 % upgrade threshold never shows as at it. */
class ZoneCapacityTest {

    private static ZoneCapacity writeLoad(String load, long cores) {
        return new ZoneCapacity(new Zone("CH", "", 1_000), new ZoneCores("CH", 1_000, cores, Metric.WRITE_RPS, 1_000),
                List.of(new MetricLoad("CH", Metric.WRITE_RPS, new BigDecimal(load), new BigDecimal("2000"), cores)),
                new CoreDataDisk("CH", BigDecimal.ONE, 1), new DailyEgress("CH", BigDecimal.ZERO), null);
    }

    @Test
    void aLoadJustAboveHalfTheLimitShowsAboveIt() {
        // 1000.0005 per core: HALF_UP showed 1,000.00 and 50.0 % beside an upgrade that applies only above 50 %.
        ZoneCapacity z = writeLoad("1000.0005", 1);
        assertThat(z.perCoreLoad(Metric.WRITE_RPS)).isEqualByComparingTo("1000.01");
        assertThat(z.utilisation(Metric.WRITE_RPS)).isEqualByComparingTo("0.501");
    }

    @Test
    void exactValuesShowExactly() {
        ZoneCapacity z = writeLoad("2000", 2);
        assertThat(z.perCoreLoad(Metric.WRITE_RPS)).isEqualByComparingTo("1000");
        assertThat(z.utilisation(Metric.WRITE_RPS)).isEqualByComparingTo("0.5");
        // 2000.02 / 3 cores = 666.673… → 666.68; 666.673… / 2000 = 0.33333… → 0.334.
        ZoneCapacity third = writeLoad("2000.02", 3);
        assertThat(third.perCoreLoad(Metric.WRITE_RPS)).isEqualByComparingTo("666.68");
        assertThat(third.utilisation(Metric.WRITE_RPS)).isEqualByComparingTo("0.334");
    }
}
