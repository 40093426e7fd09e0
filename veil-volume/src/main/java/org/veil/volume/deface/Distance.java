package org.veil.volume.deface;

/**
 * Exact Euclidean distance transform on a {@link WorkGrid}-shaped boolean grid (separable lower-envelope method):
 * for every voxel, the distance in millimetres to the nearest voxel that is not in the set (0 outside the set).
 */
final class Distance {
    private Distance() {
    }

    /** What lies beyond the grid. */
    enum Edge {
        /** beyond the grid counts as unset */
        UNSET,
        /** beyond the grid counts as set (distances are to unset voxels inside the grid only) */
        SET
    }

    /** Distance (mm) of each set voxel to the nearest unset voxel; voxels beyond the grid count as unset. */
    static float[] toOutside(boolean[] in, int ni, int nj, int nk, double spacing) {
        return toOutside(in, ni, nj, nk, spacing, Edge.UNSET);
    }

    /** Distance (mm) of each set voxel to the nearest unset voxel. */
    static float[] toOutside(boolean[] in, int ni, int nj, int nk, double spacing, Edge edge) {
        float inf = (float) (ni * ni + nj * nj + nk * nk) * 4f + 16f;
        float[] d = new float[in.length];
        for (int x = 0; x < in.length; x++) {
            d[x] = in[x] ? inf : 0f;
        }
        int n = Math.max(ni, Math.max(nj, nk)) + 2;
        float[] f = new float[n];
        float[] out = new float[n];
        int[] v = new int[n];
        float[] z = new float[n + 1];
        float pad = edge == Edge.UNSET ? 0f : inf;
        pass(d, ni, 1, nj * nk, (line) -> lineStart(line, ni, nj, 0), f, out, v, z, pad);
        pass(d, nj, ni, ni * nk, (line) -> lineStart(line, ni, nj, 1), f, out, v, z, pad);
        pass(d, nk, ni * nj, ni * nj, (line) -> lineStart(line, ni, nj, 2), f, out, v, z, pad);
        for (int x = 0; x < d.length; x++) {
            d[x] = (float) (Math.sqrt(d[x]) * spacing);
        }
        return d;
    }

    private static int lineStart(int line, int ni, int nj, int axis) {
        if (axis == 0) {
            return line * ni;
        }
        if (axis == 1) {
            return line % ni + line / ni * ni * nj;
        }
        return line;
    }

    private interface Start {
        int of(int line);
    }

    private static void pass(float[] d, int len, int stride, int lines, Start start, float[] f, float[] out, int[] v,
                             float[] z, float pad) {
        for (int line = 0; line < lines; line++) {
            int s = start.of(line);
            // padded by one unset cell at each end, so the grid border counts as outside
            f[0] = pad;
            for (int q = 0; q < len; q++) {
                f[q + 1] = d[s + q * stride];
            }
            f[len + 1] = pad;
            envelope(f, len + 2, out, v, z);
            for (int q = 0; q < len; q++) {
                d[s + q * stride] = out[q + 1];
            }
        }
    }

    private static float meet(float[] f, int q, int p) {
        return ((f[q] + (float) q * q) - (f[p] + (float) p * p)) / (2f * q - 2f * p);
    }

    /** 1-D squared distance transform of sampled function f (Felzenszwalb and Huttenlocher). */
    private static void envelope(float[] f, int n, float[] out, int[] v, float[] z) {
        int k = 0;
        v[0] = 0;
        z[0] = Float.NEGATIVE_INFINITY;
        z[1] = Float.POSITIVE_INFINITY;
        for (int q = 1; q < n; q++) {
            float s = meet(f, q, v[k]);
            while (s <= z[k]) {
                k--;
                s = meet(f, q, v[k]);
            }
            k++;
            v[k] = q;
            z[k] = s;
            z[k + 1] = Float.POSITIVE_INFINITY;
        }
        k = 0;
        for (int q = 0; q < n; q++) {
            while (z[k + 1] < q) {
                k++;
            }
            float dq = q - v[k];
            out[q] = dq * dq + f[v[k]];
        }
    }
}
