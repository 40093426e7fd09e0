package org.veil.pipeline.imports;

/** A construct that has no Veil equivalent; the message says why, for the import report. */
final class Untranslatable extends Exception {
    private static final long serialVersionUID = 1L;

    Untranslatable(String reason) {
        super(reason, null, false, false);
    }
}
