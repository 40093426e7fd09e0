package org.veil.pixel.text;

import java.util.ArrayList;
import java.util.List;

/** 8-connected components of a stroke mask, with their bounding boxes and mean response. */
final class Components {
    private Components() {
    }

    /**
     * One component: bounding box [x0, x1) x [y0, y1), pixel count, summed response, sharpness (the mean luminance
     * step from its edge pixels to the pixels just outside, over its mean response: about 1 for drawn strokes, small
     * for the smooth hills of speckle) and its most extreme luminance (the value text is drawn in).
     */
    record Blob(int x0, int y0, int x1, int y1, int pixels, long response, double sharpness, int extreme, double ink,
                int edges) {
        int width() {
            return x1 - x0;
        }

        int height() {
            return y1 - y0;
        }

        double meanResponse() {
            return (double) response / pixels;
        }

        /** Mean stroke width: area over half the boundary (a stroke of width s and length L has 2L boundary). */
        double strokeWidth() {
            return 2.0 * pixels / Math.max(1, edges);
        }
    }

    /** How far apart the drawn values of glyphs of one line may be. */
    static final int FLAT_TOLERANCE = 24;
    /** How far from the drawn value an ink pixel may be (of 255). */
    static final int INK_TOLERANCE = 8;

    /**
     * @param luminance the image, for flatness
     * @param bright    whether the strokes are brighter than their surroundings (else darker)
     */
    static List<Blob> find(int[] response, int[] luminance, boolean bright, int w, int h, int threshold) {
        boolean[] seen = new boolean[response.length];
        int[] stack = new int[1024];
        int[] members = new int[1024];
        List<Blob> out = new ArrayList<>();
        for (int start = 0; start < response.length; start++) {
            if (seen[start] || response[start] < threshold) {
                continue;
            }
            int top = 0;
            stack[top++] = start;
            seen[start] = true;
            int x0 = w;
            int y0 = h;
            int x1 = 0;
            int y1 = 0;
            int n = 0;
            long sum = 0;
            while (top > 0) {
                int p = stack[--top];
                if (n == members.length) {
                    members = java.util.Arrays.copyOf(members, n * 2);
                }
                members[n] = p;
                int x = p % w;
                int y = p / w;
                x0 = Math.min(x0, x);
                x1 = Math.max(x1, x + 1);
                y0 = Math.min(y0, y);
                y1 = Math.max(y1, y + 1);
                n++;
                sum += response[p];
                for (int dy = -1; dy <= 1; dy++) {
                    int yy = y + dy;
                    if (yy < 0 || yy >= h) {
                        continue;
                    }
                    for (int dx = -1; dx <= 1; dx++) {
                        int xx = x + dx;
                        int q = yy * w + xx;
                        if (xx < 0 || xx >= w || seen[q] || response[q] < threshold) {
                            continue;
                        }
                        seen[q] = true;
                        if (top == stack.length) {
                            stack = java.util.Arrays.copyOf(stack, stack.length * 2);
                        }
                        stack[top++] = q;
                    }
                }
            }
            int extreme = extreme(members, n, luminance, bright);
            double mean = (double) sum / n;
            double[] edge = edgeStep(members, n, response, luminance, w, h, threshold);
            out.add(new Blob(x0, y0, x1, y1, n, sum, edge[0] / mean, extreme, inkShare(members, n, luminance, extreme),
                    (int) edge[1]));
        }
        return out;
    }

    /** The share of the pixels drawn in (about) the extreme value: text is drawn in one value, speckle is not. */
    private static double inkShare(int[] members, int n, int[] luminance, int extreme) {
        int flat = 0;
        for (int i = 0; i < n; i++) {
            flat += Math.abs(luminance[members[i]] - extreme) <= INK_TOLERANCE ? 1 : 0;
        }
        return (double) flat / n;
    }

    private static int extreme(int[] members, int n, int[] luminance, boolean bright) {
        int extreme = bright ? 0 : 255;
        for (int i = 0; i < n; i++) {
            int v = luminance[members[i]];
            extreme = bright ? Math.max(extreme, v) : Math.min(extreme, v);
        }
        return extreme;
    }

    /** The mean step at the component's edge pixels, and how many edge pixels it has. */
    private static double[] edgeStep(int[] members, int n, int[] response, int[] luminance, int w, int h,
                                   int threshold) {
        long steps = 0;
        int edges = 0;
        for (int i = 0; i < n; i++) {
            int p = members[i];
            int x = p % w;
            int y = p / w;
            int best = -1;
            best = step(best, p, x > 0 ? p - 1 : -1, response, luminance, threshold);
            best = step(best, p, x < w - 1 ? p + 1 : -1, response, luminance, threshold);
            best = step(best, p, y > 0 ? p - w : -1, response, luminance, threshold);
            best = step(best, p, y < h - 1 ? p + w : -1, response, luminance, threshold);
            if (best >= 0) {
                steps += best;
                edges++;
            }
        }
        return new double[] {edges == 0 ? 0 : (double) steps / edges, edges};
    }

    private static int step(int best, int p, int q, int[] response, int[] luminance, int threshold) {
        if (q < 0 || response[q] >= threshold) {
            return best;
        }
        return Math.max(best, Math.abs(luminance[p] - luminance[q]));
    }
}
