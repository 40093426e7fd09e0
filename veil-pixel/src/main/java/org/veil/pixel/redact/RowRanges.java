package org.veil.pixel.redact;

import java.util.ArrayList;
import java.util.List;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.text.Luminance;

/**
 * The luminance range (before the stretch) of every row of every frame, as the first pass saw the frames: after an
 * erase, rows no removed area touches still have it, so the second pass recomputes only the touched rows to know a
 * cleaned frame's range. Kept only where luminance is computed cell by cell ({@link Luminance#byCells}) and at most
 * {@link #MAX_BYTES} for the whole image. Not thread-safe.
 */
final class RowRanges {
    static final long MAX_BYTES = 8L << 20;

    private final int width;
    private final int height;
    private final List<long[]> frames = new ArrayList<>();

    private RowRanges(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** Ranges for the frames of {@code d}, or null where they cannot be kept. */
    static RowRanges of(ImageDescriptor d) {
        boolean fits = 8L * d.rows() * d.numberOfFrames() <= MAX_BYTES;
        return Luminance.byCells(d) && fits ? new RowRanges(d.columns(), d.rows()) : null;
    }

    /** Records the next frame's rows from the buffer {@link Luminance#of} just filled. */
    void add(int[] work) {
        long[] rows = new long[height];
        for (int y = 0; y < height; y++) {
            int lo = Integer.MAX_VALUE;
            int hi = Integer.MIN_VALUE;
            for (int i = y * width; i < (y + 1) * width; i++) {
                lo = Math.min(lo, work[i]);
                hi = Math.max(hi, work[i]);
            }
            rows[y] = (long) lo << 32 | hi & 0xFFFFFFFFL;
        }
        frames.add(rows);
    }

    /** The rows of frame {@code index}, or null when it was not recorded. */
    long[] frame(int index) {
        return index < frames.size() ? frames.get(index) : null;
    }
}
