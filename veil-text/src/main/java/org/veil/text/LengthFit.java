package org.veil.text;

/** How a scrubbed value was made to fit its VR's maximum length. */
public enum LengthFit {
    /** It fit as scrubbed (or the VR has no maximum). */
    FITS,
    /** It fit after every marker was written as the policy's short marker. */
    SHORT_MARKERS,
    /** It was cut at a word boundary before the maximum, never inside a replacement. */
    TRUNCATED
}
