package io.pryv.sizer.model;

/**
 * What can set a zone's number of cores, in tie order: the loads, the users a core may hold (Pryv.io v2), then,
 * with a data-disk cap, the users one core's disk can hold (last, so a load wins a tie). Each profile weighs
 * some of them ({@link Profile#metrics()}).
 */
public enum Metric {
    WRITE_RPS("write requests", "req/s"),
    READ_RPS("read requests", "req/s"),
    ATTACHMENT_READ_RPS("attachment reads", "req/s"),
    ATTACHMENT_WRITE_MBPS("attachment writes", "MB/s"),
    PREVIEW_RPS("image previews", "req/s"),
    USERS("users", "users"),
    DATA_DISK("data disk", "users");

    private final String label;
    private final String unit;

    Metric(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() { return label; }

    public String unit() { return unit; }
}
