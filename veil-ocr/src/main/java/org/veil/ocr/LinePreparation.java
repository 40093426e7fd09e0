package org.veil.ocr;

import org.veil.pixel.frame.Rect;
import org.veil.pixel.text.GrayImage;
import org.veil.pixel.text.InkMask;

/**
 * Makes a text box easy for Tesseract. Normally from its ink ({@link InkMask}: the pixels drawn in the text's value,
 * cleared of what touches the box's border and of specks), black on white, cut to the ink with a margin and enlarged
 * by a whole factor with nearest neighbours (burned-in fonts are not anti-aliased: every source pixel becomes a clean
 * block), optionally smoothed. A box without ink left is binarized with Otsu's threshold instead (dark text on white,
 * the background being the class the border mostly belongs to), cleared of ink touching the border, enlarged
 * (bilinear) to about 48 pixels high and given a white margin.
 */
final class LinePreparation {
    private static final int TARGET_HEIGHT = 48;
    private static final int MARGIN = 12;
    private static final int MAX_SCALE = 6;

    /**
     * One way to prepare a line.
     *
     * @param textHeight height the text is enlarged to (at least), pixels
     * @param smooth     whether the enlarged blocks are smoothed (a box blur of half the factor)
     */
    record Style(int textHeight, boolean smooth) {
    }

    private LinePreparation() {
    }

    static GrayImage prepare(GrayImage crop, Style style) {
        InkMask ink = InkMask.of(crop);
        Rect b = ink.area();
        if (b == null) {
            return prepare(crop, TARGET_HEIGHT);
        }
        int scale = Math.max(1, Math.min(MAX_SCALE, (int) Math.ceil((double) style.textHeight() / ink.textHeight())));
        int margin = Math.max(MARGIN, ink.textHeight() * scale / 2);
        int w = b.width() * scale + 2 * margin;
        int h = b.height() * scale + 2 * margin;
        byte[] out = new byte[w * h];
        java.util.Arrays.fill(out, (byte) 255);
        for (int y = 0; y < b.height() * scale; y++) {
            for (int x = 0; x < b.width() * scale; x++) {
                if (ink.ink(b.x() + x / scale, b.y() + y / scale)) {
                    out[(margin + y) * w + margin + x] = 0;
                }
            }
        }
        GrayImage g = new GrayImage(w, h, out);
        return style.smooth() && scale > 1 ? boxBlur(g, scale / 2) : g;
    }

    /** Mean over a (2r+1)-square window, clipped at the edges: rounds the corners of enlarged blocks. */
    static GrayImage boxBlur(GrayImage g, int r) {
        int w = g.width();
        int h = g.height();
        int[] rows = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int s = 0;
                for (int xx = Math.max(0, x - r); xx <= Math.min(w - 1, x + r); xx++) {
                    s += g.get(xx, y);
                }
                rows[y * w + x] = s / (Math.min(w - 1, x + r) - Math.max(0, x - r) + 1);
            }
        }
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int s = 0;
                for (int yy = Math.max(0, y - r); yy <= Math.min(h - 1, y + r); yy++) {
                    s += rows[yy * w + x];
                }
                out[y * w + x] = (byte) (s / (Math.min(h - 1, y + r) - Math.max(0, y - r) + 1));
            }
        }
        return new GrayImage(w, h, out);
    }

    static GrayImage prepare(GrayImage crop, int targetHeight) {
        int t = otsu(crop);
        boolean brightText = borderMean(crop) <= t;
        double scale = Math.max(1, Math.min(6, (double) targetHeight / crop.height()));
        int cw = crop.width();
        int ch = crop.height();
        boolean[] on = new boolean[cw * ch];
        for (int y = 0; y < ch; y++) {
            for (int x = 0; x < cw; x++) {
                on[y * cw + x] = brightText ? crop.get(x, y) > t : crop.get(x, y) <= t;
            }
        }
        InkMask.clearBorder(on, cw, ch);
        float[] ink = new float[cw * ch];
        for (int i = 0; i < ink.length; i++) {
            ink[i] = on[i] ? 0 : 255;
        }
        int sw = (int) Math.round(cw * scale);
        int sh = (int) Math.round(ch * scale);
        int w = sw + 2 * MARGIN;
        int h = sh + 2 * MARGIN;
        byte[] out = new byte[w * h];
        java.util.Arrays.fill(out, (byte) 255);
        for (int y = 0; y < sh; y++) {
            double fy = Math.max(0, Math.min(ch - 1, (y + 0.5) / scale - 0.5));
            int y0 = (int) fy;
            int y1 = Math.min(ch - 1, y0 + 1);
            double wy = fy - y0;
            for (int x = 0; x < sw; x++) {
                double fx = Math.max(0, Math.min(cw - 1, (x + 0.5) / scale - 0.5));
                int x0 = (int) fx;
                int x1 = Math.min(cw - 1, x0 + 1);
                double wx = fx - x0;
                double v = (1 - wy) * ((1 - wx) * ink[y0 * cw + x0] + wx * ink[y0 * cw + x1])
                        + wy * ((1 - wx) * ink[y1 * cw + x0] + wx * ink[y1 * cw + x1]);
                out[(MARGIN + y) * w + MARGIN + x] = (byte) (int) Math.round(v);
            }
        }
        return new GrayImage(w, h, out);
    }

    static int otsu(GrayImage g) {
        int[] hist = new int[256];
        for (byte b : g.pixels()) {
            hist[b & 0xFF]++;
        }
        int n = g.pixels().length;
        double sum = 0;
        for (int i = 0; i < 256; i++) {
            sum += (double) i * hist[i];
        }
        double sumB = 0;
        int wB = 0;
        double best = -1;
        int threshold = 127;
        for (int i = 0; i < 256; i++) {
            wB += hist[i];
            if (wB == 0 || wB == n) {
                continue;
            }
            sumB += (double) i * hist[i];
            double mB = sumB / wB;
            double mF = (sum - sumB) / (n - wB);
            double between = (double) wB * (n - wB) * (mB - mF) * (mB - mF);
            if (between > best) {
                best = between;
                threshold = i;
            }
        }
        return threshold;
    }

    private static double borderMean(GrayImage g) {
        long s = 0;
        int n = 0;
        for (int x = 0; x < g.width(); x++) {
            s += g.get(x, 0) + g.get(x, g.height() - 1);
            n += 2;
        }
        for (int y = 0; y < g.height(); y++) {
            s += g.get(0, y) + g.get(g.width() - 1, y);
            n += 2;
        }
        return (double) s / n;
    }
}
