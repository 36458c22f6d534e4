package io.pryv.sizer.model;

/**
 * The deployment shapes of the guides, in the order the rules test them: Pryv.io v1's four (SIZING.md §3), then
 * v2's three (SIZING-v2.md §3). The name is what {@code Result_Topology} holds.
 */
public enum Topology {
    CLUSTER_COMPLIANCE_ZONES("Cluster partitioned by compliance zone"),
    CLUSTER_LOAD_PARTITIONED("Cluster partitioned for load"),
    CLUSTER_SINGLE_CORE("Cluster with a single core"),
    SINGLE_NODE("Single node"),
    MULTI_CORE_COMPLIANCE("Several cores, partitioned by compliance zone"),
    MULTI_CORE_LOAD("Several cores, partitioned for load"),
    SINGLE_CORE("Single core");

    private final String label;

    Topology(String label) {
        this.label = label;
    }

    public String label() { return label; }

    /** More than one machine serves the platform: v1's clusters, v2's several cores. */
    public boolean isCluster() { return this != SINGLE_NODE && this != SINGLE_CORE; }

    /** One machine carries every role (v1's single node): the outputs speak of "the single node", not of its cores. */
    public boolean singleNode() { return this == SINGLE_NODE; }
}
