package io.pryv.sizer.model;

/** The place of a machine in a replicated role: the register's leader and its followers; NONE elsewhere. */
public enum Tier {
    NONE("", false), LEADER("leader", false), FOLLOWER("follower", true);

    private final String label;
    private final boolean numbered;

    Tier(String label, boolean numbered) {
        this.label = label;
        this.numbered = numbered;
    }

    public String label() { return label; }

    /** Its machines are numbered within their zone, as followers can be several in a zone. */
    public boolean numbered() { return numbered; }

    /** The machine is part of a replication, as leader or follower. */
    public boolean replicated() { return this != NONE; }

    /** Role and tier as every output names them: "register leader", "core". */
    public String label(Role role) {
        return this == NONE ? role.label() : role.label() + " " + label;
    }
}
