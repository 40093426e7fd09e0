package org.veil.pixel.codec.jpegls;

/**
 * The JPEG-LS frame header (SOF55, T.87 C.2.2).
 *
 * @param precision    sample precision P, 2..16
 * @param rows         number of lines Y
 * @param columns      samples per line X
 * @param componentIds component identifiers, in frame order
 */
record FrameHeader(int precision, int rows, int columns, int[] componentIds) {

    /** The frame position of a component identifier, or -1. */
    int indexOf(int id) {
        for (int i = 0; i < componentIds.length; i++) {
            if (componentIds[i] == id) {
                return i;
            }
        }
        return -1;
    }
}
