package org.veil.deid.engine;

/** What a filter decides for an instance. */
public enum FilterDecision {
    /** De-identify and write it. */
    PROCESS,
    /** Leave it out of the output on purpose (counted as skipped, not an error). */
    SKIP,
    /** Quarantine it with the filter's reason. */
    REJECT
}
