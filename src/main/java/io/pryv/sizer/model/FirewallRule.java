package io.pryv.sizer.model;

/** An inbound opening: who may reach which role on which port, and why. */
public record FirewallRule(String from, String to, String port, String purpose) {}
