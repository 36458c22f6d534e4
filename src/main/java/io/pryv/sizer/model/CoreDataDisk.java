package io.pryv.sizer.model;

import java.math.BigDecimal;

/** The data disk of each core of a zone, for the whole retention, headroom included. */
public record CoreDataDisk(String zone, BigDecimal dailyMbPerUser, long gb) {}
