package org.veil.pixel.codec;

import org.veil.pixel.PixelCodingException;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;

/**
 * Decodes and encodes the frames of one encapsulated transfer syntax. A frame is the complete coded stream of one
 * frame (all its fragments joined); padding a stream to an even fragment length is the encapsulation writer's job.
 * Implementations are immutable and thread-safe.
 */
public interface FrameCodec {

    /** A short name for messages, e.g. {@code RLE Lossless}. */
    String name();

    /**
     * Decodes one frame described by {@code d} (its Number of Frames is ignored).
     *
     * @throws org.veil.pixel.CorruptPixelDataException       when the stream is broken or contradicts {@code d}
     * @throws org.veil.pixel.UnsupportedPixelCodingException when the stream uses an option this codec lacks
     */
    Frame decode(byte[] encodedFrame, ImageDescriptor d) throws PixelCodingException;

    /**
     * Encodes one frame laid out as {@code d} describes.
     *
     * @throws org.veil.pixel.UnsupportedPixelCodingException when this codec cannot encode such an image
     */
    byte[] encode(Frame frame, ImageDescriptor d) throws PixelCodingException;

    /** True when {@link #encode} is exact: decoding its output gives back the frame it was given, cell for cell. */
    boolean lossless();

    /**
     * The image description a data set must carry for frames this codec encodes from frames described by {@code d};
     * e.g. a JPEG 2000 encoder that writes the reversible color transform turns YBR_ICT into YBR_RCT.
     */
    default ImageDescriptor encodedDescriptor(ImageDescriptor d) {
        return d;
    }
}
