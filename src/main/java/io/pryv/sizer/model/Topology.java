package io.pryv.sizer.model;

/** The four deployment shapes of the guide, in the order the rules test them. */
public enum Topology {
    CLUSTER_COMPLIANCE_ZONES("Cluster partitioned by compliance zone"),
    CLUSTER_LOAD_PARTITIONED("Cluster partitioned for load"),
    CLUSTER_SINGLE_CORE("Cluster with a single core"),
    SINGLE_NODE("Single node");

    private final String label;

    Topology(String label) { this.label = label; }

    public String label() { return label; }

    public boolean isCluster() { return this != SINGLE_NODE; }
}
