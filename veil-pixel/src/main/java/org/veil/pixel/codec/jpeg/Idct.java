package org.veil.pixel.codec.jpeg;

/**
 * Dequantization and inverse DCT of one 8x8 block (T.81 A.3.3), computed as two passes of the exact 1-D transform
 * in {@code float} (no fast-DCT approximation). Rounding: each output is {@code floor(f + 2^(P-1) + 0.5)} (round
 * half up after the level shift), then clamped to {@code [0, 2^P - 1]}. Rows and columns whose AC terms are all zero
 * take a shortcut that gives the same result.
 */
final class Idct {
    /** BASIS[x * 8 + u] = C(u) / 2 * cos((2x + 1) u pi / 16), with C(0) = 1 / sqrt(2) and C(u) = 1 otherwise. */
    private static final float[] BASIS = basis();

    private final float[] rows = new float[64];

    private static float[] basis() {
        float[] b = new float[64];
        for (int x = 0; x < 8; x++) {
            for (int u = 0; u < 8; u++) {
                double c = u == 0 ? Math.sqrt(0.5) : 1.0;
                b[x * 8 + u] = (float) (c / 2 * Math.cos((2 * x + 1) * u * Math.PI / 16));
            }
        }
        return b;
    }

    /**
     * Reconstructs the block at coef[off..off+63] (natural order) into out, writing only the first w columns and h
     * rows (to crop the padding at the right and bottom edges).
     */
    void transform(short[] coef, int off, int[] quant, int precision, short[] out, int outOff, int stride, int w,
                   int h) {
        float[] g = rows;
        for (int v = 0; v < 8; v++) {
            rowPass(coef, off + v * 8, quant, v * 8, g);
        }
        float shift = (1 << (precision - 1)) + 0.5f;
        int max = (1 << precision) - 1;
        for (int y = 0; y < h; y++) {
            int base = y * 8;
            int o = outOff + y * stride;
            for (int x = 0; x < w; x++) {
                float f = BASIS[base] * g[x] + BASIS[base + 1] * g[8 + x] + BASIS[base + 2] * g[16 + x]
                        + BASIS[base + 3] * g[24 + x] + BASIS[base + 4] * g[32 + x] + BASIS[base + 5] * g[40 + x]
                        + BASIS[base + 6] * g[48 + x] + BASIS[base + 7] * g[56 + x];
                float r = f + shift;
                int s = r <= 0 ? 0 : (int) r;
                out[o + x] = (short) (s > max ? max : s);
            }
        }
    }

    /** g[gOff + x] = sum over u of BASIS[x][u] * F(v, u) * Q(v, u) for one coefficient row v. */
    private static void rowPass(short[] coef, int c, int[] quant, int q, float[] g) {
        boolean acZero = true;
        for (int u = 1; u < 8; u++) {
            if (coef[c + u] != 0) {
                acZero = false;
                break;
            }
        }
        float f0 = coef[c] * quant[q];
        if (acZero) {
            float d = f0 * BASIS[0];
            for (int x = 0; x < 8; x++) {
                g[q + x] = d;
            }
            return;
        }
        float f1 = coef[c + 1] * quant[q + 1];
        float f2 = coef[c + 2] * quant[q + 2];
        float f3 = coef[c + 3] * quant[q + 3];
        float f4 = coef[c + 4] * quant[q + 4];
        float f5 = coef[c + 5] * quant[q + 5];
        float f6 = coef[c + 6] * quant[q + 6];
        float f7 = coef[c + 7] * quant[q + 7];
        for (int x = 0; x < 8; x++) {
            int b = x * 8;
            g[q + x] = BASIS[b] * f0 + BASIS[b + 1] * f1 + BASIS[b + 2] * f2 + BASIS[b + 3] * f3 + BASIS[b + 4] * f4
                    + BASIS[b + 5] * f5 + BASIS[b + 6] * f6 + BASIS[b + 7] * f7;
        }
    }
}
