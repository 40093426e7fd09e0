package org.veil.pixel.codec.jpeg;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Synthetic test images: smooth gradients, text-like strokes of full contrast, and seeded noise. */
final class TestRasters {
    private TestRasters() {
    }

    /** A one-component image of the given precision. */
    static RasterImage gray(int width, int height, int precision, long seed) {
        return new RasterImage(width, height, precision, List.of(pattern(width, height, precision, seed, 0)));
    }

    /** A three-component (RGB) image. */
    static RasterImage color(int width, int height, int precision, long seed) {
        List<Plane> planes = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            planes.add(pattern(width, height, precision, seed, c));
        }
        return new RasterImage(width, height, precision, planes);
    }

    /** Uniformly random samples: the worst case for lossless coding (every difference category occurs). */
    static RasterImage noise(int width, int height, int precision, int components, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Plane> planes = new ArrayList<>();
        for (int c = 0; c < components; c++) {
            short[] s = new short[width * height];
            for (int i = 0; i < s.length; i++) {
                s[i] = (short) random.nextInt(1 << precision);
            }
            planes.add(new Plane(width, height, s));
        }
        return new RasterImage(width, height, precision, planes);
    }

    private static Plane pattern(int width, int height, int precision, long seed, int component) {
        SplittableRandom random = new SplittableRandom(seed * 31 + component);
        int max = (1 << precision) - 1;
        short[] s = new short[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double ramp = (x * (component + 1) + y * (3 - component)) / (double) (width * 2 + height * 3 + 1);
                double v = max * (0.15 + 0.7 * ramp) + random.nextInt(9) - 4;
                if (stroke(x, y)) {
                    v = component == 1 ? 0 : max;
                }
                s[y * width + x] = (short) Math.max(0, Math.min(max, (int) Math.round(v)));
            }
        }
        return new Plane(width, height, s);
    }

    /** Thin strokes in bands, like burned-in annotation text. */
    private static boolean stroke(int x, int y) {
        int band = y % 24;
        if (band < 4 || band > 14) {
            return false;
        }
        int cell = x % 9;
        return cell == 1 || (cell < 6 && (band == 4 || band == 14 || (band == 9 && (x / 9) % 2 == 0)));
    }
}
