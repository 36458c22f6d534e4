package io.pryv.sizer.model;

/**
 * What can set a zone's number of cores: the four loads, then, with a data-disk cap, the users one core's
 * disk can hold (last, so a load wins a tie).
 */
public enum Metric {
    WRITE_RPS("write requests", "req/s"),
    READ_RPS("read requests", "req/s"),
    ATTACHMENT_READ_RPS("attachment reads", "req/s"),
    ATTACHMENT_WRITE_MBPS("attachment writes", "MB/s"),
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
