package io.pryv.sizer.model;

/**
 * How far a zone grows on the cores it has in one year (SIZING.md §7). {@code userLimit}, {@code limitMetric},
 * {@code room} and {@code roomPercent} are null when no metric has a load: the zone then has no user limit from load.
 * {@code limitMetric} is the metric that calls for the next core; {@code roomPercent} is rounded down.
 */
public record ZoneHeadroom(String zone, int year, long users, long cores, Long userLimit, Metric limitMetric,
                           Long room, Long roomPercent) {

    public boolean hasLimit() {
        return userLimit != null;
    }

    public boolean full() {
        return hasLimit() && room == 0;
    }

    /**
     * The headroom in words, as every output prints it: "1 core holds up to 18,518 users (read requests);
     * 12,000 users: room for 6,518 (54 %)".
     */
    public String summary() {
        if (!hasLimit()) return Numbers.countOf(users, "user") + ", no load on any metric: no user limit from load";
        String holds = Numbers.countOf(cores, "core") + (cores == 1 ? " holds" : " hold") + " up to "
                + Numbers.countOf(userLimit, "user") + " (" + limitMetric.label() + "); " + Numbers.countOf(users, "user") + ": ";
        return holds + (full()
                ? "no room left: the next user needs another core (" + limitMetric.label() + ")"
                : "room for " + Numbers.format(room) + " (" + Numbers.format(roomPercent) + " %)");
    }
}
