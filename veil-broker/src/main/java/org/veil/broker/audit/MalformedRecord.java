package org.veil.broker.audit;

/** A line or head file that is not in the expected form. */
final class MalformedRecord extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedRecord(String message) {
        super(message, null, false, false);
    }
}
