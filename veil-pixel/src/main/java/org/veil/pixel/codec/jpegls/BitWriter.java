package org.veil.pixel.codec.jpegls;

import java.util.Arrays;

/**
 * Writes JPEG-LS marker segments and entropy-coded bits, most significant bit first, stuffing a 0 bit after every
 * 0xFF data byte (T.87 A.1). Not thread-safe.
 */
final class BitWriter {
    private byte[] buf;
    private int size;
    private long acc;
    private int accBits;
    private boolean afterFF;

    BitWriter(int capacity) {
        buf = new byte[Math.max(64, capacity)];
    }

    /** Appends the low n bits (0..32) of value. */
    void bits(long value, int n) {
        if (n > 32) {
            bits(0, n - 32);
            n = 32;
        }
        acc = acc << n | value & ((1L << n) - 1);
        accBits += n;
        drain();
    }

    /** Appends n zero bits followed by a one bit. */
    void zerosThenOne(int n) {
        while (n > 32) {
            bits(0, 32);
            n -= 32;
        }
        bits(1, n + 1);
    }

    private void drain() {
        while (true) {
            int unit = afterFF ? 7 : 8;
            if (accBits < unit) {
                return;
            }
            int b = (int) (acc >>> (accBits - unit)) & ((1 << unit) - 1);
            accBits -= unit;
            byteOut(b);
            afterFF = b == 0xFF;
        }
    }

    /** Pads the coded data with zero bits to a byte boundary, and a stuffed zero byte after a final 0xFF. */
    void endCodedData() {
        if (accBits > 0) {
            int unit = afterFF ? 7 : 8;
            bits(0, unit - accBits);
        }
        if (afterFF) {
            byteOut(0);
        }
        afterFF = false;
        acc = 0;
        accBits = 0;
    }

    /** Appends a marker (0xFF, code); coded data must have been ended. */
    void marker(int code) {
        byteOut(0xFF);
        byteOut(code);
    }

    void byteOut(int b) {
        if (size == buf.length) {
            if (buf.length > Integer.MAX_VALUE / 2) {
                throw new IllegalStateException("coded frame larger than 1 GiB");
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        buf[size++] = (byte) b;
    }

    void shortOut(int v) {
        byteOut(v >>> 8);
        byteOut(v);
    }

    byte[] toArray() {
        return Arrays.copyOf(buf, size);
    }
}
