package org.veil.pixel.frame;

/**
 * The value written into redacted rectangles, turned into one raw cell per sample for a given image by
 * {@link #cells(ImageDescriptor)}. Cells carry the value in the Bits Stored bits at Low Bit; the other bits are zero,
 * or ones above High Bit for a negative signed value (sign extension), so no retired overlay bit survives in a
 * redacted area.
 */
public sealed interface FillValue {

    /** Raw cells, one per sample of the image, as a {@link Plane} stores them. */
    long[] cells(ImageDescriptor d);

    /** The darkest displayable value. */
    static FillValue black() {
        return new Gray(0);
    }

    /** The brightest displayable value. */
    static FillValue white() {
        return new Gray(1);
    }

    /**
     * A gray level from 0 (black) to 1 (white) of the stored range: inverted for MONOCHROME1, from the most negative
     * value for signed data, neutral chroma for YBR. Not defined for PALETTE COLOR or float data.
     */
    static FillValue gray(double level) {
        return new Gray(level);
    }

    /** An 8-bit RGB color, scaled to Bits Stored and converted to Y Cb Cr (PS3.3 C.7.6.3.1.2) or luminance as needed. */
    static FillValue rgb(int r, int g, int b) {
        return new Rgb(r, g, b);
    }

    /** Stored integer values (signed per Pixel Representation): one for every sample, or one per sample. */
    static FillValue samples(long... values) {
        return new Samples(values.clone());
    }

    /** A value for Float or Double Float Pixel Data. */
    static FillValue real(double value) {
        return new Real(value);
    }

    /** See {@link FillValue#gray(double)}. */
    record Gray(double level) implements FillValue {
        public Gray {
            if (!(level >= 0 && level <= 1)) {
                throw new IllegalArgumentException("gray level must be within 0..1, not " + level);
            }
        }

        @Override
        public long[] cells(ImageDescriptor d) {
            return FillCells.gray(d, level);
        }
    }

    /** See {@link FillValue#rgb(int, int, int)}. */
    record Rgb(int r, int g, int b) implements FillValue {
        public Rgb {
            if ((r | g | b) < 0 || r > 255 || g > 255 || b > 255) {
                throw new IllegalArgumentException("RGB components must be 0..255: " + r + "," + g + "," + b);
            }
        }

        @Override
        public long[] cells(ImageDescriptor d) {
            return FillCells.rgb(d, r, g, b);
        }
    }

    /** See {@link FillValue#samples(long...)}. */
    record Samples(long[] values) implements FillValue {
        public Samples {
            if (values.length == 0) {
                throw new IllegalArgumentException("at least one sample value is needed");
            }
            values = values.clone();
        }

        @Override
        public long[] cells(ImageDescriptor d) {
            return FillCells.samples(d, values);
        }
    }

    /** See {@link FillValue#real(double)}. */
    record Real(double value) implements FillValue {
        @Override
        public long[] cells(ImageDescriptor d) {
            return FillCells.real(d, value);
        }
    }
}
