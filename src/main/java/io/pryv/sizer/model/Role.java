package io.pryv.sizer.model;

/**
 * The machine roles of a Pryv.io platform: v1's single node (which carries the three others), static-web, register
 * and core; v2 has cores only, each optionally with a database host of its own. Each role carries what the
 * outputs need to know about it, so that they never test for a particular role: a profile with other roles
 * adds constants here (and their rules), not cases in the writers.
 */
public enum Role {
    //          label          purpose                                                   host name     numbered  order  user data  directory  all roles  core   of one core
    SINGLE_NODE("single node", "all roles on one machine",                               "pryv-node",  false,    0,     true,      true,      true,      true,  false),
    STATIC_WEB("static-web",   "serves the web apps over the platform domain",          "static-web", false,    1,     false,     false,     false,     false, false),
    REGISTER("register",       "DNS and the directory of which core holds each user",   "register",   false,    2,     false,     true,      false,     false, false),
    CORE("core",               "stores and serves user data",                            "core",       true,     3,     true,      false,     false,     true,  false),
    DATABASE_HOST("database host", "runs the database of one Pryv.io v2 core",             "db",         true,     4,     true,      false,     false,     false, true);

    private final String label;
    private final String purpose;
    private final String hostPrefix;
    private final boolean numbered;
    private final int displayOrder;
    private final boolean holdsUserData;
    private final boolean directory;
    private final boolean allRoles;
    private final boolean core;
    private final boolean ofOneCore;

    Role(String label, String purpose, String hostPrefix, boolean numbered, int displayOrder, boolean holdsUserData, boolean directory,
         boolean allRoles, boolean core, boolean ofOneCore) {
        this.label = label;
        this.purpose = purpose;
        this.hostPrefix = hostPrefix;
        this.numbered = numbered;
        this.displayOrder = displayOrder;
        this.holdsUserData = holdsUserData;
        this.directory = directory;
        this.allRoles = allRoles;
        this.core = core;
        this.ofOneCore = ofOneCore;
    }

    public String label() { return label; }

    public String purpose() { return purpose; }

    /** What a host name of the role starts with: "core" for "core-zurich-01". */
    public String hostPrefix() { return hostPrefix; }

    /** Its machines are numbered within their zone, "core-zurich-01", even when there is one; a role with several machines is numbered anyway. */
    public boolean numbered() { return numbered; }

    /** Where the role's machines come in the outputs: the front first, then the register, then the data. */
    public int displayOrder() { return displayOrder; }

    /** Its machines hold user data: they are the ones the data disks, backups and core counts concern. */
    public boolean holdsUserData() { return holdsUserData; }

    /** It answers DNS and knows which machine holds each user: the drawing marks it as the platform's hub. */
    public boolean directory() { return directory; }

    /** One machine carries every role. */
    public boolean allRoles() { return allRoles; }

    /** Its machines are the platform's cores, as Result_CoreCount counts them: a core, or the single node (not a database host). */
    public boolean core() { return core; }

    /** Each of its machines serves one core, beside it in its zone: the drawing joins the two. */
    public boolean ofOneCore() { return ofOneCore; }
}
