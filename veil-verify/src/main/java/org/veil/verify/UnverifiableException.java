package org.veil.verify;

import java.io.IOException;

/**
 * A verification that cannot say anything about the delivery: ORIGINAL or OUTPUT is not a folder (a usage error), or
 * no output can be checked against a readable DICOM input (the inputs are not those of the delivery). Reporting such
 * a run as clean, or as hundreds of findings, would mislead. The message is a sentence without paths.
 */
public final class UnverifiableException extends IOException {
    /** Whose mistake it is, for the exit code. */
    public enum Cause {
        /** The command line names something that cannot be a delivery or its input. */
        USAGE,
        /** The folders exist but the inputs cannot be read as the DICOM input of the outputs. */
        INPUT
    }

    private final Cause cause;

    UnverifiableException(Cause cause, String message) {
        super(message);
        this.cause = cause;
    }

    public Cause why() {
        return cause;
    }
}
