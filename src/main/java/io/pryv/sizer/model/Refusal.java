package io.pryv.sizer.model;

/**
 * Answers the rules will not size, with the reason the user reads: the questionnaire is refused as
 * invalid input and no output is written.
 */
public record Refusal(String reason) {}
