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

    /** What a line orders, in the order the outputs list them, with the words that sum its lines up. */
    public enum Kind {
        MACHINE("the machines of the bill of materials"), DATA_DISK("their data disks"), PUBLIC_IPV4("public addresses"),
        DOMAIN("the domain"), CERTIFICATE("the certificate"), LICENCE("the licence"), EMAIL_RELAY("e-mail sending"),
        BACKUP_STORAGE("backup storage"), UPLOAD_BANDWIDTH("network capacity"), OUTBOUND_TRANSFER("network capacity");

        private final String summary;

        Kind(String summary) { this.summary = summary; }

        public String summary() { return summary; }
    }

    /** The lines' monthly costs in year 1 added up, exactly: the lines the prices do not cover count for nothing. */
    public static BigDecimal monthlyTotal(java.util.List<PurchaseLine> lines) {
        return lines.stream().map(PurchaseLine::monthlyCost).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What {@code lines} order, said in a few words: "the machines of the bill of materials, …, and network capacity". */
    public static String summary(java.util.List<PurchaseLine> lines) {
        java.util.List<String> words = lines.stream().map(l -> l.kind().summary()).distinct().toList();
        return words.size() <= 1 ? String.join("", words)
                : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
