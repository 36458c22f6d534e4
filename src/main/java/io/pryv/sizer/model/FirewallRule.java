package io.pryv.sizer.model;

/**
 * One opening of the firewall: which way the traffic goes, who may reach what on which port, why,
 * and where the decision comes from. Everything not listed stays closed, in both directions.
 */
public record FirewallRule(Direction direction, String from, String to, String port, String purpose, Source source) {

    public enum Direction {
        INBOUND("inbound"), OUTBOUND("outbound"),
        /** A port the software listens on that must stay closed to everything outside the machine (Pryv.io v2's tcp/4001). */
        CLOSED("keep closed");

        private final String label;

        Direction(String label) { this.label = label; }

        public String label() { return label; }
    }

    /** The same three sources as the constants: the guide, Pryv.io's configuration, or this tool's own choice. */
    public enum Source {
        GUIDE("guide"), PRYV_CONFIG("Pryv config"), PRODUCT("product");

        private final String label;

        Source(String label) { this.label = label; }

        public String label() { return label; }
    }
}
