package io.pryv.sizer.model;

/** The topology the rules chose. */
public record PlatformTopology(Topology topology) {}
