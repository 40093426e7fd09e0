package org.veil.pixel.codec.jpeg;

/**
 * Decodes baseline (SOF0), extended (SOF1, 8/12-bit) and lossless (SOF3) Huffman-coded JPEG streams. Progressive,
 * hierarchical and arithmetic-coded streams are rejected with a clear "unsupported" {@link JpegFormatException}.
 *
 * <pre>{@code
 * RasterImage img = new JpegDecoder(JpegLimits.DEFAULT).decode(fragmentBytes, DecodeOptions.DEFAULT);
 * byte[] pixelData = img.pixelData(SampleOrder.BY_PIXEL);
 * }</pre>
 *
 * Lossless streams decode exactly; DCT streams use the float inverse DCT of {@link Idct} (round half up, clamp).
 * Thread-safe: holds only its limits.
 */
public final class JpegDecoder {
    private final JpegLimits limits;

    public JpegDecoder() {
        this(JpegLimits.DEFAULT);
    }

    public JpegDecoder(JpegLimits limits) {
        this.limits = limits;
    }

    /** Every component at its own resolution, as coded (e.g. Y, Cb, Cr of a 4:2:2 frame). */
    public ComponentPlanes decodePlanes(byte[] jpeg) throws JpegFormatException {
        JpegStream stream = JpegParser.parse(jpeg, limits);
        if (stream.frame().process().dct()) {
            return JpegCoefficientImage.decode(stream).toPlanes();
        }
        return LosslessDecoder.decode(stream);
    }

    /** The full-resolution image, upsampled and color-converted as the options say. */
    public RasterImage decode(byte[] jpeg, DecodeOptions options) throws JpegFormatException {
        return decodePlanes(jpeg).toRaster(options);
    }

    /** The full-resolution image with {@link DecodeOptions#DEFAULT}. */
    public RasterImage decode(byte[] jpeg) throws JpegFormatException {
        return decode(jpeg, DecodeOptions.DEFAULT);
    }
}
