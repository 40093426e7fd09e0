package org.veil.pixel.codec.jpeg;

/**
 * One component of a scan header (T.81 B.2.3).
 *
 * @param frameIndex index of the component in the frame header
 * @param id         component selector Csj
 * @param dcTable    Tdj, the DC (lossless: the only) Huffman table slot
 * @param acTable    Taj, the AC Huffman table slot (unused for lossless)
 */
public record ScanComponent(int frameIndex, int id, int dcTable, int acTable) {
}
