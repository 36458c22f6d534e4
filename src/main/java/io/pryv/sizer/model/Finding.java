package io.pryv.sizer.model;

/** Something the reader of the outputs should act on; it changes no number. */
public record Finding(String code, Severity severity, String text) {
    public enum Severity { WARNING, NOTE }
}
