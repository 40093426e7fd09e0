package org.veil.broker.linkage;

/** What a {@link LinkageWarning} is about. */
public enum WarningKind {
    /** Two different original patients got the same pseudonym (the pattern is too short, or data were forged). */
    PSEUDONYM_COLLISION,
    /** One Study Instance UID arrived for different patients; the first recorded patient is kept for the study. */
    STUDY_PATIENT_CONFLICT
}
