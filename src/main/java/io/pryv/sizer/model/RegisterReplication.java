package io.pryv.sizer.model;

/** The register leader replicates to its followers over this port ("tcp/6379"), on a private link. */
public record RegisterReplication(String port) {}
