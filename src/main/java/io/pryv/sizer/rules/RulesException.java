package io.pryv.sizer.rules;

/** The rules could not be loaded or compiled; the message names the file and line. */
public class RulesException extends Exception {
    public RulesException(String message) {
        super(message);
    }

    public RulesException(String message, Throwable cause) {
        super(message, cause);
    }
}
