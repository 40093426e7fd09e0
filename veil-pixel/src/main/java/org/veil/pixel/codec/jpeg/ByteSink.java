package org.veil.pixel.codec.jpeg;

import java.util.Arrays;

/** A growable byte array for assembling a JPEG stream: marker segments and entropy-coded bytes. */
final class ByteSink {
    private byte[] buf;
    private int size;

    ByteSink(int initialCapacity) {
        buf = new byte[Math.max(16, initialCapacity)];
    }

    void u8(int b) {
        if (size == buf.length) {
            grow(1);
        }
        buf[size++] = (byte) b;
    }

    void u16(int v) {
        u8(v >> 8);
        u8(v);
    }

    void bytes(byte[] src, int off, int len) {
        if (size + len > buf.length) {
            grow(len);
        }
        System.arraycopy(src, off, buf, size, len);
        size += len;
    }

    /** Writes 0xFF and the marker code. */
    void marker(int code) {
        u8(0xFF);
        u8(code);
    }

    /** Writes a marker segment: marker, length (payload + 2) and payload. */
    void segment(int code, byte[] payload) {
        marker(code);
        u16(payload.length + 2);
        bytes(payload, 0, payload.length);
    }

    int size() {
        return size;
    }

    /** Overwrites a 16-bit big-endian value written earlier. */
    void patchU16(int at, int v) {
        buf[at] = (byte) (v >> 8);
        buf[at + 1] = (byte) v;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    private void grow(int extra) {
        long wanted = Math.max((long) buf.length * 2, (long) size + extra);
        if (wanted > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("JPEG stream larger than 2 GiB");
        }
        buf = Arrays.copyOf(buf, (int) wanted);
    }
}
