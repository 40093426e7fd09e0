package org.veil.pixel.codec.jpegls;

import org.veil.pixel.CorruptPixelDataException;

/**
 * Reads the entropy-coded bits of one scan or restart interval, {@code data[from, to)}, most significant bit first,
 * dropping the bit stuffed after each 0xFF byte (T.87 A.1). Past {@code to} it supplies zeros for look-ahead, but
 * consuming them means the coded data ended too early, which is reported with the offset.
 */
final class BitReader {
    private final byte[] data;
    private final int to;
    private int pos;
    private long cache;
    private int cacheBits;
    private int fakeBits;
    private boolean afterFF;

    BitReader(byte[] data, int from, int to) {
        this.data = data;
        this.pos = from;
        this.to = to;
    }

    private void fill() {
        while (cacheBits <= 56) {
            if (pos >= to) {
                cacheBits += 8;
                fakeBits += 8;
                continue;
            }
            int b = data[pos++] & 0xFF;
            if (afterFF) {
                cache |= (long) (b & 0x7F) << (57 - cacheBits);
                cacheBits += 7;
            } else {
                cache |= (long) b << (56 - cacheBits);
                cacheBits += 8;
            }
            afterFF = b == 0xFF;
        }
    }

    private void consume(int n) throws CorruptPixelDataException {
        cache <<= n;
        cacheBits -= n;
        if (cacheBits < fakeBits) {
            throw new CorruptPixelDataException(JpegLsCodec.NAME, to, "coded data of the scan ends too early");
        }
    }

    /** Reads n bits (0..31) as an unsigned value. */
    int bits(int n) throws CorruptPixelDataException {
        if (n == 0) {
            return 0;
        }
        if (cacheBits < n) {
            fill();
        }
        int v = (int) (cache >>> (64 - n));
        consume(n);
        return v;
    }

    boolean bit() throws CorruptPixelDataException {
        return bits(1) != 0;
    }

    /**
     * Counts 0 bits up to and including the next 1 bit and returns the count of zeros; more than {@code max} zeros
     * is corrupt data.
     */
    int zerosThenOne(int max) throws CorruptPixelDataException {
        int total = 0;
        while (true) {
            if (cacheBits < 57) {
                fill();
            }
            int lz = Long.numberOfLeadingZeros(cache);
            if (lz < cacheBits - fakeBits) {
                total += lz;
                if (total > max) {
                    break;
                }
                consume(lz + 1);
                return total;
            }
            int real = cacheBits - fakeBits;
            total += real;
            if (total > max) {
                break;
            }
            consume(real);
            if (fakeBits > 0) {
                consume(1);
            }
        }
        throw new CorruptPixelDataException(JpegLsCodec.NAME, position(), "more than " + max
                + " zero bits in a Golomb code");
    }

    /** The approximate offset of the next unread byte, for messages. */
    int position() {
        return Math.max(0, Math.min(to, pos - (cacheBits - fakeBits) / 8));
    }
}
