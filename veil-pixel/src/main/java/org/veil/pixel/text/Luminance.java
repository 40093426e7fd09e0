package org.veil.pixel.text;

import org.veil.pixel.UnsupportedPixelCodingException;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.PhotometricInterpretation;
import org.veil.pixel.frame.PlanarConfiguration;
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
        return of(f, d, null, null);
    }

    /**
     * The same luminance, computed in one pass over the samples into buffers the caller reuses across frames.
     *
     * @param work a scratch buffer of at least Columns x Rows values, or null
     * @param out  the bytes of the result, exactly Columns x Rows long, or null for new ones
     */
    public static GrayImage of(Frame f, ImageDescriptor d, int[] work, byte[] out)
            throws UnsupportedPixelCodingException {
        if (d.sampleFormat() != SampleFormat.INTEGER || d.bitsAllocated() > 32) {
            throw new UnsupportedPixelCodingException("text detection", 0,
                    "text detection needs integer pixel data of at most 32 bits");
        }
        int n = f.columns() * f.rows();
        int[] v = work != null && work.length >= n ? work : new int[n];
        byte[] g = out != null ? out : new byte[n];
        PhotometricInterpretation p = d.photometric();
        boolean invert = p == PhotometricInterpretation.MONOCHROME1;
        boolean rgb = p == PhotometricInterpretation.RGB && f.samples() == 3;
        if (byCells(d)) {
            long range = raw(f, d, v, 0, n);
            return stretch(f.columns(), f.rows(), v, (int) (range >> 32), (int) range, invert, g);
        }
        long[] wide;
        if (rgb) {
            long[] r = values(f.plane(0), d);
            long[] gr = values(f.plane(1), d);
            long[] b = values(f.plane(2), d);
            wide = new long[n];
            for (int i = 0; i < n; i++) {
                wide[i] = (77 * r[i] + 150 * gr[i] + 29 * b[i]) >> 8;
            }
        } else {
            wide = values(f.plane(0), d);
        }
        narrow(wide, v);
        long range = range(v, n);
        return stretch(f.columns(), f.rows(), v, (int) (range >> 32), (int) range, invert, g);
    }

    /**
     * True when {@link #ofBytes} can compute the luminance straight from native little endian bytes: one sample (or
     * the first of YBR) in cells of 8 or 16 bits ({@link #byCells}), or RGB of unsigned 8-bit samples; no 4:2:2
     * pixel pairs.
     */
    public static boolean fromBytes(ImageDescriptor d) {
        boolean rgb = d.photometric() == PhotometricInterpretation.RGB && d.samplesPerPixel() == 3;
        boolean cells = (d.bitsAllocated() == 8 || d.bitsAllocated() == 16) && byCells(d);
        return cells && !d.chromaSubsampledHorizontally()
                && (!rgb || d.bitsAllocated() == 8 && d.bitsStored() == 8 && !d.isSigned());
    }

    /**
     * The luminance {@link #of(Frame, ImageDescriptor, int[], byte[])} gives, computed straight from the native little
     * endian bytes of one frame (starting at byte {@code offset} of {@code data}) without decoding it into planes;
     * only when {@link #fromBytes}. The values before the stretch are left in {@code work}.
     */
    public static GrayImage ofBytes(byte[] data, int offset, ImageDescriptor d, int[] work, byte[] out) {
        int w = d.columns();
        int h = d.rows();
        int n = w * h;
        int[] v = work != null && work.length >= n ? work : new int[n];
        byte[] g = out != null ? out : new byte[n];
        int bpc = d.bitsAllocated() / 8;
        boolean planar = d.samplesPerPixel() > 1 && d.planarConfiguration() == PlanarConfiguration.COLOR_BY_PLANE;
        int stride = planar ? bpc : d.samplesPerPixel() * bpc;
        int step = planar ? n * bpc : bpc;
        long range = d.photometric() == PhotometricInterpretation.RGB && d.samplesPerPixel() == 3
                ? rgb8(data, offset, stride, step, v, n)
                : monoBytes(data, offset, stride, bpc == 2, d, v, n);
        boolean invert = d.photometric() == PhotometricInterpretation.MONOCHROME1;
        return stretch(w, h, v, (int) (range >> 32), (int) range, invert, g);
    }

    private static int cell(byte[] b, int p, boolean two) {
        return two ? b[p] & 0xFF | (b[p + 1] & 0xFF) << 8 : b[p] & 0xFF;
    }

    private static long monoBytes(byte[] b, int pos, int stride, boolean two, ImageDescriptor d, int[] out, int n) {
        int bits = d.bitsStored();
        int shift = 32 - bits;
        boolean signed = d.isSigned();
        int mask = (1 << bits) - 1;
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++, pos += stride) {
            int c = cell(b, pos, two);
            int x = signed ? c << shift >> shift : c & mask;
            out[i] = x;
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        return (long) lo << 32 | hi & 0xFFFFFFFFL;
    }

    /** Y of unsigned 8-bit RGB samples (most colour ultrasound) straight from the bytes; returns its range. */
    private static long rgb8(byte[] b, int pos, int stride, int step, int[] out, int n) {
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        int step2 = 2 * step;
        for (int i = 0; i < n; i++, pos += stride) {
            int y = (77 * (b[pos] & 0xFF) + 150 * (b[pos + step] & 0xFF) + 29 * (b[pos + step2] & 0xFF)) >> 8;
            out[i] = y;
            if (y < lo) {
                lo = y;
            }
            if (y > hi) {
                hi = y;
            }
        }
        return (long) lo << 32 | hi & 0xFFFFFFFFL;
    }

    /**
     * True when each cell's luminance can be computed on its own before the stretch (integer samples of at most 24
     * bits stored from bit 0), so that {@link #raw} and {@link #stretch(int[], long, ImageDescriptor, byte[], int,
     * int)} may work on parts of a frame.
     */
    public static boolean byCells(ImageDescriptor d) {
        return d.sampleFormat() == SampleFormat.INTEGER && d.bitsAllocated() <= 32 && d.bitsStored() <= 24
                && d.lowBit() == 0;
    }

    /**
     * The luminance of cells [from, to) (row-major) before the stretch, into {@code work}; only when
     * {@link #byCells}. Returns the lowest value in the high half, the highest in the low half (see {@link #range}).
     */
    public static long raw(Frame f, ImageDescriptor d, int[] work, int from, int to) {
        return d.photometric() == PhotometricInterpretation.RGB && f.samples() == 3 ? rgb(f, d, work, from, to)
                : ints(f.plane(0), d, work, from, to);
    }

    /**
     * Stretches {@code work[from, to)} (from {@link #raw}) into {@code out} for a frame whose luminance spans
     * {@code range} (packed as {@link #raw} returns it): the same bytes {@link #of} gives these cells.
     */
    public static void stretch(int[] work, long range, ImageDescriptor d, byte[] out, int from, int to) {
        int lo = (int) (range >> 32);
        long span = Math.max(1, (long) (int) range - lo);
        long half = span / 2;
        boolean invert = d.photometric() == PhotometricInterpretation.MONOCHROME1;
        for (int i = from; i < to; i++) {
            int g = (int) (((work[i] - (long) lo) * 255 + half) / span);
            out[i] = (byte) (invert ? 255 - g : g);
        }
    }

    /** The lowest and highest of two ranges packed as {@link #raw} returns them. */
    public static long union(long a, long b) {
        return (long) Math.min((int) (a >> 32), (int) (b >> 32)) << 32
                | Math.max((int) a, (int) b) & 0xFFFFFFFFL;
    }

    /** An empty range, for {@link #union}. */
    public static final long EMPTY = (long) Integer.MAX_VALUE << 32 | Integer.MIN_VALUE & 0xFFFFFFFFL;

    /** Lowest value in the high half, highest in the low half. */
    private static long range(int[] v, int n) {
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            lo = Math.min(lo, v[i]);
            hi = Math.max(hi, v[i]);
        }
        return (long) lo << 32 | hi & 0xFFFFFFFFL;
    }

    /** Samples of at most 24 bits stored from bit 0, sign extended: fits int arithmetic; returns their range. */
    private static long ints(Plane plane, ImageDescriptor d, int[] out, int from, int to) {
        int[] cells = plane.ints();
        int bits = d.bitsStored();
        int shift = 32 - bits;
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        boolean signed = d.isSigned();
        int mask = (1 << bits) - 1;
        for (int i = from; i < to; i++) {
            int x = signed ? cells[i] << shift >> shift : cells[i] & mask;
            out[i] = x;
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        return (long) lo << 32 | hi & 0xFFFFFFFFL;
    }

    /** Y of RGB samples of at most 24 bits stored from bit 0 (sign extended); returns its range. */
    private static long rgb(Frame f, ImageDescriptor d, int[] out, int from, int to) {
        int[] r = f.plane(0).ints();
        int[] g = f.plane(1).ints();
        int[] b = f.plane(2).ints();
        int bits = d.bitsStored();
        int shift = 32 - bits;
        int mask = d.isSigned() ? -1 : (1 << bits) - 1;
        int sign = d.isSigned() ? shift : 0;
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int i = from; i < to; i++) {
            int rr = (r[i] << sign >> sign) & mask;
            int gg = (g[i] << sign >> sign) & mask;
            int bb = (b[i] << sign >> sign) & mask;
            int y = bits <= 16 ? (77 * rr + 150 * gg + 29 * bb) >> 8 : (int) ((77L * rr + 150L * gg + 29L * bb) >> 8);
            out[i] = y;
            lo = Math.min(lo, y);
            hi = Math.max(hi, y);
        }
        return (long) lo << 32 | hi & 0xFFFFFFFFL;
    }

    /**
     * Stretches {@code v} from [lo, hi] to 0..255 (inverted for MONOCHROME1), rounding half up; through a table of
     * the values when the range is smaller than the image.
     */
    private static GrayImage stretch(int w, int h, int[] v, int lo, int hi, boolean invert, byte[] out) {
        long range = Math.max(1, (long) hi - lo);
        long half = range / 2;
        int n = out.length;
        if ((long) hi - lo < n) {
            byte[] table = new byte[hi - lo + 1];
            for (int x = 0; x < table.length; x++) {
                int g = (int) ((x * 255L + half) / range);
                table[x] = (byte) (invert ? 255 - g : g);
            }
            for (int i = 0; i < n; i++) {
                out[i] = table[v[i] - lo];
            }
        } else {
            for (int i = 0; i < n; i++) {
                int g = (int) (((v[i] - (long) lo) * 255 + half) / range);
                out[i] = (byte) (invert ? 255 - g : g);
            }
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
    private static void narrow(long[] v, int[] out) {
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (long x : v) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        int shift = Math.max(0, 64 - Long.numberOfLeadingZeros(hi - lo) - 24);
        for (int i = 0; i < v.length; i++) {
            out[i] = (int) ((v[i] - lo) >>> shift);
        }
    }
}
