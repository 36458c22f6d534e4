package io.pryv.sizer.model;

/** The topology the rules chose, and why, in the words of the decision log. */
public record PlatformTopology(Topology topology, String reason) {
    /** A topology given without its reason, as tests of other rules do. */
    public PlatformTopology(Topology topology) {
        this(topology, "");
    }
}
