package org.veil.verify;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Multi-pattern search over raw bytes (Aho-Corasick), ignoring ASCII case: patterns and text are folded A-Z to a-z
 * before matching, whatever the encoding. Build once with {@link Builder}, then search any number of streams with
 * {@link #scanner()}; each scanner keeps its own state, so a stream can be fed in chunks of any size in constant
 * memory. Immutable and thread-safe once built.
 */
final class AhoCorasick {
    private static final int ROOT = 0;

    private final int[] rootNext;
    private final byte[][] keys;
    private final int[][] targets;
    private final int[] fail;
    private final int[][] outputs;
    /** Direct transition tables for states with many children (-1: none), null for the others. */
    private final int[][] dense;
    private static final int DENSE_FROM = 6;

    private AhoCorasick(Builder b) {
        int n = b.keys.size();
        this.keys = b.keys.toArray(new byte[0][]);
        this.targets = b.targets.toArray(new int[0][]);
        this.fail = new int[n];
        this.outputs = new int[n][];
        this.dense = new int[n][];
        for (int s = 0; s < n; s++) {
            if (keys[s].length >= DENSE_FROM) {
                int[] d = new int[256];
                Arrays.fill(d, -1);
                for (int i = 0; i < keys[s].length; i++) {
                    d[keys[s][i] & 0xFF] = targets[s][i];
                }
                dense[s] = d;
            }
        }
        this.rootNext = new int[256];
        for (int c = 0; c < 256; c++) {
            rootNext[c] = child(ROOT, (byte) c);
            if (rootNext[c] < 0) {
                rootNext[c] = ROOT;
            }
        }
        link(b.own);
    }

    static byte fold(byte c) {
        return c >= 'A' && c <= 'Z' ? (byte) (c + 32) : c;
    }

    private int child(int state, byte c) {
        int[] d = dense[state];
        if (d != null) {
            return d[c & 0xFF];
        }
        byte[] k = keys[state];
        for (int i = 0; i < k.length; i++) {
            if (k[i] == c) {
                return targets[state][i];
            }
        }
        return -1;
    }

    /** Breadth-first: failure links and merged outputs. */
    private void link(List<int[]> own) {
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        outputs[ROOT] = own.get(ROOT);
        for (int i = 0; i < keys[ROOT].length; i++) {
            int s = targets[ROOT][i];
            fail[s] = ROOT;
            outputs[s] = own.get(s);
            queue.add(s);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (int i = 0; i < keys[s].length; i++) {
                int t = targets[s][i];
                byte c = keys[s][i];
                int f = fail[s];
                while (f != ROOT && child(f, c) < 0) {
                    f = fail[f];
                }
                int g = f == ROOT ? rootNext[c & 0xFF] : child(f, c);
                fail[t] = g == t ? ROOT : g;
                outputs[t] = merge(own.get(t), outputs[fail[t]]);
                queue.add(t);
            }
        }
    }

    private static int[] merge(int[] a, int[] b) {
        if (b.length == 0) {
            return a;
        }
        if (a.length == 0) {
            return b;
        }
        int[] m = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, m, a.length, b.length);
        return m;
    }

    int step(int state, byte raw) {
        byte c = fold(raw);
        int s = state;
        while (true) {
            if (s == ROOT) {
                return rootNext[c & 0xFF];
            }
            int t = child(s, c);
            if (t >= 0) {
                return t;
            }
            s = fail[s];
        }
    }

    int[] outputs(int state) {
        return outputs[state];
    }

    int stateCount() {
        return keys.length;
    }

    /** Collects patterns with the ids their owner gives them. */
    static final class Builder {
        private final List<byte[]> keys = new ArrayList<>();
        private final List<int[]> targets = new ArrayList<>();
        private final List<int[]> own = new ArrayList<>();

        Builder() {
            newState();
        }

        private int newState() {
            keys.add(new byte[0]);
            targets.add(new int[0]);
            own.add(new int[0]);
            return keys.size() - 1;
        }

        /** Adds a pattern (at least one byte), reported as {@code id} where found. */
        void add(byte[] pattern, int id) {
            if (pattern.length == 0) {
                throw new IllegalArgumentException("empty pattern");
            }
            int s = ROOT;
            for (byte raw : pattern) {
                byte c = fold(raw);
                int t = find(s, c);
                if (t < 0) {
                    t = newState();
                    keys.set(s, append(keys.get(s), c));
                    targets.set(s, append(targets.get(s), t));
                }
                s = t;
            }
            own.set(s, append(own.get(s), id));
        }

        private int find(int s, byte c) {
            byte[] k = keys.get(s);
            for (int i = 0; i < k.length; i++) {
                if (k[i] == c) {
                    return targets.get(s)[i];
                }
            }
            return -1;
        }

        private static byte[] append(byte[] a, byte v) {
            byte[] r = Arrays.copyOf(a, a.length + 1);
            r[a.length] = v;
            return r;
        }

        private static int[] append(int[] a, int v) {
            int[] r = Arrays.copyOf(a, a.length + 1);
            r[a.length] = v;
            return r;
        }

        AhoCorasick build() {
            return new AhoCorasick(this);
        }
    }
}
