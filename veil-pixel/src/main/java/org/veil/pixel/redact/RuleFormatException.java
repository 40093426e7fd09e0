package org.veil.pixel.redact;

/** A rule file that cannot be read; the message starts with the source and line, e.g. {@code rules.yaml:12: ...}. */
public class RuleFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public RuleFormatException(String message) {
        super(message);
    }

    public RuleFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
