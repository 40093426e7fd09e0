package org.veil.pixel.codec.jpegls;

/**
 * A JPEG-LS scan header (SOS, T.87 C.2.3).
 *
 * @param components frame positions of the scan's components, in scan order
 * @param near       NEAR, the largest reconstruction error
 * @param interleave the interleave mode
 */
record ScanHeader(int[] components, int near, InterleaveMode interleave) {
}
