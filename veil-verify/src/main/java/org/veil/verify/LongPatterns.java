package org.veil.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Multi-pattern search for long patterns (at least {@link #WINDOW} bytes; tens of thousands of UIDs in several
 * encodings), ASCII case folded like {@link AhoCorasick}: a rolling hash of the last {@link #WINDOW} bytes finds the
 * candidates whose first {@link #WINDOW} bytes hash alike, which are then compared byte by byte. Costs a few bytes
 * per pattern where an automaton costs one state per byte. Immutable and thread-safe once built; the caller keeps the
 * rolling hash and the recent bytes (see {@link StreamScan}).
 */
final class LongPatterns {
    static final int WINDOW = 16;
    private static final long BASE = 0x100000001B3L;
    private static final int BLOOM_BITS = 21;

    private final byte[][] patterns;
    private final int[] ids;
    private final long[] tableKeys;
    private final int[] tableFirst;
    private final int[] next;
    private final long[] bloom = new long[1 << (BLOOM_BITS - 6)];
    private final int mask;
    private final long outFactor;

    private LongPatterns(List<byte[]> folded, List<Integer> patternIds) {
        patterns = folded.toArray(new byte[0][]);
        ids = patternIds.stream().mapToInt(Integer::intValue).toArray();
        int cap = Integer.highestOneBit(Math.max(4, patterns.length * 2)) * 2;
        mask = cap - 1;
        tableKeys = new long[cap];
        tableFirst = new int[cap];
        Arrays.fill(tableFirst, -1);
        next = new int[patterns.length];
        long f = 1;
        for (int i = 1; i < WINDOW; i++) {
            f *= BASE;
        }
        outFactor = f;
        for (int k = patterns.length - 1; k >= 0; k--) {
            long h = 0;
            for (int i = 0; i < WINDOW; i++) {
                h = h * BASE + (patterns[k][i] & 0xFF);
            }
            int slot = slot(h);
            while (tableFirst[slot] >= 0 && tableKeys[slot] != h) {
                slot = (slot + 1) & mask;
            }
            tableKeys[slot] = h;
            next[k] = tableFirst[slot];
            tableFirst[slot] = k;
            int b = bloomIndex(h);
            bloom[b >>> 6] |= 1L << b;
        }
    }

    private int slot(long h) {
        return (int) (mix(h) >>> 32) & mask;
    }

    private static long mix(long h) {
        return h * 0x9E3779B97F4A7C15L;
    }

    private static int bloomIndex(long h) {
        return (int) (mix(h) >>> (64 - BLOOM_BITS));
    }

    int size() {
        return patterns.length;
    }

    /** The rolling hash after {@code in} enters a full window that {@code out} leaves (both folded). */
    long roll(long h, byte out, byte in) {
        return (h - (out & 0xFF) * outFactor) * BASE + (in & 0xFF);
    }

    /** The hash after {@code in} enters a window not yet full. */
    static long grow(long h, byte in) {
        return h * BASE + (in & 0xFF);
    }

    /** The first candidate (an index, not a pattern id) whose first window hashes to {@code h}, or -1. */
    int first(long h) {
        int b = bloomIndex(h);
        if ((bloom[b >>> 6] & (1L << b)) == 0) {
            return -1;
        }
        for (int slot = slot(h); tableFirst[slot] >= 0; slot = (slot + 1) & mask) {
            if (tableKeys[slot] == h) {
                return tableFirst[slot];
            }
        }
        return -1;
    }

    /** The next candidate after {@code k} with the same first window, or -1. */
    int next(int k) {
        return next[k];
    }

    /** The folded bytes of candidate {@code k}. */
    byte[] pattern(int k) {
        return patterns[k];
    }

    /** The pattern id of candidate {@code k}. */
    int id(int k) {
        return ids[k];
    }

    /** Collects patterns, already folded, with the ids their owner gave them. */
    static final class Builder {
        private final List<byte[]> folded = new ArrayList<>();
        private final List<Integer> ids = new ArrayList<>();

        void add(byte[] foldedPattern, int id) {
            if (foldedPattern.length < WINDOW) {
                throw new IllegalArgumentException("pattern shorter than " + WINDOW + " bytes");
            }
            folded.add(foldedPattern);
            ids.add(id);
        }

        LongPatterns build() {
            return new LongPatterns(folded, ids);
        }
    }
}
