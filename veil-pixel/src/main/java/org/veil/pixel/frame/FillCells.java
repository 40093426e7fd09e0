package org.veil.pixel.frame;

import static org.veil.pixel.frame.PhotometricInterpretation.MONOCHROME1;
import static org.veil.pixel.frame.PhotometricInterpretation.PALETTE_COLOR;

/** Turns fill values into raw cells for an image description (the arithmetic behind {@link FillValue}). */
final class FillCells {
    private FillCells() {
    }

    static long[] gray(ImageDescriptor d, double level) {
        requireInteger(d);
        if (d.photometric() == PALETTE_COLOR) {
            throw new IllegalArgumentException("PALETTE COLOR has no gray scale: give the index with FillValue.samples");
        }
        double l = d.photometric() == MONOCHROME1 ? 1 - level : level;
        if (d.photometric().isStoredAsYbr()) {
            double scale = Math.pow(2, d.bitsStored() - 8);
            boolean full = isFull(d.photometric());
            long y = Math.round((full ? 255 * l : 16 + 219 * l) * scale);
            long c = Math.round(128 * scale);
            return integers(d, y, c, c);
        }
        long value = d.isSigned() ? Math.round(min(d) + l * (max(d) - min(d))) : Math.round(l * max(d));
        return integers(d, fanOut(d, value));
    }

    static long[] rgb(ImageDescriptor d, int r, int g, int b) {
        requireInteger(d);
        PhotometricInterpretation p = d.photometric();
        if (p == PALETTE_COLOR) {
            throw new IllegalArgumentException("PALETTE COLOR has no RGB scale: give the index with FillValue.samples");
        }
        if (p.isMonochrome()) {
            return gray(d, (0.299 * r + 0.587 * g + 0.114 * b) / 255);
        }
        double scale = Math.pow(2, d.bitsStored() - 8);
        if (!p.isStoredAsYbr()) {
            double k = max(d) / 255.0;
            return integers(d, Math.round(r * k), Math.round(g * k), Math.round(b * k));
        }
        double y;
        double cb;
        double cr;
        if (isFull(p)) {
            y = 0.2990 * r + 0.5870 * g + 0.1140 * b;
            cb = -0.1687 * r - 0.3313 * g + 0.5000 * b + 128;
            cr = 0.5000 * r - 0.4187 * g - 0.0813 * b + 128;
        } else {
            y = 0.2568 * r + 0.5041 * g + 0.0979 * b + 16;
            cb = -0.1482 * r - 0.2910 * g + 0.4392 * b + 128;
            cr = 0.4392 * r - 0.3678 * g - 0.0714 * b + 128;
        }
        return integers(d, clamp(d, Math.round(y * scale)), clamp(d, Math.round(cb * scale)),
                clamp(d, Math.round(cr * scale)));
    }

    static long[] samples(ImageDescriptor d, long[] values) {
        requireInteger(d);
        if (values.length != 1 && values.length != d.samplesPerPixel()) {
            throw new IllegalArgumentException(values.length + " fill values for " + d.samplesPerPixel() + " samples");
        }
        long[] v = new long[d.samplesPerPixel()];
        for (int s = 0; s < v.length; s++) {
            v[s] = values[values.length == 1 ? 0 : s];
            if (v[s] < min(d) || v[s] > max(d)) {
                throw new IllegalArgumentException("fill value " + v[s] + " outside " + min(d) + ".." + max(d));
            }
        }
        return integers(d, v);
    }

    static long[] real(ImageDescriptor d, double value) {
        if (d.sampleFormat() != SampleFormat.IEEE_FLOAT) {
            throw new IllegalArgumentException("FillValue.real needs float pixel data; this image holds integers");
        }
        long bits = d.bitsAllocated() == 32 ? Integer.toUnsignedLong(Float.floatToRawIntBits((float) value))
                : Double.doubleToRawLongBits(value);
        return fanOut(d, bits);
    }

    private static long[] integers(ImageDescriptor d, long... values) {
        long storedMask = (1L << d.bitsStored()) - 1;
        long cellMask = d.bitsAllocated() == 64 ? -1L : (1L << d.bitsAllocated()) - 1;
        long[] cells = new long[values.length];
        for (int s = 0; s < values.length; s++) {
            long cell = (values[s] & storedMask) << d.lowBit();
            if (values[s] < 0) {
                cell |= -1L << d.highBit() + 1 & cellMask;
            }
            cells[s] = cell;
        }
        return cells;
    }

    private static long[] fanOut(ImageDescriptor d, long value) {
        long[] v = new long[d.samplesPerPixel()];
        java.util.Arrays.fill(v, value);
        return v;
    }

    private static boolean isFull(PhotometricInterpretation p) {
        return p == PhotometricInterpretation.YBR_FULL || p == PhotometricInterpretation.YBR_FULL_422;
    }

    private static long clamp(ImageDescriptor d, long v) {
        return Math.max(0, Math.min(max(d), v));
    }

    private static long min(ImageDescriptor d) {
        return d.isSigned() ? -(1L << d.bitsStored() - 1) : 0;
    }

    private static long max(ImageDescriptor d) {
        return d.isSigned() ? (1L << d.bitsStored() - 1) - 1 : (1L << d.bitsStored()) - 1;
    }

    private static void requireInteger(ImageDescriptor d) {
        if (d.sampleFormat() != SampleFormat.INTEGER) {
            throw new IllegalArgumentException("float pixel data: use FillValue.real");
        }
        if (d.bitsStored() > 62) {
            throw new IllegalArgumentException("integer samples of " + d.bitsStored() + " bits cannot be filled");
        }
    }
}
