package org.veil.pipeline;

/**
 * What happens to an input whose output name is already taken in the run by another input (for the default naming:
 * the same SOP Instance UID, e.g. one image delivered in two transfer syntaxes). Which input is "first" is the one
 * that claimed the name first; with several threads that order is not fixed.
 */
public enum DuplicatePolicy {
    /** The later input goes to quarantine; the reason names the input that was written (the default). */
    QUARANTINE,
    /** The later input is skipped (counted in the summary): the delivery holds one copy. */
    KEEP_FIRST,
    /**
     * The later input is written too, under a new keyed SOP Instance UID (derived from the taken UID and the input),
     * and the change report records which output it is a copy of.
     */
    KEEP_ALL;

    /** The command line spelling, e.g. {@code keep-first}. */
    public String spelling() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
