package org.veil.pixel.codec.jpeg;

/** Brings one component plane to full resolution (see {@link Upsampling}). */
final class Upsampler {
    private Upsampler() {
    }

    /**
     * @param src  the component at its own resolution
     * @param h    its horizontal sampling factor; hmax the frame's largest
     * @param v    its vertical sampling factor; vmax the frame's largest
     */
    static Plane upsample(Plane src, int width, int height, int h, int hmax, int v, int vmax, Upsampling mode) {
        if (h == hmax && v == vmax) {
            return src;
        }
        if (mode == Upsampling.TRIANGLE && hmax == 2 * h && (v == vmax || vmax == 2 * v)) {
            return v == vmax ? triangleAcross(src, width, height) : triangleBoth(src, width, height);
        }
        return replicate(src, width, height, h, hmax, v, vmax);
    }

    private static Plane replicate(Plane src, int width, int height, int h, int hmax, int v, int vmax) {
        short[] out = new short[width * height];
        short[] in = src.samples();
        int[] column = new int[width];
        for (int x = 0; x < width; x++) {
            column[x] = Math.min(src.width() - 1, x * h / hmax);
        }
        for (int y = 0; y < height; y++) {
            int row = Math.min(src.height() - 1, y * v / vmax) * src.width();
            for (int x = 0; x < width; x++) {
                out[y * width + x] = in[row + column[x]];
            }
        }
        return new Plane(width, height, out);
    }

    /** 2:1 across: outputs 2i and 2i+1 weigh sample i by 3/4 and its left or right neighbour by 1/4. */
    private static Plane triangleAcross(Plane src, int width, int height) {
        short[] out = new short[width * height];
        short[] in = src.samples();
        int n = src.width();
        for (int y = 0; y < height; y++) {
            int row = Math.min(y, src.height() - 1) * n;
            for (int x = 0; x < width; x++) {
                int i = x >> 1;
                int near = 3 * (in[row + i] & 0xFFFF);
                int far = (x & 1) == 0 ? in[row + Math.max(i - 1, 0)] & 0xFFFF : in[row + Math.min(i + 1, n - 1)] & 0xFFFF;
                out[y * width + x] = (short) ((near + far + 1 + (x & 1)) >> 2);
            }
        }
        return new Plane(width, height, out);
    }

    /** 2:1 both ways: column sums 3 * nearest line + next nearest line, then the same weights across. */
    private static Plane triangleBoth(Plane src, int width, int height) {
        short[] out = new short[width * height];
        short[] in = src.samples();
        int n = src.width();
        int lines = src.height();
        int[] sums = new int[n];
        for (int y = 0; y < height; y++) {
            int i = Math.min(y >> 1, lines - 1);
            int j = (y & 1) == 0 ? Math.max(i - 1, 0) : Math.min(i + 1, lines - 1);
            for (int x = 0; x < n; x++) {
                sums[x] = 3 * (in[i * n + x] & 0xFFFF) + (in[j * n + x] & 0xFFFF);
            }
            for (int x = 0; x < width; x++) {
                int k = x >> 1;
                int far = (x & 1) == 0 ? sums[Math.max(k - 1, 0)] : sums[Math.min(k + 1, n - 1)];
                out[y * width + x] = (short) ((3 * sums[k] + far + 8 - (x & 1)) >> 4);
            }
        }
        return new Plane(width, height, out);
    }
}
