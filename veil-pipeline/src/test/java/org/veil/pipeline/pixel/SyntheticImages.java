package org.veil.pipeline.pixel;

import org.veil.dicom.VR;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;

/** Generated images to burn text into: an ultrasound-like speckle sector over a gradient, gray or RGB, any bits. */
final class SyntheticImages {
    private SyntheticImages() {
    }

    /**
     * A native image: a fan of speckle (brighter with depth variation) on a dark gradient.
     *
     * @param photometric MONOCHROME1, MONOCHROME2 or RGB
     * @param bits        8 or 16 (16: 12 bits stored)
     */
    static Dataset ultrasound(int columns, int rows, int frames, String photometric, int bits, long seed) {
        Dataset ds = new Dataset();
        DatasetView v = DatasetView.of(ds);
        v.putString(0x00080016, VR.UI, frames > 1 ? "1.2.840.10008.5.1.4.1.1.3.1" : "1.2.840.10008.5.1.4.1.1.6.1");
        v.putString(0x00080060, VR.CS, "US");
        v.putString(0x00080070, VR.LO, "NOBODY");
        boolean rgb = photometric.equals("RGB");
        v.putUnsignedShorts(0x00280002, rgb ? 3 : 1);
        v.putString(0x00280004, VR.CS, photometric);
        if (rgb) {
            v.putUnsignedShorts(0x00280006, 0);
        }
        if (frames > 1) {
            v.putString(0x00280008, VR.IS, String.valueOf(frames));
        }
        v.putUnsignedShorts(0x00280010, rows);
        v.putUnsignedShorts(0x00280011, columns);
        int stored = bits == 8 ? 8 : 12;
        v.putUnsignedShorts(0x00280100, bits);
        v.putUnsignedShorts(0x00280101, stored);
        v.putUnsignedShorts(0x00280102, stored - 1);
        v.putUnsignedShorts(0x00280103, 0);
        int samples = rgb ? 3 : 1;
        int bytes = bits / 8;
        byte[] px = new byte[columns * rows * samples * bytes * frames];
        int max = (1 << stored) - 1;
        int o = 0;
        for (int f = 0; f < frames; f++) {
            for (int y = 0; y < rows; y++) {
                for (int x = 0; x < columns; x++) {
                    int value = sample(x, y, columns, rows, seed, f) * max / 255;
                    for (int s = 0; s < samples; s++) {
                        int c = s == 2 && rgb ? Math.min(max, value + max / 40) : value;
                        px[o++] = (byte) c;
                        if (bytes == 2) {
                            px[o++] = (byte) (c >> 8);
                        }
                    }
                }
            }
        }
        ds.put(DataElement.of(0x7FE00010, bits == 8 ? VR.OB : VR.OW, px));
        return ds;
    }

    /** Value noise in [0, 1): random values on a grid, interpolated bilinearly (grains without flat tops). */
    private static double smoothNoise(double gx, double gy, int frame, long seed) {
        int ix = (int) gx;
        int iy = (int) gy;
        double fx = gx - ix;
        double fy = gy - iy;
        double a = lattice(ix, iy, frame, seed);
        double b = lattice(ix + 1, iy, frame, seed);
        double c = lattice(ix, iy + 1, frame, seed);
        double d = lattice(ix + 1, iy + 1, frame, seed);
        return (a * (1 - fx) + b * fx) * (1 - fy) + (c * (1 - fx) + d * fx) * fy;
    }

    private static double lattice(int x, int y, int frame, long seed) {
        long h = x * 73856093L ^ y * 19349663L ^ frame * 83492791L ^ seed;
        h *= 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        return ((h >>> 11) & ((1L << 40) - 1)) / (double) (1L << 40);
    }

    /** 0..255: a dark gradient outside the fan, speckle inside it. */
    private static int sample(int x, int y, int w, int h, long seed, int frame) {
        double cx = w / 2.0;
        double dx = x - cx;
        double dy = y + h * 0.1;
        double angle = Math.atan2(dx, dy);
        double dist = Math.hypot(dx, dy);
        int background = 10 + 30 * y / h;
        if (Math.abs(angle) > 0.6 || dist > h * 0.95 || dist < h * 0.15) {
            return background;
        }
        double u = smoothNoise(x / 2.5, y / 3.5, frame, seed);
        double speckle = -Math.log(1 - u * 0.995) * 30;
        double tissue = 60 + 40 * Math.sin(dist / 23.0 + frame * 0.2);
        return (int) Math.max(0, Math.min(200, tissue * 0.5 + speckle));
    }
}
