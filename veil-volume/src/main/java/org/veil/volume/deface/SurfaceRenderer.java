package org.veil.volume.deface;

import java.awt.image.BufferedImage;

/**
 * Renders the skin surface of a {@link WorkGrid} for the human in the loop: orthographic rays from a camera turned by
 * yaw (about the patient's vertical axis; positive towards the patient's left) and pitch (negative: from below), the
 * first crossing of the skin threshold shaded by Lambert lighting from the front-above-left and darkened with depth.
 * One pixel per grid step. With a cut, points on its face side count as air (the defaced result).
 */
final class SurfaceRenderer {
    private SurfaceRenderer() {
    }

    /**
     * The voxels a ray stops at: acquired, at or above the threshold and, with a cut, not removed by it. Computed once
     * per set of views, so that the rays only look up one flag per step.
     */
    static boolean[] solid(WorkGrid g, double threshold, Removal cut) {
        boolean[] s = new boolean[g.size()];
        for (int k = 0; k < g.nk; k++) {
            double z = g.origin[2] + k * g.spacing;
            for (int j = 0; j < g.nj; j++) {
                double y = g.origin[1] + j * g.spacing;
                int row = g.index(0, j, k);
                for (int i = 0; i < g.ni; i++) {
                    float v = g.values[row + i];
                    s[row + i] = v >= threshold && (cut == null || !cut.removes(g.origin[0] + i * g.spacing, y, z));
                }
            }
        }
        return s;
    }

    /** Renders a view of {@code solid} (from {@link #solid}). */
    static BufferedImage render(WorkGrid g, boolean[] solid, double yawDeg, double pitchDeg) {
        double t = Math.toRadians(yawDeg);
        double f = Math.toRadians(-pitchDeg);
        double[] d = rotate(new double[] {0, Math.cos(f), Math.sin(f)}, t);
        double[] u = rotate(new double[] {1, 0, 0}, t);
        double[] v = rotate(new double[] {0, Math.sin(f), -Math.cos(f)}, t);
        double[] c = {g.origin[0] + (g.ni - 1) * g.spacing / 2, g.origin[1] + (g.nj - 1) * g.spacing / 2,
                g.origin[2] + (g.nk - 1) * g.spacing / 2};
        double half = Math.sqrt(g.ni * g.ni + g.nj * g.nj + g.nk * g.nk) * g.spacing / 2;
        int size = (int) (2 * half / g.spacing) + 1;
        float[] depth = new float[size * size];
        for (int py = 0; py < size; py++) {
            for (int px = 0; px < size; px++) {
                double su = (px - size / 2.0) * g.spacing;
                double sv = (py - size / 2.0) * g.spacing;
                double[] start = {c[0] + u[0] * su + v[0] * sv - d[0] * half, c[1] + u[1] * su + v[1] * sv
                        - d[1] * half, c[2] + u[2] * su + v[2] * sv - d[2] * half};
                depth[px + size * py] = march(g, solid, start, d, 2 * half);
            }
        }
        return shade(depth, size, g.spacing);
    }

    private static double[] rotate(double[] p, double yaw) {
        return new double[] {p[0] * Math.cos(yaw) - p[1] * Math.sin(yaw), p[0] * Math.sin(yaw) + p[1] * Math.cos(yaw),
                p[2]};
    }

    /** The distance along the ray to the first solid voxel (nearest neighbour), NaN when there is none. */
    private static float march(WorkGrid g, boolean[] solid, double[] start, double[] d, double length) {
        double[] range = {0, length};
        int[] n = {g.ni, g.nj, g.nk};
        for (int a = 0; a < 3 && range[0] <= range[1]; a++) {
            clip(range, start[a], d[a], g.origin[a] - g.spacing / 2, g.origin[a] + (n[a] - 0.5) * g.spacing);
        }
        double step = g.spacing * 0.5;
        double first = Math.ceil(range[0] / step) * step;
        for (double s = first; s <= range[1]; s += step) {
            int i = (int) ((start[0] + d[0] * s - g.origin[0]) / g.spacing + 0.5);
            int j = (int) ((start[1] + d[1] * s - g.origin[1]) / g.spacing + 0.5);
            int k = (int) ((start[2] + d[2] * s - g.origin[2]) / g.spacing + 0.5);
            if (i >= 0 && j >= 0 && k >= 0 && i < g.ni && j < g.nj && k < g.nk && solid[i + g.ni * (j + g.nj * k)]) {
                return (float) s;
            }
        }
        return Float.NaN;
    }

    /** Narrows {@code range} (ray parameters) to where {@code p + s * d} lies between lo and hi on one axis. */
    private static void clip(double[] range, double p, double d, double lo, double hi) {
        if (Math.abs(d) < 1e-12) {
            if (p < lo || p > hi) {
                range[0] = 1;
                range[1] = 0;
            }
            return;
        }
        double a = (lo - p) / d;
        double b = (hi - p) / d;
        range[0] = Math.max(range[0], Math.min(a, b));
        range[1] = Math.min(range[1], Math.max(a, b));
    }

    private static BufferedImage shade(float[] depth, int size, double spacing) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
        float near = Float.MAX_VALUE;
        for (float z : depth) {
            if (!Float.isNaN(z)) {
                near = Math.min(near, z);
            }
        }
        double[] light = {-0.4, -0.45, 0.8};
        double ln = Math.sqrt(light[0] * light[0] + light[1] * light[1] + light[2] * light[2]);
        for (int y = 1; y < size - 1; y++) {
            for (int x = 1; x < size - 1; x++) {
                float z = depth[x + size * y];
                if (Float.isNaN(z)) {
                    continue;
                }
                double gx = slope(depth, size, x, y, 1, 0) / spacing;
                double gy = slope(depth, size, x, y, 0, 1) / spacing;
                double nz = 1 / Math.sqrt(gx * gx + gy * gy + 1);
                double lam = Math.max(0, (-gx * light[0] - gy * light[1] + light[2]) * nz / ln);
                double fade = Math.max(0.3, 1 - (z - near) / 200.0);
                int grey = (int) Math.min(255, 255 * (0.15 + 0.85 * lam) * fade);
                img.getRaster().setSample(x, y, 0, grey);
            }
        }
        return img;
    }

    private static double slope(float[] depth, int size, int x, int y, int dx, int dy) {
        float a = depth[(x - dx) + size * (y - dy)];
        float b = depth[(x + dx) + size * (y + dy)];
        float m = depth[x + size * y];
        if (Float.isNaN(a) && Float.isNaN(b)) {
            return 0;
        }
        if (Float.isNaN(a)) {
            return b - m;
        }
        if (Float.isNaN(b)) {
            return m - a;
        }
        return (b - a) / 2;
    }
}
