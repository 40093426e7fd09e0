package org.veil.pixel.codec.jpeg;

import java.util.List;

/** Full-range YCbCr to RGB (see {@link ColorTransform#YCBCR_TO_RGB}). */
final class YCbCrConverter {
    private YCbCrConverter() {
    }

    static RasterImage toRgb(RasterImage ycc) {
        if (ycc.components().size() != 3) {
            throw new IllegalArgumentException("YCbCr to RGB needs 3 components, image has "
                    + ycc.components().size());
        }
        short[] y = ycc.components().get(0).samples();
        short[] cb = ycc.components().get(1).samples();
        short[] cr = ycc.components().get(2).samples();
        int n = y.length;
        short[] r = new short[n];
        short[] g = new short[n];
        short[] b = new short[n];
        int half = 1 << (ycc.precision() - 1);
        int max = (1 << ycc.precision()) - 1;
        for (int i = 0; i < n; i++) {
            double l = (y[i] & 0xFFFF) + 0.5;
            int u = (cb[i] & 0xFFFF) - half;
            int v = (cr[i] & 0xFFFF) - half;
            r[i] = clamp(l + 1.402 * v, max);
            g[i] = clamp(l - 0.344136 * u - 0.714136 * v, max);
            b[i] = clamp(l + 1.772 * u, max);
        }
        int w = ycc.width();
        int h = ycc.height();
        return new RasterImage(w, h, ycc.precision(), List.of(new Plane(w, h, r), new Plane(w, h, g),
                new Plane(w, h, b)));
    }

    /** floor of a value that already includes the +0.5 for rounding, clamped to [0, max]. */
    private static short clamp(double rounded, int max) {
        int s = (int) Math.floor(rounded);
        return (short) (s < 0 ? 0 : Math.min(s, max));
    }
}
