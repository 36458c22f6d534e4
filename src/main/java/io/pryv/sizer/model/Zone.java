package io.pryv.sizer.model;

import java.util.Objects;

/** One compliance zone of the questionnaire: its users stay on cores inside it. */
public record Zone(String name, String location, long users) {
    public Zone {
        Objects.requireNonNull(name, "name");
        location = location == null ? "" : location;
        if (users < 1) throw new IllegalArgumentException("a zone has at least one user: " + users);
    }
}
