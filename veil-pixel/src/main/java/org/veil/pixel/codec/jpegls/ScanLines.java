package org.veil.pixel.codec.jpegls;

import java.util.Arrays;

/**
 * The previous and current reconstructed line of each component of a scan, with one cell of margin on each side:
 * index x + 1 holds column x, index 0 the value used as Ra at column 0 and Rc at column 1, index width + 1 the value
 * used as Rd at the last column (T.87 A.2.1, edge handling).
 */
final class ScanLines {
    final int width;
    private final int[][] prev;
    private final int[][] cur;

    ScanLines(int components, int width) {
        this.width = width;
        this.prev = new int[components][width + 2];
        this.cur = new int[components][width + 2];
    }

    int[] prev(int c) {
        return prev[c];
    }

    int[] cur(int c) {
        return cur[c];
    }

    /** Moves to the next line: the current line becomes the previous one, and the edge cells are set. */
    void advance() {
        for (int c = 0; c < prev.length; c++) {
            int[] t = prev[c];
            prev[c] = cur[c];
            cur[c] = t;
            int[] p = prev[c];
            p[width + 1] = p[width];
            cur[c][0] = p[1];
        }
    }

    /** Forgets all lines, as at the start of a scan or after a restart marker. */
    void clear() {
        for (int c = 0; c < prev.length; c++) {
            Arrays.fill(prev[c], 0);
            Arrays.fill(cur[c], 0);
        }
    }

    /** The median edge detector prediction (T.87 A.3.1). */
    static int predict(int ra, int rb, int rc) {
        if (rc >= Math.max(ra, rb)) {
            return Math.min(ra, rb);
        }
        if (rc <= Math.min(ra, rb)) {
            return Math.max(ra, rb);
        }
        return ra + rb - rc;
    }
}
