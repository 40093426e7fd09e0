package org.veil.pixel.text;

import org.veil.pixel.frame.Rect;

/**
 * How a window's masked cells are inpainted, worked out once from the mask alone and applied to any number of
 * frames: the cells are filled from the edge inwards (breadth first from the masked cells that touch a known one,
 * in row order), each the distance-weighted mean of the cells within two that are known when it is filled (or, for
 * PALETTE COLOR, the nearest of them). The plan keeps, per masked cell in fill order, which of its 24 neighbours
 * are known then and their summed weight, so a frame costs one pass over the masked cells and their neighbours.
 * A fill reads only its {@link #sources} (the known cells around the masked ones, and masked cells no known cell
 * reaches): when they hold what they held in the frame filled before (a static overlay on a still background), the
 * cells written then are written again without filling. Not thread-safe (its buffers are reused; one image at a
 * time).
 */
final class InpaintPlan {
    private static final int[] DX = new int[24];
    private static final int[] DY = new int[24];
    private static final double[] WEIGHT = new double[24];

    static {
        int n = 0;
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                if (dx != 0 || dy != 0) {
                    DX[n] = dx;
                    DY[n] = dy;
                    WEIGHT[n] = 1.0 / (dx * dx + dy * dy);
                    n++;
                }
            }
        }
    }

    private final Rect win;
    private final int planeWidth;
    private final boolean[] mask;
    /** Window index of each masked cell, in fill order. */
    private final int[] order;
    /** Bit o set: neighbour o (of {@link #DX}, {@link #DY}) is known when the cell is filled; 0 for a cell never reached. */
    private final int[] known;
    /** Summed weight of the known neighbours. */
    private final double[] total;
    /** The nearest known neighbour (first of the smallest distance), -1 for a cell never reached. */
    private final byte[] nearest;
    /** The whole window is masked: every cell becomes 0. */
    private final boolean zero;
    /** Plane index of each masked cell, in fill order. */
    private final int[] planeIndex;
    private final long[] values;
    /** Plane index of each cell a fill reads (known neighbours, cells never reached), each once. */
    private final int[] sources;
    /** Per sample: the sources and the cells written in the frame filled last, or null. */
    private Memo[] memos = new Memo[0];

    private InpaintPlan(Rect win, int planeWidth, boolean[] mask, int[] order, int[] known, double[] total,
                        byte[] nearest, boolean zero) {
        this.win = win;
        this.planeWidth = planeWidth;
        this.mask = mask;
        this.order = order;
        this.known = known;
        this.total = total;
        this.nearest = nearest;
        this.zero = zero;
        this.values = new long[mask.length];
        this.planeIndex = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            planeIndex[k] = (win.y() + order[k] / win.width()) * planeWidth + win.x() + order[k] % win.width();
        }
        this.sources = zero ? new int[0] : sources();
    }

    private int[] sources() {
        int w = win.width();
        boolean[] read = new boolean[mask.length];
        int[] out = new int[mask.length];
        int n = 0;
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            if (known[k] == 0) {
                read[i] = true;
                out[n++] = planeIndex[k];
            }
            for (int bits = known[k]; bits != 0; bits &= bits - 1) {
                int o = Integer.numberOfTrailingZeros(bits);
                int q = i + DY[o] * w + DX[o];
                if (!mask[q] && !read[q]) {
                    read[q] = true;
                    out[n++] = planeIndex[k] + DY[o] * planeWidth + DX[o];
                }
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** The plan for {@code mask} (row-major over {@code win}) in a plane {@code planeWidth} cells wide. */
    static InpaintPlan of(boolean[] mask, Rect win, int planeWidth) {
        int w = win.width();
        int h = win.height();
        int masked = 0;
        for (boolean m : mask) {
            masked += m ? 1 : 0;
        }
        if (masked == mask.length || masked == 0) {
            int[] all = new int[masked];
            for (int i = 0; i < masked; i++) {
                all[i] = i;
            }
            return new InpaintPlan(win, planeWidth, mask, all, new int[masked], new double[masked],
                    new byte[masked], true);
        }
        boolean[] isKnown = new boolean[mask.length];
        boolean[] queued = new boolean[mask.length];
        int[] queue = new int[masked];
        int tail = 0;
        for (int i = 0; i < mask.length; i++) {
            isKnown[i] = !mask[i];
        }
        for (int i = 0; i < mask.length; i++) {
            if (mask[i] && hasKnownNeighbour(isKnown, i, w, h)) {
                queue[tail++] = i;
                queued[i] = true;
            }
        }
        int[] known = new int[masked];
        double[] total = new double[masked];
        byte[] nearest = new byte[masked];
        for (int head = 0; head < tail; head++) {
            int p = queue[head];
            int x = p % w;
            int y = p / w;
            int bits = 0;
            double sum = 0;
            int best = -1;
            int bestDistance = Integer.MAX_VALUE;
            for (int o = 0; o < DX.length; o++) {
                int xx = x + DX[o];
                int yy = y + DY[o];
                if (xx < 0 || yy < 0 || xx >= w || yy >= h || !isKnown[yy * w + xx]) {
                    continue;
                }
                bits |= 1 << o;
                sum += WEIGHT[o];
                int d2 = DX[o] * DX[o] + DY[o] * DY[o];
                if (d2 < bestDistance) {
                    bestDistance = d2;
                    best = o;
                }
            }
            known[head] = bits;
            total[head] = sum;
            nearest[head] = (byte) best;
            isKnown[p] = true;
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
        for (int i = 0; i < mask.length && tail < masked; i++) {
            if (mask[i] && !queued[i]) {
                nearest[tail] = -1;
                queue[tail++] = i;
            }
        }
        return new InpaintPlan(win, planeWidth, mask, queue, known, total, nearest, false);
    }

    static boolean hasKnownNeighbour(boolean[] known, int p, int w, int h) {
        int x = p % w;
        int y = p / w;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int xx = x + dx;
                int yy = y + dy;
                if (xx >= 0 && yy >= 0 && xx < w && yy < h && known[yy * w + xx]) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Inpaints the masked cells of {@code cells} (a plane of {@link #planeWidth} cells per row).
     *
     * @param nearestValue take the nearest known value (PALETTE COLOR indices) instead of the weighted mean
     * @return whether any cell was written
     */
    boolean apply(int[] cells, CellCoding coding, boolean nearestValue, int sample) {
        int n = order.length;
        if (zero) {
            for (int k = 0; k < n; k++) {
                cells[planeIndex[k]] = coding.cell(0);
            }
            return n > 0;
        }
        Memo m = memo(sample);
        if (m.sameSources(cells, sources)) {
            for (int k = 0; k < n; k++) {
                cells[planeIndex[k]] = m.written[k];
            }
            return true;
        }
        m.readSources(cells, sources);
        fill(cells, coding, nearestValue);
        m.written(cells, planeIndex);
        return true;
    }

    private Memo memo(int sample) {
        if (sample >= memos.length) {
            memos = java.util.Arrays.copyOf(memos, sample + 1);
        }
        if (memos[sample] == null) {
            memos[sample] = new Memo(sources.length, order.length);
        }
        return memos[sample];
    }

    private void fill(int[] cells, CellCoding coding, boolean nearestValue) {
        int w = win.width();
        int n = order.length;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            int p = planeIndex[k];
            int bits = known[k];
            long v;
            if (bits == 0) {
                v = coding.value(cells[p]);
            } else if (nearestValue) {
                int o = nearest[k];
                v = neighbour(cells, coding, i, p, o, w);
            } else {
                double sum = 0;
                while (bits != 0) {
                    int o = Integer.numberOfTrailingZeros(bits);
                    bits &= bits - 1;
                    sum += WEIGHT[o] * neighbour(cells, coding, i, p, o, w);
                }
                v = Math.round(sum / total[k]);
            }
            values[i] = v;
        }
        for (int k = 0; k < n; k++) {
            cells[planeIndex[k]] = coding.cell(values[order[k]]);
        }
    }

    /** The sources and the written cells of one sample's last fill. */
    private static final class Memo {
        final int[] read;
        final int[] written;
        boolean valid;

        Memo(int sources, int cells) {
            this.read = new int[sources];
            this.written = new int[cells];
        }

        boolean sameSources(int[] cells, int[] sources) {
            if (!valid) {
                return false;
            }
            for (int j = 0; j < sources.length; j++) {
                if (cells[sources[j]] != read[j]) {
                    return false;
                }
            }
            return true;
        }

        void readSources(int[] cells, int[] sources) {
            for (int j = 0; j < sources.length; j++) {
                read[j] = cells[sources[j]];
            }
        }

        void written(int[] cells, int[] planeIndex) {
            for (int k = 0; k < planeIndex.length; k++) {
                written[k] = cells[planeIndex[k]];
            }
            valid = true;
        }
    }

    /** The value of neighbour {@code o} of window cell {@code i} (plane cell {@code p}): filled already, or known. */
    private long neighbour(int[] cells, CellCoding coding, int i, int p, int o, int w) {
        int q = i + DY[o] * w + DX[o];
        return mask[q] ? values[q] : coding.value(cells[p + DY[o] * planeWidth + DX[o]]);
    }
}
