package io.pryv.sizer.model;

/**
 * The deployment shapes of the guides, in the order the rules test them: Pryv.io v1's four (SIZING.md §3), then
 * v2's three (SIZING-v2.md §3). The name is what {@code Result_Topology} holds.
 */
public enum Topology {
    CLUSTER_COMPLIANCE_ZONES("Cluster partitioned by compliance zone", Profile.V1),
    CLUSTER_LOAD_PARTITIONED("Cluster partitioned for load", Profile.V1),
    CLUSTER_SINGLE_CORE("Cluster with a single core", Profile.V1),
    SINGLE_NODE("Single node", Profile.V1),
    MULTI_CORE_COMPLIANCE("Several cores, partitioned by compliance zone", Profile.V2),
    MULTI_CORE_LOAD("Several cores, partitioned for load", Profile.V2),
    SINGLE_CORE("Single core", Profile.V2);

    private final String label;
    private final Profile profile;

    Topology(String label, Profile profile) {
        this.label = label;
        this.profile = profile;
    }

    public String label() { return label; }

    /** The profile whose rules choose this shape. */
    public Profile profile() { return profile; }

    /** More than one machine serves the platform: v1's clusters, v2's several cores. */
    public boolean isCluster() { return this != SINGLE_NODE && this != SINGLE_CORE; }

    /** One machine carries every role (v1's single node): the outputs speak of "the single node", not of its cores. */
    public boolean singleNode() { return this == SINGLE_NODE; }
}
