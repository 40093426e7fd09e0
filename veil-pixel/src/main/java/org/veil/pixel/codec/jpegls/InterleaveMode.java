package org.veil.pixel.codec.jpegls;

/** How the components of a JPEG-LS image share scans (ITU-T T.87 A.8, the ILV parameter of the scan header). */
public enum InterleaveMode {
    /** ILV 0: one scan per component. */
    NONE,
    /** ILV 1: one scan; each line holds a line of every component in turn. */
    LINE,
    /** ILV 2: one scan; the components of each pixel follow each other. */
    SAMPLE;

    /** The ILV value of the scan header. */
    public int value() {
        return ordinal();
    }

    static InterleaveMode of(int ilv) {
        return values()[ilv];
    }
}
