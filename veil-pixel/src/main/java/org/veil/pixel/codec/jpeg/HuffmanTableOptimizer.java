package org.veil.pixel.codec.jpeg;

/**
 * Builds the Huffman table that codes given symbol counts best under JPEG's rules (T.81 Annex K.2): code sizes by
 * repeatedly merging the two least frequent entries (Figure K.1), a reserved entry so that no code is all 1-bits,
 * code lengths limited to 16 (Figure K.3) and symbols listed by code size (Figure K.4).
 */
final class HuffmanTableOptimizer {
    private HuffmanTableOptimizer() {
    }

    /** The table for counts of symbols 0..255 (at least one non-zero). */
    static HuffmanTable optimize(long[] frequencies) {
        long[] freq = new long[257];
        System.arraycopy(frequencies, 0, freq, 0, 256);
        freq[256] = 1;
        int[] codeSize = codeSizes(freq);
        int[] bits = new int[258];
        for (int s = 0; s < 257; s++) {
            if (codeSize[s] > 0) {
                bits[codeSize[s]]++;
            }
        }
        limitTo16(bits);
        int[] counts = new int[16];
        System.arraycopy(bits, 1, counts, 0, 16);
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        int[] symbols = new int[total];
        int k = 0;
        for (int size = 1; size < codeSize.length && k < total; size++) {
            for (int s = 0; s < 256; s++) {
                if (codeSize[s] == size) {
                    symbols[k++] = s;
                }
            }
        }
        return HuffmanTable.of(counts, symbols);
    }

    /** Figure K.1: code size of every symbol with a non-zero count. */
    private static int[] codeSizes(long[] freq) {
        int[] size = new int[257];
        int[] others = new int[257];
        java.util.Arrays.fill(others, -1);
        while (true) {
            int v1 = least(freq, -1);
            int v2 = least(freq, v1);
            if (v2 < 0) {
                return size;
            }
            freq[v1] += freq[v2];
            freq[v2] = 0;
            size[v1]++;
            while (others[v1] >= 0) {
                v1 = others[v1];
                size[v1]++;
            }
            others[v1] = v2;
            size[v2]++;
            while (others[v2] >= 0) {
                v2 = others[v2];
                size[v2]++;
            }
        }
    }

    /** The entry with the smallest non-zero count other than skip (ties: the highest symbol), or -1. */
    private static int least(long[] freq, int skip) {
        int best = -1;
        for (int s = 0; s < freq.length; s++) {
            if (s != skip && freq[s] > 0 && (best < 0 || freq[s] <= freq[best])) {
                best = s;
            }
        }
        return best;
    }

    /** Figure K.3: moves codes longer than 16 bits up the tree, then drops the reserved code. */
    private static void limitTo16(int[] bits) {
        for (int i = bits.length - 1; i > 16; i--) {
            while (bits[i] > 0) {
                int j = i - 2;
                while (bits[j] == 0) {
                    j--;
                }
                bits[i] -= 2;
                bits[i - 1]++;
                bits[j + 1] += 2;
                bits[j]--;
            }
        }
        int i = 16;
        while (bits[i] == 0) {
            i--;
        }
        bits[i]--;
    }
}
