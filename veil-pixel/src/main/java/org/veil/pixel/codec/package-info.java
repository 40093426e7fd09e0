/**
 * Frame codecs of encapsulated transfer syntaxes behind one interface, {@link org.veil.pixel.codec.FrameCodec}, and
 * the {@link org.veil.pixel.codec.FrameCodecRegistry} that maps transfer syntax UIDs to them. The JPEG family plugs
 * in through {@link org.veil.pixel.codec.FrameCodecProvider}.
 *
 * <p>Codecs must never trust sizes in the coded data: everything is checked against the image description and
 * {@link org.veil.pixel.codec.CodecLimits} before memory is allocated, and errors name the byte offset. Codecs must
 * never expose third-party types (ImageIO, ...) in their API.
 */
package org.veil.pixel.codec;
