package org.veil.pixel.codec.rle;

import java.util.Arrays;

/** A growable byte array with little endian helpers; not thread-safe. */
final class ByteSink {
    private byte[] buf;
    private int size;

    ByteSink(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    void put(int b) {
        ensure(1);
        buf[size++] = (byte) b;
    }

    void put(byte[] src, int from, int length) {
        ensure(length);
        System.arraycopy(src, from, buf, size, length);
        size += length;
    }

    void putIntLe(int at, int value) {
        buf[at] = (byte) value;
        buf[at + 1] = (byte) (value >>> 8);
        buf[at + 2] = (byte) (value >>> 16);
        buf[at + 3] = (byte) (value >>> 24);
    }

    void skip(int n) {
        ensure(n);
        size += n;
    }

    int size() {
        return size;
    }

    byte[] toArray() {
        return Arrays.copyOf(buf, size);
    }

    private void ensure(int n) {
        if (size + n > buf.length) {
            long grown = Math.max((long) buf.length * 3 / 2, (long) size + n);
            if (grown > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("coded frame larger than 2 GiB");
            }
            buf = Arrays.copyOf(buf, (int) grown);
        }
    }
}
