package org.veil.pixel.codec.jpeg;

import java.util.Arrays;

/** A quantization table (T.81 B.2.4.1), held in natural (row-major) order. */
public final class QuantTable {
    private final int[] natural;

    QuantTable(int[] natural) {
        this.natural = natural.clone();
    }

    /** The quantizer of the coefficient at row-major index k (0 is DC). */
    public int value(int k) {
        return natural[k];
    }

    int[] values() {
        return natural;
    }

    /** Parses a DQT payload into the table slots. */
    static void parse(SegmentReader r, QuantTable[] slots) throws JpegFormatException {
        do {
            int pqTq = r.u8();
            int pq = pqTq >> 4;
            int tq = pqTq & 15;
            if (pq > 1 || tq > 3) {
                throw r.error("quantization table precision " + pq + " / slot " + tq + " (each must be 0..1 / 0..3)");
            }
            int[] values = new int[64];
            for (int k = 0; k < 64; k++) {
                int at = r.position();
                int q = pq == 0 ? r.u8() : r.u16();
                if (q == 0) {
                    throw r.errorAt(at, "quantization table " + tq + " has a zero entry at zig-zag index " + k);
                }
                values[ZigZag.NATURAL[k]] = q;
            }
            slots[tq] = new QuantTable(values);
        } while (r.remaining() > 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QuantTable q && Arrays.equals(natural, q.natural);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(natural);
    }
}
