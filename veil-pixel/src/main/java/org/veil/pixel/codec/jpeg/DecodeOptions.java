package org.veil.pixel.codec.jpeg;

/**
 * How {@link JpegDecoder#decode} turns decoded components into a full-resolution image.
 *
 * @param upsampling     for components with lower sampling factors than the largest
 * @param colorTransform conversion applied after upsampling
 */
public record DecodeOptions(Upsampling upsampling, ColorTransform colorTransform) {

    /** Triangle upsampling (as libjpeg/dcmtk), no color conversion: what DICOM YBR_FULL output needs. */
    public static final DecodeOptions DEFAULT = new DecodeOptions(Upsampling.TRIANGLE, ColorTransform.NONE);

    public DecodeOptions {
        if (upsampling == null || colorTransform == null) {
            throw new IllegalArgumentException("DecodeOptions needs upsampling and colorTransform");
        }
    }

    public DecodeOptions withUpsampling(Upsampling u) {
        return new DecodeOptions(u, colorTransform);
    }

    public DecodeOptions withColorTransform(ColorTransform c) {
        return new DecodeOptions(upsampling, c);
    }
}
