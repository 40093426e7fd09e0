package org.veil.pipeline;

/**
 * What the flow does with an input whose encapsulated pixel data was cut off at the end of the file, of which the
 * lenient reader kept only the complete fragments (the image is incomplete).
 */
public enum TruncatedPixelData {
    /** Quarantine the input with a reason (the default: an incomplete image is not a faithful delivery). */
    QUARANTINE,
    /** De-identify and write the complete fragments; the run's warnings count the recovery. */
    WRITE_COMPLETE_FRAGMENTS
}
