package org.veil.pixel.codec.jpeg;

import java.util.ArrayList;
import java.util.List;
import org.veil.pixel.CorruptPixelDataException;
import org.veil.pixel.PixelCodingException;
import org.veil.pixel.UnsupportedPixelCodingException;
import org.veil.pixel.codec.CodecLimits;
import org.veil.pixel.codec.FrameCodec;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;

/**
 * {@link FrameCodec} adapter over {@link JpegDecoder} and {@link LosslessEncoder}. Decoded frames have full-size planes
 * without color conversion (a YBR_FULL_422 baseline stream decodes to YBR_FULL samples, as dcmtk does). Only lossless
 * codecs encode: predictor 1, no point transform, precision Bits Stored (or Bits Allocated when a cell has bits above
 * Bits Stored).
 */
final class JpegFrameCodec implements FrameCodec {
    private final String name;
    private final boolean lossless;
    private final JpegLimits jpegLimits;
    private final CodecLimits limits;

    JpegFrameCodec(String name, boolean lossless, JpegLimits jpegLimits, CodecLimits limits) {
        this.name = name;
        this.lossless = lossless;
        this.jpegLimits = jpegLimits;
        this.limits = limits;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean lossless() {
        return lossless;
    }

    @Override
    public Frame decode(byte[] encodedFrame, ImageDescriptor d) throws PixelCodingException {
        limits.check(name, d);
        RasterImage image;
        try {
            image = new JpegDecoder(jpegLimits).decode(encodedFrame, DecodeOptions.DEFAULT);
        } catch (JpegFormatException e) {
            String reason = e.reason();
            boolean unsupported = reason != null && reason.contains("unsupported");
            throw unsupported ? new UnsupportedPixelCodingException(name, e.offset(), reason, e)
                    : new CorruptPixelDataException(name, e.offset(), reason, e);
        }
        if (image.width() != d.columns() || image.height() != d.rows()
                || image.components().size() != d.samplesPerPixel()) {
            throw new CorruptPixelDataException(name, PixelCodingException.NO_OFFSET, "stream is " + image.width()
                    + "x" + image.height() + "x" + image.components().size() + " but the data set says "
                    + d.columns() + "x" + d.rows() + "x" + d.samplesPerPixel());
        }
        if (d.bitsAllocated() > 16 || image.precision() > d.bitsAllocated()) {
            throw new CorruptPixelDataException(name, PixelCodingException.NO_OFFSET, "stream precision "
                    + image.precision() + " does not fit Bits Allocated " + d.bitsAllocated());
        }
        Frame frame = Frame.allocate(d.columns(), d.rows(), d.samplesPerPixel(), d.bitsAllocated());
        for (int s = 0; s < d.samplesPerPixel(); s++) {
            short[] src = image.components().get(s).samples();
            int[] dst = frame.plane(s).ints();
            for (int i = 0; i < dst.length; i++) {
                dst[i] = src[i] & 0xFFFF;
            }
        }
        return frame;
    }

    @Override
    public byte[] encode(Frame frame, ImageDescriptor d) throws PixelCodingException {
        if (!lossless) {
            throw new UnsupportedPixelCodingException(name, PixelCodingException.NO_OFFSET,
                    "lossy JPEG is not encoded; redact DCT streams block by block with JpegCoefficientImage");
        }
        if (d.bitsAllocated() > 16 || d.bitsAllocated() < 2 || d.chromaSubsampledHorizontally()) {
            throw new UnsupportedPixelCodingException(name, PixelCodingException.NO_OFFSET,
                    "lossless JPEG encodes 2..16-bit full-resolution samples, not " + d.bitsAllocated() + "-bit "
                            + d.photometric());
        }
        int precision = Math.max(2, d.bitsStored());
        List<Plane> planes = new ArrayList<>(frame.samples());
        for (int s = 0; s < frame.samples(); s++) {
            int[] src = frame.plane(s).ints();
            short[] dst = new short[src.length];
            for (int i = 0; i < src.length; i++) {
                if (src[i] >>> precision != 0) {
                    precision = d.bitsAllocated();
                }
                dst[i] = (short) src[i];
            }
            planes.add(new Plane(frame.columns(), frame.rows(), dst));
        }
        return LosslessEncoder.encode(new RasterImage(frame.columns(), frame.rows(), precision, planes),
                LosslessOptions.DEFAULT);
    }
}
