package io.pryv.sizer.model;

import java.math.BigDecimal;

/** Data a zone sends back to readers per day (network egress), in MB. */
public record DailyEgress(String zone, BigDecimal mbPerDay) {}
