package org.veil.pixel.codec.jpeg;

/**
 * Writes entropy-coded bits (T.81 F.1.2.3 / F.1.2.4): most significant bit first, a 0x00 stuffed after every 0xFF
 * byte, 1-bits to pad to a byte before a marker or the end of the scan.
 */
final class EntropyWriter {
    private final ByteSink out;
    private long acc;
    private int count;

    EntropyWriter(ByteSink out) {
        this.out = out;
    }

    /** Appends the low n (0..24) bits of value. */
    void write(int value, int n) {
        acc = (acc << n) | (value & ((1L << n) - 1));
        count += n;
        while (count >= 8) {
            count -= 8;
            int b = (int) (acc >>> count) & 0xFF;
            out.u8(b);
            if (b == 0xFF) {
                out.u8(0);
            }
        }
    }

    /** Pads the last byte with 1-bits. */
    void flush() {
        if (count > 0) {
            write(0x7F, 8 - count);
        }
        acc = 0;
    }

    /** Pads, then writes RSTn. */
    void restart(int n) {
        flush();
        out.marker(JpegMarker.RST0 + n);
    }
}
