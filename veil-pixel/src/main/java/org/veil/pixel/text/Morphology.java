package org.veil.pixel.text;

/**
 * Gray-scale erosion and dilation with a square window, separable, in constant time per pixel (van Herk / Gil-Werman
 * block prefix and suffix extrema). Values are 0..255 in {@code int[]} images of width {@code w}.
 */
final class Morphology {
    private Morphology() {
    }

    static int[] erode(int[] img, int w, int h, int k) {
        return pass(pass(img, w, h, k, false, true), w, h, k, false, false);
    }

    static int[] dilate(int[] img, int w, int h, int k) {
        return pass(pass(img, w, h, k, true, true), w, h, k, true, false);
    }

    /** One 1-D pass along rows ({@code horizontal}) or columns; the window is centred, edges replicate. */
    private static int[] pass(int[] src, int w, int h, int k, boolean max, boolean horizontal) {
        int len = horizontal ? w : h;
        int lines = horizontal ? h : w;
        int step = horizontal ? 1 : w;
        int r = k / 2;
        int padded = len + 2 * r;
        int[] line = new int[padded];
        int[] g = new int[padded];
        int[] s = new int[padded];
        int[] out = new int[src.length];
        for (int l = 0; l < lines; l++) {
            int base = horizontal ? l * w : l;
            for (int i = 0; i < padded; i++) {
                int j = Math.min(len - 1, Math.max(0, i - r));
                line[i] = src[base + j * step];
            }
            for (int i = 0; i < padded; i++) {
                g[i] = i % k == 0 ? line[i] : pick(g[i - 1], line[i], max);
            }
            for (int i = padded - 1; i >= 0; i--) {
                s[i] = i == padded - 1 || (i + 1) % k == 0 ? line[i] : pick(s[i + 1], line[i], max);
            }
            for (int i = 0; i < len; i++) {
                int a = i;
                int b = i + 2 * r;
                out[base + i * step] = pick(s[a], g[b], max);
            }
        }
        return out;
    }

    private static int pick(int a, int b, boolean max) {
        return max ? Math.max(a, b) : Math.min(a, b);
    }
}
