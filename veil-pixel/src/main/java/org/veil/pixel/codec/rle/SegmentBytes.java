package org.veil.pixel.codec.rle;

import org.veil.pixel.frame.Plane;

/** Moves one byte significance of a plane's cells to and from a segment's bytes. */
final class SegmentBytes {
    private SegmentBytes() {
    }

    /** ORs {@code bytes[i] << shift} into cell i of the (zero-initialized) plane. */
    static void merge(byte[] bytes, Plane plane, int shift) {
        if (plane.isWide()) {
            long[] cells = plane.longs();
            for (int i = 0; i < cells.length; i++) {
                cells[i] |= (bytes[i] & 0xFFL) << shift;
            }
        } else {
            int[] cells = plane.ints();
            for (int i = 0; i < cells.length; i++) {
                cells[i] |= (bytes[i] & 0xFF) << shift;
            }
        }
    }

    /** Copies byte {@code shift / 8} of each cell of row {@code y} into {@code row}. */
    static void extractRow(Plane plane, int y, int shift, byte[] row) {
        int from = y * plane.width();
        if (plane.isWide()) {
            long[] cells = plane.longs();
            for (int x = 0; x < row.length; x++) {
                row[x] = (byte) (cells[from + x] >>> shift);
            }
        } else {
            int[] cells = plane.ints();
            for (int x = 0; x < row.length; x++) {
                row[x] = (byte) (cells[from + x] >>> shift);
            }
        }
    }
}
