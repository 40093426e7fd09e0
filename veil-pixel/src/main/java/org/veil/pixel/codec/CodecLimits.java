package org.veil.pixel.codec;

import org.veil.pixel.UnsupportedPixelCodingException;
import org.veil.pixel.frame.ImageDescriptor;

/**
 * Bounds that keep hostile pixel data from exhausting memory: decoders refuse a frame whose native form would exceed
 * {@link #maxFrameBytes()} before allocating anything, and never produce more than that.
 *
 * @param maxFrameBytes largest native frame (Rows x Columns x samples x Bits Allocated / 8) decoded or encoded
 */
public record CodecLimits(long maxFrameBytes) {

    /** 512 MiB per frame. */
    public static final CodecLimits DEFAULT = new CodecLimits(512L << 20);

    public CodecLimits {
        if (maxFrameBytes <= 0) {
            throw new IllegalArgumentException("maxFrameBytes must be positive, not " + maxFrameBytes);
        }
    }

    /** Throws when a frame of {@code d} is larger than allowed. */
    public void check(String codec, ImageDescriptor d) throws UnsupportedPixelCodingException {
        long cells = (long) d.rows() * d.columns();
        if (d.frameLength() > maxFrameBytes || cells > Integer.MAX_VALUE - 16) {
            throw new UnsupportedPixelCodingException(codec, UnsupportedPixelCodingException.NO_OFFSET, "a frame of "
                    + d.columns() + "x" + d.rows() + "x" + d.samplesPerPixel() + " samples of " + d.bitsAllocated()
                    + " bits (" + d.frameLength() + " bytes) exceeds CodecLimits.maxFrameBytes (" + maxFrameBytes + ")");
        }
    }
}
