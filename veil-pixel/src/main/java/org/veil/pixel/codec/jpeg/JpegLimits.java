package org.veil.pixel.codec.jpeg;

/**
 * Bounds that keep a hostile JPEG stream from exhausting memory. Exceeding one raises {@link JpegLimitException}
 * naming the knob, e.g. {@code exceeds JpegLimits.maxSamples (134217728)}.
 *
 * <p>Besides these knobs the decoder checks, before allocating, that the stream holds enough bytes for the frame it
 * declares (every DCT block needs at least two bits, every lossless sample at least one), so a tiny stream cannot
 * claim a 65535 x 65535 frame.
 *
 * @param maxSamples largest number of samples in one frame, summed over components and counting the padding to whole
 *                   MCUs; coefficient storage takes two bytes per sample
 */
public record JpegLimits(long maxSamples) {

    /** At most 2^27 samples (256 MiB of coefficients or decoded 16-bit samples). */
    public static final JpegLimits DEFAULT = new JpegLimits(1L << 27);

    public JpegLimits {
        if (maxSamples <= 0) {
            throw new IllegalArgumentException("invalid JpegLimits: maxSamples " + maxSamples);
        }
    }
}
