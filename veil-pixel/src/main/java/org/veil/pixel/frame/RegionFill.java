package org.veil.pixel.frame;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills rectangles of a {@link Frame} with a {@link FillValue}, clipped to the frame; no cell outside the filled
 * rectangles changes. In a frame with 4:2:2 chroma (two pixels share one Cb/Cr pair) a rectangle is first widened to
 * even column boundaries, so that every touched pixel pair is filled whole and the rectangle is uniform.
 */
public final class RegionFill {
    private RegionFill() {
    }

    /**
     * Fills one rectangle.
     *
     * @return the rectangle actually filled (clipped, and widened for 4:2:2); empty when it misses the frame
     * @throws IllegalArgumentException when the frame does not match the descriptor or the value does not fit it
     */
    public static Rect fill(Frame frame, ImageDescriptor d, Rect rect, FillValue value) {
        checkShape(frame, d);
        return fillCells(frame, rect, value.cells(d));
    }

    /** Fills several rectangles with one value; returns the rectangles filled, as {@link #fill(Frame, ImageDescriptor,
     * Rect, FillValue)} does, skipping those that miss the frame. */
    public static List<Rect> fill(Frame frame, ImageDescriptor d, List<Rect> rects, FillValue value) {
        checkShape(frame, d);
        long[] cells = value.cells(d);
        List<Rect> filled = new ArrayList<>(rects.size());
        for (Rect r : rects) {
            Rect done = fillCells(frame, r, cells);
            if (!done.isEmpty()) {
                filled.add(done);
            }
        }
        return List.copyOf(filled);
    }

    private static Rect fillCells(Frame frame, Rect rect, long[] cells) {
        Rect r = rect.clip(frame.columns(), frame.rows());
        if (r.isEmpty()) {
            return r;
        }
        int x0 = r.x();
        int x1 = r.x() + r.width();
        if (subsampled(frame)) {
            x0 &= ~1;
            x1 = Math.min(frame.columns(), x1 + (x1 & 1));
        }
        for (int s = 0; s < frame.samples(); s++) {
            int sub = frame.horizontalSubsampling(s);
            int px1 = Math.min(frame.plane(s).width(), (x1 + sub - 1) / sub);
            frame.plane(s).fill(x0 / sub, r.y(), px1, r.y() + r.height(), cells[s]);
        }
        return new Rect(x0, r.y(), x1 - x0, r.height());
    }

    private static boolean subsampled(Frame frame) {
        for (int s = 0; s < frame.samples(); s++) {
            if (frame.horizontalSubsampling(s) != 1) {
                return true;
            }
        }
        return false;
    }

    private static void checkShape(Frame frame, ImageDescriptor d) {
        if (frame.samples() != d.samplesPerPixel() || frame.bitsAllocated() != d.bitsAllocated()) {
            throw new IllegalArgumentException(frame + " does not match " + d.samplesPerPixel() + " samples of "
                    + d.bitsAllocated() + " bits");
        }
    }
}
