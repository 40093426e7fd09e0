package org.veil.pixel.codec.jpeg;

import java.util.List;

/**
 * A full-resolution image: every component has width x height samples of the given precision.
 *
 * @param width      samples per line
 * @param height     lines
 * @param precision  bits per sample (2..16)
 * @param components one plane per component, all width x height
 */
public record RasterImage(int width, int height, int precision, List<Plane> components) {

    public RasterImage {
        components = List.copyOf(components);
        if (precision < 1 || precision > 16 || components.isEmpty()) {
            throw new IllegalArgumentException("raster needs 1..16 bit precision and a component, got " + precision
                    + " bits, " + components.size() + " components");
        }
        for (Plane p : components) {
            if (p.width() != width || p.height() != height) {
                throw new IllegalArgumentException("component plane " + p.width() + " x " + p.height()
                        + " in a " + width + " x " + height + " raster");
            }
        }
    }

    /** Samples interleaved by pixel: component c of pixel (x, y) at ((y * width + x) * components + c). */
    public short[] interleaved() {
        int n = components.size();
        short[] out = new short[Math.multiplyExact(width * height, n)];
        for (int c = 0; c < n; c++) {
            short[] s = components.get(c).samples();
            for (int i = 0, o = c; i < s.length; i++, o += n) {
                out[o] = s[i];
            }
        }
        return out;
    }

    /**
     * Pixel data as DICOM stores it uncompressed: one byte per sample when precision is 8 or less, otherwise two
     * bytes little endian, in the given order.
     */
    public byte[] pixelData(SampleOrder order) {
        int bytes = precision <= 8 ? 1 : 2;
        int n = components.size();
        int count = width * height;
        byte[] out = new byte[Math.multiplyExact(Math.multiplyExact(count, n), bytes)];
        for (int c = 0; c < n; c++) {
            short[] s = components.get(c).samples();
            int step = order == SampleOrder.BY_PIXEL ? n : 1;
            int start = order == SampleOrder.BY_PIXEL ? c : c * count;
            for (int i = 0, o = start; i < count; i++, o += step) {
                if (bytes == 1) {
                    out[o] = (byte) s[i];
                } else {
                    out[2 * o] = (byte) s[i];
                    out[2 * o + 1] = (byte) (s[i] >> 8);
                }
            }
        }
        return out;
    }
}
