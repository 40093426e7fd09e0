package org.veil.pixel.codec.jpeg;

import java.util.Arrays;

/**
 * A Huffman table (T.81 B.2.4.2): code counts per length (BITS) and symbols (HUFFVAL), with the derived code
 * assignment of Annex C, a 9-bit lookahead table for decoding and a code per symbol for encoding.
 */
final class HuffmanTable {
    static final int LOOKAHEAD = 9;

    private final byte[] counts;
    private final byte[] symbols;
    /** Largest code of each length 1..16, or -1; index 17 is a sentinel. */
    final int[] maxCode = new int[18];
    /** Added to a code of length l to get its index in {@link #symbols}. */
    final int[] valueOffset = new int[17];
    /** For each 9-bit prefix: (code length << 8) | symbol, or 0 when the code is longer than 9 bits. */
    final short[] lookup = new short[1 << LOOKAHEAD];
    /** Code of each symbol (valid where {@link #codeLengths} is non-zero). */
    final int[] codes = new int[256];
    /** Code length of each symbol, 0 when the symbol has no code. */
    final byte[] codeLengths = new byte[256];

    private HuffmanTable(byte[] counts, byte[] symbols) {
        this.counts = counts;
        this.symbols = symbols;
        derive();
    }

    /**
     * Builds a table from BITS (counts[0] = codes of length 1) and HUFFVAL.
     *
     * @throws IllegalArgumentException when {@link #problem} reports one
     */
    static HuffmanTable of(int[] counts, int[] symbols) {
        String problem = problem(counts, symbols.length);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        byte[] c = new byte[16];
        byte[] s = new byte[symbols.length];
        for (int i = 0; i < 16; i++) {
            c[i] = (byte) counts[i];
        }
        for (int i = 0; i < s.length; i++) {
            s[i] = (byte) symbols[i];
        }
        return new HuffmanTable(c, s);
    }

    /** Why these counts cannot define a prefix code of the given symbol count, or null when they can. */
    static String problem(int[] counts, int symbolCount) {
        int total = 0;
        long code = 0;
        for (int len = 1; len <= 16; len++) {
            total += counts[len - 1];
            code = (code + counts[len - 1]);
            if (code > (1L << len)) {
                return "Huffman table has more codes of length <= " + len + " than fit";
            }
            code <<= 1;
        }
        if (total != symbolCount || total > 256) {
            return "Huffman table counts " + total + " codes for " + symbolCount + " symbols (max 256)";
        }
        return null;
    }

    private void derive() {
        Arrays.fill(maxCode, -1);
        int code = 0;
        int k = 0;
        for (int len = 1; len <= 16; len++) {
            int n = counts[len - 1] & 0xFF;
            valueOffset[len] = k - code;
            for (int i = 0; i < n; i++, k++, code++) {
                int symbol = symbols[k] & 0xFF;
                if (codeLengths[symbol] == 0) {
                    codes[symbol] = code;
                    codeLengths[symbol] = (byte) len;
                }
                if (len <= LOOKAHEAD) {
                    int shift = LOOKAHEAD - len;
                    Arrays.fill(lookup, code << shift, (code + 1) << shift, (short) ((len << 8) | symbol));
                }
            }
            if (n > 0) {
                maxCode[len] = code - 1;
            }
            code <<= 1;
        }
    }

    /** The symbol at index i of HUFFVAL. */
    int symbol(int index) {
        return symbols[index] & 0xFF;
    }

    /** True when the symbol has a code. */
    boolean encodes(int symbol) {
        return codeLengths[symbol] != 0;
    }

    /** Writes Tc/Th, BITS and HUFFVAL as one table of a DHT payload. */
    void writeTo(ByteSink out, int tableClass, int slot) {
        out.u8((tableClass << 4) | slot);
        out.bytes(counts, 0, 16);
        out.bytes(symbols, 0, symbols.length);
    }

    /** Parses a DHT payload into the DC (class 0) and AC (class 1) slots. */
    static void parse(SegmentReader r, HuffmanTable[] dc, HuffmanTable[] ac) throws JpegFormatException {
        do {
            int at = r.position();
            int tcTh = r.u8();
            int tc = tcTh >> 4;
            int th = tcTh & 15;
            if (tc > 1 || th > 3) {
                throw r.errorAt(at, "Huffman table class " + tc + " / slot " + th + " (each must be 0..1 / 0..3)");
            }
            int[] counts = new int[16];
            int total = 0;
            for (int i = 0; i < 16; i++) {
                counts[i] = r.u8();
                total += counts[i];
            }
            String problem = problem(counts, total);
            if (problem != null) {
                throw r.errorAt(at, problem);
            }
            int[] symbols = new int[total];
            for (int i = 0; i < total; i++) {
                symbols[i] = r.u8();
            }
            (tc == 0 ? dc : ac)[th] = of(counts, symbols);
        } while (r.remaining() > 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HuffmanTable t && Arrays.equals(counts, t.counts) && Arrays.equals(symbols, t.symbols);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(counts) + Arrays.hashCode(symbols);
    }
}
