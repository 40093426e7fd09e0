package org.veil.pixel.text;

import java.util.ArrayList;
import java.util.List;
import org.veil.pixel.frame.Rect;

/**
 * The pixels of a box drawn in its text's value: burned-in text is drawn in one value (the brightest of the box for
 * bright text, the darkest for dark text), so the pixels within a tolerance of that value are the strokes, and
 * speckle, gradients, colour flow and label fills, which are not, fall away. Components touching the box's border
 * (label edges, neighbouring structures: the box is padded around its glyphs) are cleared; specks far smaller than
 * the tallest component (speckle grains at the text's value) are left out of what OCR reads, unless they sit in the
 * lower part of the text's band after its first glyph (the dot of {@code MI 0.8}, a colon, a comma).
 */
public final class InkMask {
    /** Luminance steps (of 255) a stroke pixel may differ from the drawn value (rounding, lossless stretch). */
    private static final int TOLERANCE = 8;
    /** Share of the text's contrast a stroke pixel may differ from the drawn value (anti-aliased cores). */
    private static final double CONTRAST_SHARE = 0.25;
    /** A component smaller than this share of the tallest one, both ways, is a speck. */
    private static final double SPECK = 0.3;

    private final int width;
    private final int height;
    private final boolean[] on;
    /** Ink pixels left, and the tallest component's height. */
    private final int pixels;
    private final int textHeight;

    private InkMask(int width, int height, boolean[] on, int pixels, int textHeight) {
        this.width = width;
        this.height = height;
        this.on = on;
        this.pixels = pixels;
        this.textHeight = textHeight;
    }

    /** The better of the two polarities: the one whose drawn value leaves more ink after clearing. */
    public static InkMask of(GrayImage crop) {
        InkMask bright = of(crop, true);
        InkMask dark = of(crop, false);
        return dark.pixels > bright.pixels ? dark : bright;
    }

