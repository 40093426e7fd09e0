package org.veil.volume.deface;

import java.util.Arrays;

/**
 * Separates the head from the air on a {@link WorkGrid}: voxels at or above the skin threshold that are not reached
 * from the grid border through air, largest connected part only (so cavities inside the head count as head).
 * Threshold: -400 HU for CT; for MR the background (median of the acquired border voxels) plus 15% of the way to the
 * 98th percentile.
 *
 * @param threshold the skin threshold in modality units
 * @param air       the air (background) level in modality units: -1000 HU for CT, the background median for MR
 * @param head      true for head voxels
 */
record HeadMask(double threshold, double air, boolean[] head) {
    static final double CT_SKIN = -400;
    static final double CT_AIR = -1000;

    static HeadMask of(WorkGrid g, boolean ct) {
        double air = ct ? CT_AIR : background(g);
        double t = ct ? CT_SKIN : air + 0.15 * (percentile(g.values, 0.98) - air);
        boolean[] passable = new boolean[g.size()];
        for (int x = 0; x < passable.length; x++) {
            float v = g.values[x];
            passable[x] = Float.isNaN(v) || v < t;
        }
        boolean[] outside = new boolean[g.size()];
        int[] seeds = border(g);
        new Components(g.ni, g.nj, g.nk).fill(passable, outside, seeds, seeds.length);
        boolean[] inside = new boolean[g.size()];
        for (int x = 0; x < inside.length; x++) {
            inside[x] = !outside[x] && !Float.isNaN(g.values[x]);
        }
        return new HeadMask(t, air, new Components(g.ni, g.nj, g.nk).heaviest(inside, null));
    }

    int count() {
        int n = 0;
        for (boolean b : head) {
            n += b ? 1 : 0;
        }
        return n;
    }

    private static int[] border(WorkGrid g) {
        int[] out = new int[g.size()];
        int n = 0;
        for (int k = 0; k < g.nk; k++) {
            for (int j = 0; j < g.nj; j++) {
                for (int i = 0; i < g.ni; i++) {
                    boolean edge = i == 0 || j == 0 || k == 0 || i == g.ni - 1 || j == g.nj - 1 || k == g.nk - 1;
                    int x = g.index(i, j, k);
                    if (edge || Float.isNaN(g.values[x])) {
                        out[n++] = x;
                    }
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Median of the acquired voxels next to NaN or the grid border: the background of an MR. */
    private static double background(WorkGrid g) {
        float[] edge = new float[g.size()];
        int n = 0;
        for (int k = 0; k < g.nk; k++) {
            for (int j = 0; j < g.nj; j++) {
                for (int i = 0; i < g.ni; i++) {
                    float v = g.values[g.index(i, j, k)];
                    if (!Float.isNaN(v) && nearEdge(g, i, j, k)) {
                        edge[n++] = v;
                    }
                }
            }
        }
        if (n == 0) {
            return 0;
        }
        float[] e = Arrays.copyOf(edge, n);
        Arrays.sort(e);
        return e[n / 2];
    }

    private static boolean nearEdge(WorkGrid g, int i, int j, int k) {
        if (i == 0 || j == 0 || k == 0 || i == g.ni - 1 || j == g.nj - 1 || k == g.nk - 1) {
            return true;
        }
        return Float.isNaN(g.values[g.index(i - 1, j, k)]) || Float.isNaN(g.values[g.index(i + 1, j, k)])
                || Float.isNaN(g.values[g.index(i, j - 1, k)]) || Float.isNaN(g.values[g.index(i, j + 1, k)])
                || Float.isNaN(g.values[g.index(i, j, k - 1)]) || Float.isNaN(g.values[g.index(i, j, k + 1)]);
    }

    static double percentile(float[] values, double q) {
        float[] copy = new float[values.length];
        int n = 0;
        for (float v : values) {
            if (!Float.isNaN(v)) {
                copy[n++] = v;
            }
        }
        if (n == 0) {
            return 0;
        }
        float[] e = Arrays.copyOf(copy, n);
        Arrays.sort(e);
        return e[(int) Math.min(n - 1, Math.round(q * (n - 1)))];
    }
}
