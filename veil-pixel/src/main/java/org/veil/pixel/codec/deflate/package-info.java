/**
 * Deflated Image Frame Compression: {@link org.veil.pixel.codec.deflate.DeflatedFrameCodec}. Must never inflate past
 * the frame length of the image description.
 */
package org.veil.pixel.codec.deflate;
