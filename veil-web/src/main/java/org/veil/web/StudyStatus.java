package org.veil.web;

import java.util.Locale;

/** Where a study stands in the review. */
public enum StudyStatus {
    PENDING, APPROVED, HELD;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
