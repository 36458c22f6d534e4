package io.pryv.sizer.model;

/** How many cores a zone gets, which metric set that number, and the users on its fullest core. */
public record ZoneCores(String zone, long users, long cores, Metric bindingMetric, long usersOnFullestCore) {}
