package org.veil.pixel.codec.jpegls;

import org.veil.pixel.CorruptPixelDataException;

/** Reads marker segments of a JPEG-LS stream with bounds checks; errors name the offset. */
final class ByteInput {
    private final byte[] data;
    private int pos;

    ByteInput(byte[] data) {
        this.data = data;
    }

    int position() {
        return pos;
    }

    void seek(int position) {
        pos = position;
    }

    boolean atEnd() {
        return pos >= data.length;
    }

    byte[] data() {
        return data;
    }

    int u8() throws CorruptPixelDataException {
        if (pos >= data.length) {
            throw corrupt(pos, "stream ends inside a marker segment");
        }
        return data[pos++] & 0xFF;
    }

    int u16() throws CorruptPixelDataException {
        return u8() << 8 | u8();
    }

    /** Reads the marker at the current position (after any 0xFF fill bytes) and returns its code. */
    int marker() throws CorruptPixelDataException {
        int at = pos;
        if (u8() != 0xFF) {
            throw corrupt(at, "expected a marker, found 0x" + Integer.toHexString(data[at] & 0xFF).toUpperCase());
        }
        int code = u8();
        while (code == 0xFF) {
            code = u8();
        }
        return code;
    }

    /** Reads a segment length field and returns the offset just past the segment, checking it lies in the data. */
    int segmentEnd() throws CorruptPixelDataException {
        int at = pos;
        int length = u16();
        if (length < 2 || at + length > data.length) {
            throw corrupt(at, "marker segment length " + length + " passes the end of the stream (" + data.length
                    + " bytes)");
        }
        return at + length;
    }

    /** The offset of the first marker at or after {@code from} (0xFF followed by 0x80 or more), or the data length. */
    int findMarker(int from) {
        for (int i = from; i + 1 < data.length; i++) {
            if (data[i] == (byte) 0xFF && (data[i + 1] & 0xFF) >= 0x80) {
                return i;
            }
        }
        return data.length;
    }

    static CorruptPixelDataException corrupt(long offset, String reason) {
        return new CorruptPixelDataException(JpegLsCodec.NAME, offset, reason);
    }
}
