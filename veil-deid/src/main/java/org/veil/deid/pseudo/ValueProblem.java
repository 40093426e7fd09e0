package org.veil.deid.pseudo;

/** Internal signal that a value cannot be interpreted; the message never contains the value. */
final class ValueProblem extends Exception {
    private static final long serialVersionUID = 1L;

    ValueProblem(String reason) {
        super(reason, null, false, false);
    }
}
