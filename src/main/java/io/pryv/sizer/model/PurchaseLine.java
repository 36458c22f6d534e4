package io.pryv.sizer.model;

import java.math.BigDecimal;

/**
 * One thing to order or arrange before the platform can run: {@code zone} is "" for what serves the whole
 * platform (the domain, the certificate). {@code monthlyCost} is year 1's cost of the whole line per month, exact;
 * null without prices, and null for what the prices do not cover (the domain, backup storage, the network).
 * {@code kind} keeps the lines in the order purchasing reads them.
 */
public record PurchaseLine(Kind kind, String item, String zone, BigDecimal quantity, String unit, String specification,
                           BigDecimal monthlyCost) {

    /** What a line orders, in the order the outputs list them. */
    public enum Kind { MACHINE, DATA_DISK, PUBLIC_IPV4, DOMAIN, CERTIFICATE, LICENCE, EMAIL_RELAY, BACKUP_STORAGE, UPLOAD_BANDWIDTH, OUTBOUND_TRANSFER }
}
