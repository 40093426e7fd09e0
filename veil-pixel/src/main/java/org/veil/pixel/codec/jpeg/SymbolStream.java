package org.veil.pixel.codec.jpeg;

import java.util.Arrays;

/**
 * The symbols of one scan before Huffman coding: for each, the table it is coded with (0..3 DC or lossless, 4..7 AC),
 * the symbol and its appended bits, plus restart markers. Kept so that symbol counts can choose the tables before the
 * bits are written.
 */
final class SymbolStream {
    static final int AC = 4;
    private static final int RESTART = 15;

    private long[] entries = new long[1024];
    private int size;

    /** Adds a symbol coded with table slot (0..7) followed by n (0..16) extra bits. */
    void add(int table, int symbol, int extra, int n) {
        if (size == entries.length) {
            entries = Arrays.copyOf(entries, size * 2);
        }
        entries[size++] = ((long) table << 32) | ((long) symbol << 24) | ((long) n << 16) | (extra & 0xFFFF);
    }

    /** Adds RSTn. */
    void restart(int n) {
        add(RESTART, n, 0, 0);
    }

    /** How often each symbol of a table slot occurs. */
    long[] frequencies(int table) {
        long[] freq = new long[256];
        for (int i = 0; i < size; i++) {
            long e = entries[i];
            if ((int) (e >>> 32) == table) {
                freq[(int) (e >>> 24) & 0xFF]++;
            }
        }
        return freq;
    }

    /** Writes every symbol with the tables of its slot. */
    void writeTo(EntropyWriter out, HuffmanTable[] tables) {
        for (int i = 0; i < size; i++) {
            long e = entries[i];
            int table = (int) (e >>> 32);
            int symbol = (int) (e >>> 24) & 0xFF;
            if (table == RESTART) {
                out.restart(symbol);
                continue;
            }
            HuffmanTable t = tables[table];
            out.write(t.codes[symbol], t.codeLengths[symbol]);
            int n = (int) (e >>> 16) & 0x1F;
            if (n > 0) {
                out.write((int) e & 0xFFFF, n);
            }
        }
        out.flush();
    }
}
