package io.pryv.sizer.model;

import java.math.BigDecimal;

/** A load situation that raises the minimum of the user-data machines of a zone (cores or the single node). */
public record Upgrade(Role role, String zone, String situation, int minVcpu, BigDecimal minRamGb) {}
