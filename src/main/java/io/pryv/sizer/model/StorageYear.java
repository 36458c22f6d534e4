package io.pryv.sizer.model;

import java.math.BigDecimal;

/** Data disk one core of a zone needs once it holds {@code year} years of data (headroom included). */
public record StorageYear(String zone, BigDecimal year, long gbPerCore) {}
