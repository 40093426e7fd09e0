package org.veil.pixel.text;

/**
 * Gray-scale erosion and dilation with a square window, separable, in constant time per pixel (van Herk / Gil-Werman
 * block prefix and suffix extrema). Values are 0..255 in {@code int[]} images of width {@code w}. The column pass
 * works on whole rows at a time, so it reads memory in order.
 */
final class Morphology {
    private Morphology() {
    }

    static int[] erode(int[] img, int w, int h, int k) {
        return columns(rows(img, w, h, k, false), w, h, k, false);
    }

    static int[] dilate(int[] img, int w, int h, int k) {
        return columns(rows(img, w, h, k, true), w, h, k, true);
    }

    /** The 1-D pass along each row; the window is centred, edges replicate. */
    private static int[] rows(int[] src, int w, int h, int k, boolean max) {
        int r = k / 2;
        int padded = w + 2 * r;
        int[] line = new int[padded];
        int[] g = new int[padded];
        int[] s = new int[padded];
        int[] out = new int[src.length];
        for (int y = 0; y < h; y++) {
            int base = y * w;
            java.util.Arrays.fill(line, 0, r, src[base]);
            System.arraycopy(src, base, line, r, w);
            java.util.Arrays.fill(line, r + w, padded, src[base + w - 1]);
            blocks(line, g, s, padded, k, max);
            for (int i = 0; i < w; i++) {
                out[base + i] = max ? Math.max(s[i], g[i + 2 * r]) : Math.min(s[i], g[i + 2 * r]);
            }
        }
        return out;
    }

    /** Block prefix extrema {@code g} and suffix extrema {@code s} of {@code line}, blocks of {@code k}. */
    private static void blocks(int[] line, int[] g, int[] s, int n, int k, boolean max) {
        for (int start = 0; start < n; start += k) {
            int end = Math.min(n, start + k);
            int acc = line[start];
            g[start] = acc;
            for (int i = start + 1; i < end; i++) {
                acc = max ? Math.max(acc, line[i]) : Math.min(acc, line[i]);
                g[i] = acc;
            }
            acc = line[end - 1];
            s[end - 1] = acc;
            for (int i = end - 2; i >= start; i--) {
                acc = max ? Math.max(acc, line[i]) : Math.min(acc, line[i]);
                s[i] = acc;
            }
        }
    }

    /** The 1-D pass along each column, done row by row over padded row indices; edges replicate. */
    private static int[] columns(int[] src, int w, int h, int k, boolean max) {
        int r = k / 2;
        int padded = h + 2 * r;
        int[] g = new int[padded * w];
        int[] s = new int[padded * w];
        for (int start = 0; start < padded; start += k) {
            int end = Math.min(padded, start + k);
            System.arraycopy(src, row(start, r, h) * w, g, start * w, w);
            for (int i = start + 1; i < end; i++) {
                combine(g, (i - 1) * w, src, row(i, r, h) * w, g, i * w, w, max);
            }
            System.arraycopy(src, row(end - 1, r, h) * w, s, (end - 1) * w, w);
            for (int i = end - 2; i >= start; i--) {
                combine(s, (i + 1) * w, src, row(i, r, h) * w, s, i * w, w, max);
            }
        }
        int[] out = new int[src.length];
        for (int y = 0; y < h; y++) {
            combine(s, y * w, g, (y + 2 * r) * w, out, y * w, w, max);
        }
        return out;
    }

    private static int row(int padded, int r, int h) {
        return Math.min(h - 1, Math.max(0, padded - r));
    }

    private static void combine(int[] a, int ao, int[] b, int bo, int[] out, int oo, int n, boolean max) {
        if (max) {
            for (int x = 0; x < n; x++) {
                out[oo + x] = Math.max(a[ao + x], b[bo + x]);
            }
        } else {
            for (int x = 0; x < n; x++) {
                out[oo + x] = Math.min(a[ao + x], b[bo + x]);
            }
        }
    }
}
