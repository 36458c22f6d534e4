package io.pryv.sizer.model;

/** The four loads that can set a zone's number of cores. */
public enum Metric {
    WRITE_RPS("write requests", "req/s"),
    READ_RPS("read requests", "req/s"),
    ATTACHMENT_READ_RPS("attachment reads", "req/s"),
    ATTACHMENT_WRITE_MBPS("attachment writes", "MB/s");

    private final String label;
    private final String unit;

    Metric(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() { return label; }

    public String unit() { return unit; }
}
