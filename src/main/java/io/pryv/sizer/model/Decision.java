package io.pryv.sizer.model;

/** One line of the decision log: the rule that fired and the numbers it used. */
public record Decision(String rule, String reason) {}
