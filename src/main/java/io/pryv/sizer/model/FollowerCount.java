package io.pryv.sizer.model;

/** Register followers the platform gets. */
public record FollowerCount(int count) {}
