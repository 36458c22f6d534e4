package io.pryv.sizer.model;

/** Something the reader of the outputs should act on; it changes no number. {@code topic} says what it concerns. */
public record Finding(String code, Topic topic, Severity severity, String text) {
    public enum Severity { WARNING, NOTE }

    /** What a finding is about, so that the outputs can place it without knowing its code. */
    public enum Topic {
        /** The operating system and container software planned for the machines. */
        SYSTEM_SOFTWARE,
        /** The load on the cores. */
        LOAD,
        /** How many machines there are and where they stand. */
        MACHINES,
        /** The data disks and what is written to them. */
        STORAGE,
        /** Compliance zones and what must follow them. */
        ZONING,
        /** How the questionnaire was filled in. */
        ANSWERS
    }
}
