package io.pryv.sizer.model;

/**
 * One line of the decision log: the rule that fired, the zone it concerned ("" for the platform)
 * and its reason, with the numbers it used.
 */
public record Decision(String rule, String zone, String reason) {}
