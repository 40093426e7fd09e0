package org.veil.dicom;

/** How the reader treats recoverable deviations from PS3.5. Each recovery is logged at WARN with its location. */
public enum Leniency {
    /**
     * Recover from well-known encoder mistakes (file meta that names the wrong VR encoding, a sequence encoded as UN
     * in implicit VR, odd value lengths, a missing sequence delimiter at end of file after the last item).
     */
    LENIENT,
    /** Fail on any deviation. */
    STRICT
}
