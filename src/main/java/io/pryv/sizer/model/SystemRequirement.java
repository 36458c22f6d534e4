package io.pryv.sizer.model;

/** What the guide requires of a piece of system software, what the customer plans, and whether it fits. */
public record SystemRequirement(String item, String required, String planned, boolean met) {}
