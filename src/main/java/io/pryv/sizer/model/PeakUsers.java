package io.pryv.sizer.model;

/** The platform's busiest plan year: the most users over every zone, and the first year that has them. */
public record PeakUsers(long users, int year) {}