    static InkMask of(GrayImage crop, boolean bright) {
        int w = crop.width();
        int h = crop.height();
        int extreme = extreme(crop, bright);
        int median = median(crop);
        int tolerance = Math.max(TOLERANCE, (int) (CONTRAST_SHARE * Math.abs(extreme - median)));
        boolean[] on = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                on[y * w + x] = Math.abs(crop.get(x, y) - extreme) <= tolerance;
            }
        }
        clearBorder(on, w, h);
        List<int[]> comps = components(on, w, h);
        int tallest = 0;
        for (int[] c : comps) {
            tallest = Math.max(tallest, c[4] - c[2]);
        }
        int[] text = {w, h, 0, 0};
        for (int[] c : comps) {
            if (!speck(c, tallest)) {
                text = new int[] {Math.min(text[0], c[1]), Math.min(text[1], c[2]), Math.max(text[2], c[3]),
                    Math.max(text[3], c[4])};
            }
        }
        int pixels = 0;
        for (int[] c : comps) {
            boolean beside = 10 * (c[2] + c[4]) >= 10 * text[1] + 6 * (text[3] - text[1]) && c[4] <= text[3]
                    && c[1] >= text[0] && c[3] <= text[2] + tallest / 2;
            if (speck(c, tallest) && !beside) {
                clear(on, w, c);
            } else {
                pixels += c[0];
            }
        }
        return new InkMask(w, h, on, pixels, tallest);
    }

    /**
     * Clears the components of {@code on} (a {@code w} x {@code h} mask) that touch its border: a box is padded
     * around its glyphs, so ink touching the border is a label's edge or a neighbouring structure.
     */
    public static void clearBorder(boolean[] on, int w, int h) {
        for (int x = 0; x < w; x++) {
            clearFrom(on, w, x);
            clearFrom(on, w, (h - 1) * w + x);
        }
        for (int y = 0; y < h; y++) {
            clearFrom(on, w, y * w);
            clearFrom(on, w, y * w + w - 1);
        }
    }

    /** Far smaller than the tallest component both ways: a speckle grain, or a dot or comma of the text. */
    private static boolean speck(int[] c, int tallest) {
        return c[3] - c[1] < SPECK * tallest && c[4] - c[2] < SPECK * tallest;
    }

    /** The brightest (or darkest) value away from the border, where a box's glyphs are. */
    private static int extreme(GrayImage g, boolean bright) {
        int best = bright ? 0 : 255;
        int mx = g.width() > 4 ? 1 : 0;
        int my = g.height() > 4 ? 1 : 0;
        for (int y = my; y < g.height() - my; y++) {
            for (int x = mx; x < g.width() - mx; x++) {
                int v = g.get(x, y);
                best = bright ? Math.max(best, v) : Math.min(best, v);
            }
        }
        return best;
    }

    private static int median(GrayImage g) {
        int[] hist = new int[256];
        for (byte b : g.pixels()) {
            hist[b & 0xFF]++;
        }
        int half = g.pixels().length / 2;
        int seen = 0;
        for (int v = 0; v < 256; v++) {
            seen += hist[v];
            if (seen > half) {
                return v;
            }
        }
        return 255;
    }

    /** 8-connected components: {pixels, x0, y0, x1, y1, first pixel}, bounds exclusive at the end. */
    private static List<int[]> components(boolean[] on, int w, int h) {
        boolean[] seen = new boolean[on.length];
        int[] stack = new int[on.length];
        List<int[]> out = new ArrayList<>();
        for (int start = 0; start < on.length; start++) {
            if (!on[start] || seen[start]) {
                continue;
            }
            int top = 0;
            stack[top++] = start;
            seen[start] = true;
            int[] c = {0, w, h, 0, 0, start};
            while (top > 0) {
                int p = stack[--top];
                int x = p % w;
                int y = p / w;
                c[0]++;
                c[1] = Math.min(c[1], x);
                c[2] = Math.min(c[2], y);
                c[3] = Math.max(c[3], x + 1);
                c[4] = Math.max(c[4], y + 1);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int xx = x + dx;
                        int yy = y + dy;
                        int q = yy * w + xx;
                        if (xx >= 0 && yy >= 0 && xx < w && yy < h && on[q] && !seen[q]) {
                            seen[q] = true;
                            stack[top++] = q;
                        }
                    }
                }
            }
            out.add(c);
        }
        return out;
    }

    private static void clear(boolean[] on, int w, int[] c) {
        clearFrom(on, w, c[5]);
    }

    /** Clears the component holding pixel {@code start} (nothing when it is not ink). */
    private static void clearFrom(boolean[] on, int w, int start) {
        if (!on[start]) {
            return;
        }
        int[] stack = new int[on.length];
        int top = 0;
        stack[top++] = start;
        on[start] = false;
        while (top > 0) {
            int p = stack[--top];
            int x = p % w;
            int y = p / w;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int xx = x + dx;
                    int yy = y + dy;
                    int q = yy * w + xx;
                    if (xx >= 0 && yy >= 0 && xx < w && q < on.length && on[q]) {
                        on[q] = false;
                        stack[top++] = q;
                    }
                }
            }
        }
    }

    /** Whether (x, y) of the box is ink. */
    public boolean ink(int x, int y) {
        return on[y * width + x];
    }

    /** Height of the tallest ink component (the text's height). */
    public int textHeight() {
        return textHeight;
    }

    /** The ink's bounds in the box, or null when there is none. */
    public Rect area() {
        int[] b = bounds();
        return b == null ? null : new Rect(b[0], b[1], b[2] - b[0], b[3] - b[1]);
    }

    /** Bounds {x0, y0, x1, y1} of the ink left, or null when there is none. */
    private int[] bounds() {
        int x0 = width;
        int y0 = height;
        int x1 = -1;
        int y1 = -1;
        for (int i = 0; i < on.length; i++) {
            if (on[i]) {
                x0 = Math.min(x0, i % width);
                x1 = Math.max(x1, i % width + 1);
                y0 = Math.min(y0, i / width);
                y1 = Math.max(y1, i / width + 1);
            }
        }
        return x1 < 0 ? null : new int[] {x0, y0, x1, y1};
    }
}
