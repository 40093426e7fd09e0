package org.veil.pixel.codec.jpegls;

import java.util.Objects;
import org.veil.pixel.PixelCodingException;
import org.veil.pixel.UnsupportedPixelCodingException;
import org.veil.pixel.codec.CodecLimits;
import org.veil.pixel.codec.FrameCodec;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.SampleFormat;

/**
 * JPEG-LS (ITU-T T.87; 1.2.840.10008.1.2.4.80 and .81): lossless and near-lossless, 2 to 16 bits, any number of
 * components, all interleave modes, default or custom thresholds, restart markers. Decoded cells are the stream's
 * P-bit sample values (never sign-extended), as dcmtk writes them. The encoder codes P = Bits Stored bits, or more
 * when a cell holds bits above Bits Stored (e.g. sign extension), so that encoding is exact for every frame it takes;
 * by default it is lossless (NEAR 0) even for .81, so that re-encoding a decoded near-lossless frame loses nothing
 * more.
 */
public final class JpegLsCodec implements FrameCodec {
    static final String NAME = "JPEG-LS";

    private final CodecLimits limits;
    private final JpegLsEncodeOptions options;

    /** Lossless encoding with default options. */
    public JpegLsCodec(CodecLimits limits) {
        this(limits, JpegLsEncodeOptions.LOSSLESS);
    }

    public JpegLsCodec(CodecLimits limits, JpegLsEncodeOptions options) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean lossless() {
        return options.near() == 0;
    }

    @Override
    public Frame decode(byte[] encodedFrame, ImageDescriptor d) throws PixelCodingException {
        check(d);
        return new JpegLsDecoder(encodedFrame, d).decode();
    }

    @Override
    public byte[] encode(Frame frame, ImageDescriptor d) throws PixelCodingException {
        check(d);
        if (frame.columns() != d.columns() || frame.rows() != d.rows() || frame.samples() != d.samplesPerPixel()
                || frame.bitsAllocated() != d.bitsAllocated()) {
            throw new IllegalArgumentException(frame + " does not match " + d);
        }
        return new JpegLsEncoder(frame, options, precision(frame, d)).encode();
    }

    private void check(ImageDescriptor d) throws UnsupportedPixelCodingException {
        limits.check(NAME, d);
        if (d.bitsAllocated() < 2 || d.bitsAllocated() > 16 || d.sampleFormat() != SampleFormat.INTEGER
                || d.chromaSubsampledHorizontally()) {
            throw new UnsupportedPixelCodingException(NAME, UnsupportedPixelCodingException.NO_OFFSET,
                    "JPEG-LS codes 2 to 16-bit integer samples without subsampling, not " + d.bitsAllocated()
                            + "-bit " + d.sampleFormat() + " " + d.photometric());
        }
    }

    /** Bits Stored, widened to hold every cell, at least 2 (the JPEG-LS minimum). */
    private static int precision(Frame frame, ImageDescriptor d) throws UnsupportedPixelCodingException {
        int max = 0;
        for (int s = 0; s < frame.samples(); s++) {
            for (int v : frame.plane(s).ints()) {
                max |= v;
            }
        }
        int needed = 32 - Integer.numberOfLeadingZeros(max);
        int precision = Math.max(2, Math.max(d.bitsStored(), needed));
        if (precision > 16) {
            throw new UnsupportedPixelCodingException(NAME, UnsupportedPixelCodingException.NO_OFFSET,
                    "cells use " + precision + " bits; JPEG-LS codes at most 16");
        }
        return precision;
    }
}
