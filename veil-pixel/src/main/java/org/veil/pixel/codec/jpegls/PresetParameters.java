package org.veil.pixel.codec.jpegls;

/**
 * JPEG-LS preset coding parameters (T.87 C.2.4.1.1, the LSE marker segment with ID 1). A zero field means "the
 * default", as in the marker segment.
 *
 * @param maxVal largest sample value, 0 for 2^P - 1
 * @param t1     first gradient threshold, 0 for the default
 * @param t2     second gradient threshold, 0 for the default
 * @param t3     third gradient threshold, 0 for the default
 * @param reset  context counter halving interval, 0 for 64
 */
public record PresetParameters(int maxVal, int t1, int t2, int t3, int reset) {
    private static final int BASIC_T1 = 3;
    private static final int BASIC_T2 = 7;
    private static final int BASIC_T3 = 21;
    private static final int DEFAULT_RESET = 64;

    /** All defaults. */
    public static final PresetParameters DEFAULTS = new PresetParameters(0, 0, 0, 0, 0);

    public PresetParameters {
        if ((maxVal | t1 | t2 | t3 | reset) < 0 || maxVal > 65535 || t1 > 65535 || t2 > 65535 || t3 > 65535
                || reset > 65535) {
            throw new IllegalArgumentException("JPEG-LS preset parameters must be 0..65535");
        }
    }

    /**
     * These parameters with every zero replaced by its default for a precision and NEAR (T.87 C.2.4.1.1.1).
     *
     * @throws IllegalArgumentException when the result breaks T.87 C.2.4.1.1 (e.g. T1 above T2)
     */
    public PresetParameters resolve(int precision, int near) {
        int max = maxVal != 0 ? maxVal : (1 << precision) - 1;
        int d1;
        int d2;
        int d3;
        if (max >= 128) {
            int factor = (Math.min(max, 4095) + 128) / 256;
            d1 = clamp(factor * (BASIC_T1 - 2) + 2 + 3 * near, near + 1, max);
            d2 = clamp(factor * (BASIC_T2 - 3) + 3 + 5 * near, d1, max);
            d3 = clamp(factor * (BASIC_T3 - 4) + 4 + 7 * near, d2, max);
        } else {
            int factor = 256 / (max + 1);
            d1 = clamp(Math.max(2, BASIC_T1 / factor + 3 * near), near + 1, max);
            d2 = clamp(Math.max(3, BASIC_T2 / factor + 5 * near), d1, max);
            d3 = clamp(Math.max(4, BASIC_T3 / factor + 7 * near), d2, max);
        }
        PresetParameters p = new PresetParameters(max, t1 != 0 ? t1 : d1, t2 != 0 ? t2 : d2, t3 != 0 ? t3 : d3,
                reset != 0 ? reset : DEFAULT_RESET);
        if (max < 1 || max >= 1 << precision || p.t1 < near + 1 || p.t1 > p.t2 || p.t2 > p.t3 || p.t3 > max
                || p.reset < 3 || p.reset > Math.max(255, max)) {
            throw new IllegalArgumentException("invalid JPEG-LS parameters " + p + " for precision " + precision
                    + " and NEAR " + near);
        }
        return p;
    }

    private static int clamp(int i, int j, int max) {
        return i > max || i < j ? j : i;
    }
}
