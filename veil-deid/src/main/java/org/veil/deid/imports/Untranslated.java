package org.veil.deid.imports;

/** A construct without a Veil equivalent; the message is the reason written in the report. */
final class Untranslated extends Exception {
    private static final long serialVersionUID = 1L;

    Untranslated(String reason) {
        super(reason, null, false, false);
    }
}
