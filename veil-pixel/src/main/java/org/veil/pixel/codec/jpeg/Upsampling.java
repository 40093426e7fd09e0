package org.veil.pixel.codec.jpeg;

/** How subsampled components are brought to full resolution. T.81 leaves this to the application. */
public enum Upsampling {
    /** Each sample is repeated Hmax/Hi times across and Vmax/Vi times down (box filter). */
    REPLICATE,
    /**
     * Linear (triangle) interpolation for factors of 2, as libjpeg's default "fancy upsampling" (and so dcmtk)
     * does: each output sample weighs its nearest input sample 3/4 and the next nearest 1/4, per direction, with
     * edge samples repeated. Other factors fall back to {@link #REPLICATE}.
     */
    TRIANGLE
}
