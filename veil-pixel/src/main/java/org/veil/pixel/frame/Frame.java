package org.veil.pixel.frame;

import java.util.Optional;

/**
 * One decoded frame: a {@link Plane} per sample, holding raw cells of Bits Allocated bits. Planes normally have the
 * frame's size; the chrominance planes of a 4:2:2 frame are half as wide (rounded up). A frame does not know its
 * photometric interpretation or signedness: those come with the {@link ImageDescriptor} it is used with.
 * Mutable (see {@link RegionFill}) and not thread-safe.
 */
public final class Frame {
    private final int columns;
    private final int rows;
    private final int bitsAllocated;
    private final Plane[] planes;

    private Frame(int columns, int rows, int bitsAllocated, Plane[] planes) {
        this.columns = columns;
        this.rows = rows;
        this.bitsAllocated = bitsAllocated;
        this.planes = planes;
    }

    /** A zeroed frame with full-size planes. */
    public static Frame allocate(int columns, int rows, int samples, int bitsAllocated) {
        if (samples < 1 || bitsAllocated < 1 || bitsAllocated > 64) {
            throw new IllegalArgumentException("invalid frame: " + samples + " samples of " + bitsAllocated + " bits");
        }
        Plane[] planes = new Plane[samples];
        for (int s = 0; s < samples; s++) {
            planes[s] = Plane.allocate(columns, rows, bitsAllocated);
        }
        return new Frame(columns, rows, bitsAllocated, planes);
    }

    /** A zeroed frame laid out as the native form of the descriptor (half-width chroma planes for 4:2:2). */
    public static Frame allocate(ImageDescriptor d) {
        Plane[] planes = new Plane[d.samplesPerPixel()];
        for (int s = 0; s < planes.length; s++) {
            int sub = d.horizontalSubsampling(s);
            planes[s] = Plane.allocate((d.columns() + sub - 1) / sub, d.rows(), d.bitsAllocated());
        }
        return new Frame(d.columns(), d.rows(), d.bitsAllocated(), planes);
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    public int bitsAllocated() {
        return bitsAllocated;
    }

    public int samples() {
        return planes.length;
    }

    /** The plane of one sample (0-based, in the order of the pixel data). */
    public Plane plane(int sample) {
        return planes[sample];
    }

    /** Horizontal subsampling of a plane relative to the frame: 1, or 2 for the chroma of 4:2:2. */
    public int horizontalSubsampling(int sample) {
        return planes[sample].width() == columns ? 1 : 2;
    }

    /** An independent copy. */
    public Frame copy() {
        Plane[] p = new Plane[planes.length];
        for (int s = 0; s < p.length; s++) {
            p[s] = planes[s].copy();
        }
        return new Frame(columns, rows, bitsAllocated, p);
    }

    /** True when both frames have the same shape and identical cells. */
    public boolean contentEquals(Frame other) {
        return firstDifference(other).isEmpty();
    }

    /** Where two frames first differ, e.g. {@code sample 1 at (4,7): 12 != 13}, or empty when identical. */
    public Optional<String> firstDifference(Frame other) {
        if (columns != other.columns || rows != other.rows || bitsAllocated != other.bitsAllocated
                || planes.length != other.planes.length) {
            return Optional.of("shape " + describe() + " != " + other.describe());
        }
        for (int s = 0; s < planes.length; s++) {
            Plane a = planes[s];
            Plane b = other.planes[s];
            if (a.width() != b.width() || a.contentEquals(b)) {
                if (a.width() != b.width()) {
                    return Optional.of("sample " + s + " plane width " + a.width() + " != " + b.width());
                }
                continue;
            }
            for (int y = 0; y < a.height(); y++) {
                for (int x = 0; x < a.width(); x++) {
                    if (a.get(x, y) != b.get(x, y)) {
                        return Optional.of("sample " + s + " at (" + x + "," + y + "): " + a.get(x, y) + " != "
                                + b.get(x, y));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private String describe() {
        return columns + "x" + rows + "x" + planes.length + "@" + bitsAllocated;
    }

    @Override
    public String toString() {
        return "Frame[" + describe() + "]";
    }
}
