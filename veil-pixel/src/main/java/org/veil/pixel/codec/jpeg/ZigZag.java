package org.veil.pixel.codec.jpeg;

/** The zig-zag sequence of T.81 Figure A.6, derived by walking the anti-diagonals of the 8x8 block. */
final class ZigZag {
    /** NATURAL[k] is the row-major index (row * 8 + column) of the k-th coefficient in zig-zag order. */
    static final int[] NATURAL = build();

    private ZigZag() {
    }

    private static int[] build() {
        int[] order = new int[64];
        int k = 0;
        for (int diagonal = 0; diagonal < 15; diagonal++) {
            int first = Math.max(0, diagonal - 7);
            int last = Math.min(7, diagonal);
            for (int i = first; i <= last; i++) {
                // even diagonals run from bottom-left to top-right, odd ones the other way
                int row = (diagonal % 2 == 0) ? diagonal - i : i;
                int col = diagonal - row;
                order[k++] = row * 8 + col;
            }
        }
        return order;
    }
}
