package io.pryv.sizer.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Data disk of every register machine, sized on the platform's user count. */
public record RegisterDataDisk(long gb) {

    /** The disk for {@code users}: {@code gbPerBlock} per started block of {@code usersPerBlock} users, at least one block (guide). */
    public static long gbFor(long users, BigDecimal gbPerBlock, BigDecimal usersPerBlock) {
        long blocks = BigDecimal.valueOf(users).divide(usersPerBlock, 0, RoundingMode.CEILING).longValueExact();
        return gbPerBlock.longValueExact() * Math.max(1, blocks);
    }
}
