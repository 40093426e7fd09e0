package org.veil.pixel.text;

import java.util.Arrays;
import java.util.List;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.PhotometricInterpretation;
import org.veil.pixel.frame.Plane;
import org.veil.pixel.frame.Rect;

/**
 * The eraser as it was before per-group windows and inpainting plans (one window over all boxes, the fill order
 * worked out again for every frame), kept as the reference {@link TextEraser} must match cell for cell.
 */
final class ReferenceEraser {
    private static final int[][] OFFSETS = offsets();

    private ReferenceEraser() {
    }

    /** @return whether any cell was written */
    public static boolean erase(Frame f, ImageDescriptor d, List<Rect> rects, EraseMethod method) {
        boolean any = false;
        boolean palette = d.photometric() == PhotometricInterpretation.PALETTE_COLOR;
        for (int s = 0; s < f.samples(); s++) {
            Plane p = f.plane(s);
            int sub = f.horizontalSubsampling(s);
            Rect win = window(rects, sub, p.width(), p.height());
            if (win.isEmpty()) {
                continue;
            }
            List<Rect> local = new java.util.ArrayList<>();
            for (Rect r : rects) {
                Rect c = TextEraser.planeRect(r, sub).clip(p.width(), p.height());
                if (!c.isEmpty()) {
                    local.add(new Rect(c.x() - win.x(), c.y() - win.y(), c.width(), c.height()));
                }
            }
            boolean[] mask = TextEraser.mask(win.width(), win.height(), local, 1);
            long[] v = values(p, d, win);
            boolean done = method == EraseMethod.INPAINT ? inpaint(v, mask, win.width(), win.height(), palette)
                    : background(v, mask, win.width(), win.height(), local, 1);
            if (done) {
                write(p, d, v, mask, win);
                any = true;
            }
        }
        return any;
    }

    /**
     * The part of a plane the erasers read and write: the removed rectangles with the {@link #REACH} cells around
     * them that inpainting and the background ring look at (clipped); empty when no rectangle is on the plane.
     */
    private static Rect window(List<Rect> rects, int sub, int w, int h) {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = Integer.MIN_VALUE;
        int y1 = Integer.MIN_VALUE;
        for (Rect r : rects) {
            Rect c = TextEraser.planeRect(r, sub).clip(w, h);
            if (c.isEmpty()) {
                continue;
            }
            x0 = Math.min(x0, c.x());
            y0 = Math.min(y0, c.y());
            x1 = Math.max(x1, c.x() + c.width());
            y1 = Math.max(y1, c.y() + c.height());
        }
        if (x1 < x0) {
            return new Rect(0, 0, 0, 0);
        }
        return new Rect(x0 - REACH, y0 - REACH, x1 - x0 + 2 * REACH, y1 - y0 + 2 * REACH).clip(w, h);
    }

    /** Cells around a removed area that inpainting (a 5x5 window) and the background ring read. */
    private static final int REACH = 2;

    private static boolean inpaint(long[] v, boolean[] mask, int w, int h, boolean nearest) {
        boolean[] known = new boolean[v.length];
        int[] queue = new int[v.length];
        boolean[] queued = new boolean[v.length];
        int tail = 0;
        int masked = 0;
        for (int i = 0; i < v.length; i++) {
            known[i] = !mask[i];
            masked += mask[i] ? 1 : 0;
        }
        if (masked == 0 || masked == v.length) {
            return masked > 0 && fillAll(v, mask);
        }
        for (int i = 0; i < v.length; i++) {
            if (mask[i] && InpaintPlan.hasKnownNeighbour(known, i, w, h)) {
                queue[tail++] = i;
                queued[i] = true;
            }
        }
        for (int head = 0; head < tail; head++) {
            int p = queue[head];
            v[p] = estimate(v, known, p, w, h, nearest);
            known[p] = true;
            int x = p % w;
            int y = p / w;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int xx = x + dx;
                    int yy = y + dy;
                    if (xx >= 0 && yy >= 0 && xx < w && yy < h && mask[yy * w + xx] && !queued[yy * w + xx]) {
                        queued[yy * w + xx] = true;
                        queue[tail++] = yy * w + xx;
                    }
                }
            }
        }
        return true;
    }

    private static boolean fillAll(long[] v, boolean[] mask) {
        Arrays.fill(v, 0);
        return true;
    }

    /** Distance-weighted mean (or nearest value) of the known cells in the 5x5 window around p. */
    private static long estimate(long[] v, boolean[] known, int p, int w, int h, boolean nearest) {
        int x = p % w;
        int y = p / w;
        double sum = 0;
        double weight = 0;
        long best = 0;
        int bestDistance = Integer.MAX_VALUE;
        for (int[] o : OFFSETS) {
            int xx = x + o[0];
            int yy = y + o[1];
            if (xx < 0 || yy < 0 || xx >= w || yy >= h || !known[yy * w + xx]) {
                continue;
            }
            int d2 = o[0] * o[0] + o[1] * o[1];
            double wt = 1.0 / d2;
            sum += wt * v[yy * w + xx];
            weight += wt;
            if (d2 < bestDistance) {
                bestDistance = d2;
                best = v[yy * w + xx];
            }
        }
        return nearest ? best : Math.round(sum / weight);
    }

    private static boolean background(long[] v, boolean[] mask, int w, int h, List<Rect> rects, int sub) {
        boolean any = false;
        for (Rect r : rects) {
            Rect c = TextEraser.planeRect(r, sub).clip(w, h);
            if (c.isEmpty()) {
                continue;
            }
            long fill = BackgroundEstimate.ringMedian(v, mask, w, h, c);
            for (int y = c.y(); y < c.y() + c.height(); y++) {
                Arrays.fill(v, y * w + c.x(), y * w + c.x() + c.width(), fill);
            }
            any = true;
        }
        return any;
    }

    private static long[] values(Plane p, ImageDescriptor d, Rect win) {
        int[] cells = p.ints();
        long[] v = new long[win.width() * win.height()];
        int bits = d.bitsStored();
        long m = bits >= 32 ? 0xFFFFFFFFL : (1L << bits) - 1;
        for (int y = 0; y < win.height(); y++) {
            for (int x = 0; x < win.width(); x++) {
                long u = (Integer.toUnsignedLong(cells[(win.y() + y) * p.width() + win.x() + x]) >>> d.lowBit()) & m;
                v[y * win.width() + x] = d.isSigned() && bits < 64 && (u >>> (bits - 1) & 1) == 1 ? u - (1L << bits)
                        : u;
            }
        }
        return v;
    }

    private static void write(Plane p, ImageDescriptor d, long[] v, boolean[] mask, Rect win) {
        int[] cells = p.ints();
        long storedMask = d.bitsStored() >= 64 ? -1L : (1L << d.bitsStored()) - 1;
        long cellMask = (1L << d.bitsAllocated()) - 1;
        for (int i = 0; i < v.length; i++) {
            if (mask[i]) {
                long cell = (v[i] & storedMask) << d.lowBit();
                if (v[i] < 0) {
                    cell |= -1L << d.highBit() + 1 & cellMask;
                }
                cells[(win.y() + i / win.width()) * p.width() + win.x() + i % win.width()] = (int) cell;
            }
        }
    }

    private static int[][] offsets() {
        int[][] o = new int[24][];
        int n = 0;
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                if (dx != 0 || dy != 0) {
                    o[n++] = new int[] {dx, dy};
                }
            }
        }
        return o;
    }
}
