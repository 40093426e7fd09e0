package org.veil.pixel.frame;

import java.util.Arrays;

/**
 * The cells of one sample (color component) of a frame, row by row, as raw bit patterns of Bits Allocated bits: the
 * stored value plus whatever the bits outside Bits Stored hold, unsigned, never sign-extended by this class. Cells of
 * up to 32 bits live in an {@code int[]} (a 32-bit cell may look negative there), wider ones in a {@code long[]}.
 * Mutable and not thread-safe.
 */
public final class Plane {
    private final int width;
    private final int height;
    private final int[] ints;
    private final long[] longs;

    private Plane(int width, int height, int[] ints, long[] longs) {
        this.width = width;
        this.height = height;
        this.ints = ints;
        this.longs = longs;
    }

    /** A zeroed plane for cells of {@code bitsAllocated} bits. */
    static Plane allocate(int width, int height, int bitsAllocated) {
        long cells = (long) width * height;
        if (width < 1 || height < 1 || cells > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("plane of " + width + " x " + height + " cells is not addressable");
        }
        return bitsAllocated > 32 ? new Plane(width, height, null, new long[(int) cells])
                : new Plane(width, height, new int[(int) cells], null);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** True when the cells are held in {@link #longs()} (Bits Allocated above 32). */
    public boolean isWide() {
        return longs != null;
    }

    /** The backing array, row-major; for codecs and fills. Throws when the plane is wide. */
    public int[] ints() {
        if (ints == null) {
            throw new IllegalStateException("plane holds cells wider than 32 bits; use longs()");
        }
        return ints;
    }

    /** The backing array of a wide plane, row-major. Throws when the plane is not wide. */
    public long[] longs() {
        if (longs == null) {
            throw new IllegalStateException("plane holds cells of 32 bits or fewer; use ints()");
        }
        return longs;
    }

    /** The raw cell at (x, y) as an unsigned value (a 64-bit cell is returned as its bit pattern). */
    public long get(int x, int y) {
        int i = index(x, y);
        return ints != null ? Integer.toUnsignedLong(ints[i]) : longs[i];
    }

    /** Sets the raw cell at (x, y); an int-backed plane keeps the low 32 bits. */
    public void set(int x, int y, long value) {
        int i = index(x, y);
        if (ints != null) {
            ints[i] = (int) value;
        } else {
            longs[i] = value;
        }
    }

    /** Sets every cell in columns [x0, x1) of rows [y0, y1), which must lie inside the plane. */
    public void fill(int x0, int y0, int x1, int y1, long value) {
        if (x0 < 0 || y0 < 0 || x1 > width || y1 > height || x0 > x1 || y0 > y1) {
            throw new IndexOutOfBoundsException("fill [" + x0 + "," + x1 + ")x[" + y0 + "," + y1 + ") outside "
                    + width + "x" + height);
        }
        for (int y = y0; y < y1; y++) {
            int from = y * width + x0;
            int to = y * width + x1;
            if (ints != null) {
                Arrays.fill(ints, from, to, (int) value);
            } else {
                Arrays.fill(longs, from, to, value);
            }
        }
    }

    /** True when both planes have the same size and identical cells. */
    public boolean contentEquals(Plane other) {
        return width == other.width && height == other.height && Arrays.equals(ints, other.ints)
                && Arrays.equals(longs, other.longs);
    }

    /** An independent copy. */
    public Plane copy() {
        return new Plane(width, height, ints == null ? null : ints.clone(), longs == null ? null : longs.clone());
    }

    private int index(int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            throw new IndexOutOfBoundsException("(" + x + "," + y + ") outside " + width + "x" + height);
        }
        return y * width + x;
    }
}
