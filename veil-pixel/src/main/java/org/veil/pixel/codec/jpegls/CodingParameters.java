package org.veil.pixel.codec.jpegls;

/**
 * The values derived from the frame and scan headers that drive the coding of one scan (T.87 A.2.1): MAXVAL, NEAR,
 * RANGE, qbpp, LIMIT, the thresholds and RESET, and the gradient quantization table.
 */
final class CodingParameters {
    final int maxVal;
    final int near;
    final int range;
    final int qbpp;
    final int limit;
    final int reset;
    final int step;
    private final byte[] quantized;
    private final int quantizedOffset;

    CodingParameters(int precision, int near, PresetParameters presets) {
        PresetParameters p = presets.resolve(precision, near);
        this.maxVal = p.maxVal();
        this.near = near;
        this.step = 2 * near + 1;
        this.range = (maxVal + 2 * near) / step + 1;
        this.qbpp = ceilLog2(range);
        int bpp = Math.max(2, ceilLog2(maxVal + 1));
        this.limit = 2 * (bpp + Math.max(8, bpp));
        this.reset = p.reset();
        this.quantizedOffset = maxVal;
        this.quantized = new byte[2 * maxVal + 1];
        for (int d = -maxVal; d <= maxVal; d++) {
            quantized[d + maxVal] = (byte) quantize(d, p.t1(), p.t2(), p.t3(), near);
        }
    }

    /** The quantized gradient -4..4 of a difference of two reconstructed samples. */
    int q(int difference) {
        return quantized[difference + quantizedOffset];
    }

    private static int quantize(int d, int t1, int t2, int t3, int near) {
        if (d <= -t3) {
            return -4;
        } else if (d <= -t2) {
            return -3;
        } else if (d <= -t1) {
            return -2;
        } else if (d < -near) {
            return -1;
        } else if (d <= near) {
            return 0;
        } else if (d < t1) {
            return 1;
        } else if (d < t2) {
            return 2;
        } else if (d < t3) {
            return 3;
        }
        return 4;
    }

    /** Errval reduced to the range -RANGE/2 .. RANGE/2 after quantization (T.87 A.4.4 and A.4.5). */
    int reduce(int errval) {
        int e = errval;
        if (near > 0) {
            e = e > 0 ? (e + near) / step : -((near - e) / step);
        }
        if (e < 0) {
            e += range;
        }
        if (e >= (range + 1) / 2) {
            e -= range;
        }
        return e;
    }

    /** The reconstructed sample for a prediction and a (signed) reduced error (T.87 A.4.5, A.5). */
    int reconstruct(int predicted, int errval) {
        int rx = predicted + errval * step;
        if (rx < -near) {
            rx += range * step;
        } else if (rx > maxVal + near) {
            rx -= range * step;
        }
        return rx < 0 ? 0 : Math.min(rx, maxVal);
    }

    /** The prediction corrected by a bias and clamped to 0..MAXVAL. */
    int clampPrediction(int p) {
        return p < 0 ? 0 : Math.min(p, maxVal);
    }

    private static int ceilLog2(int n) {
        return 32 - Integer.numberOfLeadingZeros(n - 1);
    }
}
