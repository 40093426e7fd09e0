package org.veil.pixel.codec.jpeg;

/**
 * One marker segment as found in the stream, kept so that a re-encoded stream can repeat it.
 *
 * @param marker    the marker code, e.g. 0xE0 for APP0
 * @param offset    offset of its 0xFF in the stream
 * @param payload   the bytes after the length field
 * @param scanIndex for SOS, the index of its scan; otherwise -1
 */
record JpegSegment(int marker, int offset, byte[] payload, int scanIndex) {
}
