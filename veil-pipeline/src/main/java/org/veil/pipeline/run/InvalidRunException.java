package org.veil.pipeline.run;

/**
 * The options of a run cannot be used: an unknown option name, a recipe or rule file that cannot be read or parsed,
 * an unknown policy. The message is a sentence for the operator (with the file, line and column where there is one);
 * a command line reports it as a usage error.
 */
public final class InvalidRunException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidRunException(String message) {
        super(message);
    }

    public InvalidRunException(String message, Throwable cause) {
        super(message, cause);
    }
}
