package org.veil.dicom;

/** How the reader treats recoverable deviations from PS3.5. Each recovery is logged at WARN with its location. */
public enum Leniency {
    /**
     * Recover from well-known encoder mistakes (file meta that names the wrong VR encoding, a sequence encoded as UN
     * in implicit VR, odd value lengths, a missing sequence delimiter at end of file after the last item, VR bytes of
     * two spaces (read by the dictionary's VR with a 2-byte length, as dcmtk does), command group elements (0000,xxxx)
     * in implicit VR at the start of an explicit VR data set (as pydicom does), and encapsulated pixel data cut off at
     * end of file, of which the complete fragments are kept and the truncation recorded for the caller's policy).
     */
    LENIENT,
    /** Fail on any deviation. */
    STRICT
}
