package org.veil.pixel.codec.jpeg;

/** Reads the big-endian fields of one marker segment's payload, failing with the offset when it runs short. */
final class SegmentReader {
    private final byte[] data;
    private final int start;
    private final int end;
    private final String marker;
    private int pos;

    /**
     * @param data   the whole JPEG stream
     * @param start  offset of the first payload byte (after the length field)
     * @param end    offset just past the payload
     * @param marker the marker name for messages
     */
    SegmentReader(byte[] data, int start, int end, String marker) {
        this.data = data;
        this.start = start;
        this.pos = start;
        this.end = end;
        this.marker = marker;
    }

    int u8() throws JpegFormatException {
        if (pos >= end) {
            throw error("segment too short: needs more than its " + (end - start) + " payload bytes");
        }
        return data[pos++] & 0xFF;
    }

    int u16() throws JpegFormatException {
        return (u8() << 8) | u8();
    }

    int position() {
        return pos;
    }

    int remaining() {
        return end - pos;
    }

    String marker() {
        return marker;
    }

    /** Fails unless every payload byte was read. */
    void expectEnd() throws JpegFormatException {
        if (pos != end) {
            throw error("segment length leaves " + (end - pos) + " unread bytes");
        }
    }

    JpegFormatException error(String reason) {
        return new JpegFormatException(pos, marker, reason);
    }

    JpegFormatException errorAt(int offset, String reason) {
        return new JpegFormatException(offset, marker, reason);
    }
}
