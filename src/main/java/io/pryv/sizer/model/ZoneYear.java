package io.pryv.sizer.model;

/**
 * One zone in one year of the plan (SIZING.md §8). {@code users} U(z,k); {@code coresNeeded} the cores of §2 for
 * them and {@code bindingMetric} the metric that sets that number (null when no metric has a load);
 * {@code cores} c(z,k), never fewer than the year before; {@code coresAdded} those bought this year (year 1: all);
 * {@code fullestCore} F(z,k), the most users any core has held so far; {@code dataDiskGb} D(z,k), the data disk
 * provisioned on each core (or the single node) this year.
 */
public record ZoneYear(String zone, int year, long users, long coresNeeded, Metric bindingMetric, long cores,
                       long coresAdded, long fullestCore, long dataDiskGb) {}
