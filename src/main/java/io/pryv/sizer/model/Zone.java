package io.pryv.sizer.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One compliance zone of the questionnaire: its users stay on cores inside it. {@code users} are those of
 * year 1; {@code laterUsers} the growth figures of years 2, 3, … (SIZING.md §8), an entry null where the
 * questionnaire left it blank (as the year before).
 */
public record Zone(String name, String location, long users, List<Long> laterUsers) {
    /** Years a zone's growth figures cover: the Zones users are year 1, the growth block years 2 to 5. */
    public static final int GROWTH_YEARS = 5;

    public Zone {
        Objects.requireNonNull(name, "name");
        location = location == null ? "" : location;
        if (users < 1) throw new IllegalArgumentException("a zone has at least one user: " + users);
        laterUsers = laterUsers == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(laterUsers));
        if (laterUsers.size() > GROWTH_YEARS - 1) throw new IllegalArgumentException("growth figures for years 2 to " + GROWTH_YEARS + " only");
        for (Long u : laterUsers) if (u != null && u < 1) throw new IllegalArgumentException("a zone has at least one user: " + u);
    }

    /** A zone without growth figures: the same users every year. */
    public Zone(String name, String location, long users) {
        this(name, location, users, List.of());
    }

    /** U(z,k): the users the zone serves at its busiest in year k (1 = the Zones users); a blank figure repeats the year before. */
    public long usersInYear(int year) {
        if (year < 1) throw new IllegalArgumentException("years start at 1: " + year);
        long u = users;
        for (int k = 2; k <= Math.min(year, GROWTH_YEARS); k++) {
            Long figure = k - 2 < laterUsers.size() ? laterUsers.get(k - 2) : null;
            if (figure != null) u = figure;
        }
        return u;
    }

    /** Whether any growth figure is given. */
    public boolean grows() {
        return laterUsers.stream().anyMatch(Objects::nonNull);
    }
}
