package org.veil.text;

import java.util.Arrays;
import java.util.Map;

/**
 * An immutable character trie mapping folded words to int values, stored in flat arrays: one automaton, walked a
 * character at a time, shared by all threads. Values are never 0; 0 means "no word ends here".
 */
final class WordTrie {

    static final int NO_NODE = -1;
    static final int ROOT = 0;

    private final int[] edgeStart;
    private final char[] edgeChar;
    private final int[] edgeTarget;
    private final int[] value;
    private final int[] rootAscii = new int[128];

    private WordTrie(int[] edgeStart, char[] edgeChar, int[] edgeTarget, int[] value) {
        this.edgeStart = edgeStart;
        this.edgeChar = edgeChar;
        this.edgeTarget = edgeTarget;
        this.value = value;
        Arrays.fill(rootAscii, NO_NODE);
        for (int e = edgeStart[ROOT]; e < edgeStart[ROOT + 1]; e++) {
            if (edgeChar[e] < 128) {
                rootAscii[edgeChar[e]] = edgeTarget[e];
            }
        }
    }

    /** Builds a trie from words (already folded) and their non-zero values. */
    static WordTrie of(Map<String, Integer> words) {
        String[] keys = words.keySet().toArray(new String[0]);
        Arrays.sort(keys);
        int[] values = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            values[i] = words.get(keys[i]);
        }
        return ofSorted(keys, values);
    }

    /** Builds a trie from sorted, distinct words (already folded) and their non-zero values, index by index. */
    static WordTrie ofSorted(String[] keys, int[] values) {
        for (int i = 0; i < keys.length; i++) {
            if (values[i] == 0) {
                throw new IllegalArgumentException("word value 0 is reserved (word #" + i + ")");
            }
            if (i > 0 && keys[i - 1].compareTo(keys[i]) >= 0) {
                throw new IllegalArgumentException("words not sorted and distinct at word #" + i);
            }
        }
        return new Assembly(keys, values).build();
    }

    /**
     * A trie from arrays written by {@link #write} (the built-in lexicon's image, see {@link BuiltinTables}); checks
     * that they fit together, so a damaged image fails here instead of misreading words.
     */
    static WordTrie ofArrays(int[] edgeStart, char[] edgeChar, int[] edgeTarget, int[] value) {
        int nodes = value.length;
        if (nodes < 1 || edgeStart.length != nodes + 1 || edgeChar.length != edgeTarget.length
                || edgeStart[nodes] != edgeChar.length) {
            throw new IllegalArgumentException("trie arrays of inconsistent lengths");
        }
        for (int i = 0; i < nodes; i++) {
            if (edgeStart[i] > edgeStart[i + 1] || edgeStart[i] < 0) {
                throw new IllegalArgumentException("trie edges out of order at node " + i);
            }
        }
        for (int target : edgeTarget) {
            if (target <= ROOT || target >= nodes) {
                throw new IllegalArgumentException("trie edge to a node that does not exist");
            }
        }
        return new WordTrie(edgeStart, edgeChar, edgeTarget, value);
    }

    /** Hands the four arrays to {@code out} (for the image; they are not copied, the receiver must not change them). */
    void write(Arrays4 out) throws java.io.IOException {
        out.accept(edgeStart, edgeChar, edgeTarget, value);
    }

    /** Receives a trie's arrays. */
    @FunctionalInterface
    interface Arrays4 {
        void accept(int[] edgeStart, char[] edgeChar, int[] edgeTarget, int[] value) throws java.io.IOException;
    }

    /** The node reached from {@code node} by {@code c}, or {@link #NO_NODE}. */
    int step(int node, char c) {
        if (node == ROOT && c < 128) {
            return rootAscii[c];
        }
        int lo = edgeStart[node];
        int hi = edgeStart[node + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char m = edgeChar[mid];
            if (m < c) {
                lo = mid + 1;
            } else if (m > c) {
                hi = mid - 1;
            } else {
                return edgeTarget[mid];
            }
        }
        return NO_NODE;
    }

    /** The value of the word ending at {@code node}, 0 when none does. */
    int value(int node) {
        return value[node];
    }

    /** The value of a whole folded word held in {@code chars[from, to)}, 0 when absent. */
    int lookup(char[] chars, int from, int to) {
        int node = ROOT;
        for (int i = from; i < to && node != NO_NODE; i++) {
            node = step(node, chars[i]);
        }
        return node == NO_NODE ? 0 : value[node];
    }

    int lookup(String word) {
        int node = ROOT;
        for (int i = 0; i < word.length() && node != NO_NODE; i++) {
            node = step(node, word.charAt(i));
        }
        return node == NO_NODE ? 0 : value[node];
    }

    int nodeCount() {
        return value.length;
    }

    /** Depth-first assembly from sorted keys; the edges of a node are contiguous and sorted. */
    private static final class Assembly {
        private final String[] keys;
        private final int[] values;
        // sized exactly before filling (no growing and copying: the built-in lexicon has about a million nodes)
        private final int[] edgeStart;
        private final char[] edgeChar;
        private final int[] edgeTarget;
        private final int[] value;
        private int nodes;
        private int edges;

        Assembly(String[] keys, int[] values) {
            this.keys = keys;
            this.values = values;
            int count = nodeCount(keys);
            this.edgeStart = new int[count + 1];
            this.value = new int[count];
            this.edgeChar = new char[count - 1];
            this.edgeTarget = new int[count - 1];
        }

        /** The root and one node per distinct non-empty prefix of the sorted keys. */
        private static int nodeCount(String[] keys) {
            int count = 1;
            for (int i = 0; i < keys.length; i++) {
                count += keys[i].length() - (i == 0 ? 0 : commonPrefix(keys[i - 1], keys[i]));
            }
            return count;
        }

        private static int commonPrefix(String a, String b) {
            int n = Math.min(a.length(), b.length());
            int i = 0;
            while (i < n && a.charAt(i) == b.charAt(i)) {
                i++;
            }
            return i;
        }

        WordTrie build() {
            int root = newNode();
            fill(root, 0, keys.length, 0);
            if (nodes != value.length) {
                throw new IllegalStateException("trie of " + nodes + " nodes, " + value.length + " counted");
            }
            edgeStart[nodes] = edges;
            return new WordTrie(edgeStart, edgeChar, edgeTarget, value);
        }

        /** Fills node {@code node} for the sorted keys [lo, hi) that share a prefix of length {@code depth}. */
        private void fill(int node, int lo, int hi, int depth) {
            int i = lo;
            while (i < hi && keys[i].length() == depth) {
                value[node] |= values[i];
                i++;
            }
            int childrenFrom = i;
            int count = 0;
            for (int j = childrenFrom; j < hi; j = groupEnd(j, hi, depth)) {
                count++;
            }
            int firstEdge = edges;
            edgeStart[node] = firstEdge;
            edges += count;
            int e = firstEdge;
            for (int j = childrenFrom; j < hi; ) {
                int end = groupEnd(j, hi, depth);
                int child = newNode();
                edgeChar[e] = keys[j].charAt(depth);
                edgeTarget[e] = child;
                e++;
                fill(child, j, end, depth + 1);
                j = end;
            }
        }

        private int groupEnd(int from, int hi, int depth) {
            char c = keys[from].charAt(depth);
            int j = from + 1;
            while (j < hi && keys[j].charAt(depth) == c) {
                j++;
            }
            return j;
        }

        private int newNode() {
            return nodes++;
        }
    }
}
