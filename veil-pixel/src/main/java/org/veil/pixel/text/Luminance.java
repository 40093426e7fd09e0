package org.veil.pixel.text;

import org.veil.pixel.UnsupportedPixelCodingException;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.PhotometricInterpretation;
import org.veil.pixel.frame.Plane;
import org.veil.pixel.frame.SampleFormat;

/**
 * Turns one decoded frame of any integer photometric interpretation into 8-bit luminance, stretched per frame from its
 * lowest to its highest value so that text stands out whatever the bit depth. Signed data is sign extended; color
 * frames use Y (stored for YBR, computed for RGB); PALETTE COLOR uses the index (text is drawn in one index, so its
 * contrast survives). MONOCHROME1 is inverted so that bright means white on screen.
 */
public final class Luminance {
    private Luminance() {
    }

    public static GrayImage of(Frame f, ImageDescriptor d) throws UnsupportedPixelCodingException {
        if (d.sampleFormat() != SampleFormat.INTEGER || d.bitsAllocated() > 32) {
            throw new UnsupportedPixelCodingException("text detection", 0,
                    "text detection needs integer pixel data of at most 32 bits");
        }
        int n = f.columns() * f.rows();
        PhotometricInterpretation p = d.photometric();
        boolean invert = p == PhotometricInterpretation.MONOCHROME1;
        if (d.bitsStored() <= 24 && d.lowBit() == 0) {
            int[] v = p == PhotometricInterpretation.RGB && f.samples() == 3
                    ? rgb(ints(f.plane(0), d), ints(f.plane(1), d), ints(f.plane(2), d))
                    : ints(f.plane(0), d);
            return stretch(f.columns(), f.rows(), v, invert);
        }
        long[] v;
        if (p == PhotometricInterpretation.RGB && f.samples() == 3) {
            long[] r = values(f.plane(0), d);
            long[] g = values(f.plane(1), d);
            long[] b = values(f.plane(2), d);
            v = new long[n];
            for (int i = 0; i < n; i++) {
                v[i] = (77 * r[i] + 150 * g[i] + 29 * b[i]) >> 8;
            }
        } else {
            v = values(f.plane(0), d);
        }
        return stretch(f.columns(), f.rows(), narrow(v), invert);
    }

    /** Samples of at most 24 bits stored from bit 0, sign extended: fits int arithmetic. */
    private static int[] ints(Plane plane, ImageDescriptor d) {
        int[] cells = plane.ints();
        int[] out = new int[cells.length];
        int bits = d.bitsStored();
        int shift = 32 - bits;
        if (d.isSigned()) {
            for (int i = 0; i < cells.length; i++) {
                out[i] = cells[i] << shift >> shift;
            }
        } else {
            int mask = (1 << bits) - 1;
            for (int i = 0; i < cells.length; i++) {
                out[i] = cells[i] & mask;
            }
        }
        return out;
    }

    private static int[] rgb(int[] r, int[] g, int[] b) {
        for (int i = 0; i < r.length; i++) {
            r[i] = (int) ((77L * r[i] + 150L * g[i] + 29L * b[i]) >> 8);
        }
        return r;
    }

    private static GrayImage stretch(int w, int h, int[] v, boolean invert) {
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int x : v) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        byte[] out = new byte[v.length];
        long range = Math.max(1, (long) hi - lo);
        long half = range / 2;
        for (int i = 0; i < v.length; i++) {
            int g = (int) (((v[i] - (long) lo) * 255 + half) / range);
            out[i] = (byte) (invert ? 255 - g : g);
        }
        return new GrayImage(w, h, out);
    }

    private static long[] values(Plane plane, ImageDescriptor d) {
        int[] cells = plane.ints();
        long[] out = new long[cells.length];
        int low = d.lowBit();
        int bits = d.bitsStored();
        long mask = bits >= 32 ? 0xFFFFFFFFL : (1L << bits) - 1;
        boolean signed = d.isSigned();
        for (int i = 0; i < cells.length; i++) {
            long u = (Integer.toUnsignedLong(cells[i]) >>> low) & mask;
            if (signed && bits < 32 && (u >>> (bits - 1) & 1) == 1) {
                u -= 1L << bits;
            }
            out[i] = u;
        }
        return out;
    }

    /** Wide values (more than 24 bits) brought to at most 24 bits above their lowest, for the int stretch. */
    private static int[] narrow(long[] v) {
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (long x : v) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        int shift = Math.max(0, 64 - Long.numberOfLeadingZeros(hi - lo) - 24);
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (int) ((v[i] - lo) >>> shift);
        }
        return out;
    }
}
