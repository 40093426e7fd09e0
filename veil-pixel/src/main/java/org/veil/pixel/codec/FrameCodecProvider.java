package org.veil.pixel.codec;

import java.util.Map;

/**
 * Supplies codecs for transfer syntaxes that {@link FrameCodecRegistry#standard(CodecLimits)} does not build itself.
 * This is the extension point for the JPEG family (1.2.840.10008.1.2.4.50/.51/.57/.70): implement it in
 * {@code org.veil.pixel.codec.jpeg} and list the class in
 * {@code META-INF/services/org.veil.pixel.codec.FrameCodecProvider}; {@link java.util.ServiceLoader} finds it.
 */
public interface FrameCodecProvider {

    /** Codecs by transfer syntax UID; a UID the registry already covers is an error. */
    Map<String, FrameCodec> codecs(CodecLimits limits);
}
