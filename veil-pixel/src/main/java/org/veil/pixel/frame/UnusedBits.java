package org.veil.pixel.frame;

/**
 * What happens to the bits of a cell outside Bits Stored (below Low Bit and above High Bit). They may hold retired
 * overlay planes or sign extension (PS3.5 8.1.1 note 4), so by default they travel unchanged.
 */
public enum UnusedBits {
    /** Keep them exactly, so that decoding and re-encoding a frame gives back identical bytes. */
    PRESERVE,
    /** Clear them: on decode the frame holds only the stored bits, on encode zeros are written. */
    ZERO
}
