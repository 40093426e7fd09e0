package org.veil.pixel.codec;

import org.veil.pixel.CorruptPixelDataException;
import org.veil.pixel.PixelCodingException;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.NativeFrameCodec;
import org.veil.pixel.frame.NativeFrameOptions;

/**
 * Encapsulated Uncompressed Explicit VR Little Endian (1.2.840.10008.1.2.1.98, PS3.5 A.4.11): each frame is the
 * native little endian frame, starting at bit 0, in its own fragment(s).
 */
public final class EncapsulatedUncompressedCodec implements FrameCodec {
    private static final String NAME = "Encapsulated Uncompressed";
    private final CodecLimits limits;

    public EncapsulatedUncompressedCodec(CodecLimits limits) {
        this.limits = limits;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Frame decode(byte[] encodedFrame, ImageDescriptor d) throws PixelCodingException {
        limits.check(NAME, d);
        if (encodedFrame.length < d.frameLength()) {
            throw new CorruptPixelDataException(NAME, encodedFrame.length, "frame needs " + d.frameLength()
                    + " bytes, the fragments hold " + encodedFrame.length);
        }
        return new NativeFrameCodec(d, NativeFrameOptions.LITTLE_ENDIAN).decode(encodedFrame, 0);
    }

    @Override
    public byte[] encode(Frame frame, ImageDescriptor d) throws PixelCodingException {
        limits.check(NAME, d);
        return new NativeFrameCodec(d, NativeFrameOptions.LITTLE_ENDIAN).encode(frame);
    }

    @Override
    public boolean lossless() {
        return true;
    }
}
