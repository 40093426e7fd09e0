package org.veil.deid.engine;

/** How dates are cleaned (the "C" of Retain Longitudinal Temporal Information with Modified Dates). */
public enum DatePolicy {
    /** Shift every date by the patient's keyed offset in days; intervals survive. */
    SHIFT,
    /** HIPAA Safe Harbor: dates reduced to the year, ages over 89 aggregated, ZIP codes to 3 digits. */
    SAFE_HARBOR
}
