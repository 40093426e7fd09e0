package org.veil.pixel.codec.deflate;

import java.io.ByteArrayOutputStream;
import java.util.Objects;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.veil.pixel.CorruptPixelDataException;
import org.veil.pixel.PixelCodingException;
import org.veil.pixel.codec.CodecLimits;
import org.veil.pixel.codec.FrameCodec;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.NativeFrameCodec;
import org.veil.pixel.frame.NativeFrameOptions;

/**
 * Deflated Image Frame Compression (1.2.840.10008.1.2.8.1): each frame is a raw deflate stream (RFC 1951, no zlib
 * header) of the native little endian frame, which starts at bit 0 (so 1-bit frames are byte-aligned). Inflation
 * stops at the frame length the image description gives: a stream that inflates to more is refused as soon as the
 * first surplus byte appears (deflate bomb guard), one that inflates to less is corrupt.
 */
public final class DeflatedFrameCodec implements FrameCodec {
    private static final String NAME = "Deflated Image Frame";

    private final CodecLimits limits;
    private final int level;

    /** Encodes with {@link Deflater#BEST_SPEED}: about 7 times faster than the default level, 15% larger. */
    public DeflatedFrameCodec(CodecLimits limits) {
        this(limits, Deflater.BEST_SPEED);
    }

    /** Encodes with a deflate level from 0 (stored) to 9 (smallest). */
    public DeflatedFrameCodec(CodecLimits limits, int level) {
        this.limits = Objects.requireNonNull(limits, "limits");
        if (level < 0 || level > 9) {
            throw new IllegalArgumentException("deflate level must be 0..9, not " + level);
        }
        this.level = level;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean lossless() {
        return true;
    }

    @Override
    public Frame decode(byte[] data, ImageDescriptor d) throws PixelCodingException {
        limits.check(NAME, d);
        byte[] frame = new byte[(int) d.frameLength()];
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(data);
            int filled = 0;
            while (filled < frame.length) {
                int n = inflater.inflate(frame, filled, frame.length - filled);
                filled += n;
                if (n == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                    throw new CorruptPixelDataException(NAME, inflater.getBytesRead(), "deflate stream "
                            + (inflater.finished() ? "ends" : "is cut off") + " after " + filled + " of "
                            + frame.length + " frame bytes");
                }
            }
            if (inflater.inflate(new byte[1]) > 0) {
                throw new CorruptPixelDataException(NAME, inflater.getBytesRead(), "deflate stream inflates to more"
                        + " than the " + frame.length + "-byte frame");
            }
        } catch (DataFormatException e) {
            throw new CorruptPixelDataException(NAME, inflater.getBytesRead(), "invalid deflate data: "
                    + e.getMessage(), e);
        } finally {
            inflater.end();
        }
        return new NativeFrameCodec(d, NativeFrameOptions.LITTLE_ENDIAN).decode(frame, 0);
    }

    @Override
    public byte[] encode(Frame frame, ImageDescriptor d) throws PixelCodingException {
        limits.check(NAME, d);
        byte[] raw = new NativeFrameCodec(d, NativeFrameOptions.LITTLE_ENDIAN).encode(frame);
        Deflater deflater = new Deflater(level, true);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 4 + 64);
            byte[] chunk = new byte[64 * 1024];
            while (!deflater.finished()) {
                int n = deflater.deflate(chunk);
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
