package org.veil.deid.pseudo;

/** What {@link UidPseudonymizer} does with a value that is not a valid UID. */
public enum InvalidUidPolicy {
    /** Return {@link Outcome.Invalid} so that the caller removes the attribute or quarantines the instance. */
    REPORT,
    /**
     * Map it like a valid UID (HMAC of its characters after removing trailing padding), so that a consistently
     * malformed UID (e.g. with a leading zero or a letter) still links the instances that share it. The output is
     * always a valid UID.
     */
    MAP
}
