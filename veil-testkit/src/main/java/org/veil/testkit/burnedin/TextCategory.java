package org.veil.testkit.burnedin;

/** What a drawn word stands for, for per-category precision and recall. */
public enum TextCategory {
    /** A name, ID, accession number, date or institution of the patient or study: must be hidden. */
    IDENTIFIER,
    /** Overlay vocabulary (orientation letters, units, probe and preset names): should be kept. */
    HARMLESS,
    /** Text that changes from frame to frame (a timer, a frame counter): must be found in each frame and hidden. */
    CHANGING
}
