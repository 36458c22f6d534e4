package io.pryv.sizer.model;

/** The machine roles of a Pryv.io platform; a single node carries all three. */
public enum Role {
    SINGLE_NODE("single node", "all roles on one machine"),
    STATIC_WEB("static-web", "serves the web apps over the platform domain"),
    REGISTER("register", "DNS and the directory of which core holds each user"),
    CORE("core", "stores and serves user data");

    private final String label;
    private final String purpose;

    Role(String label, String purpose) {
        this.label = label;
        this.purpose = purpose;
    }

    public String label() { return label; }

    public String purpose() { return purpose; }
}
