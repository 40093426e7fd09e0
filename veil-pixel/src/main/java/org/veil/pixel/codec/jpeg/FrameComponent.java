package org.veil.pixel.codec.jpeg;

/**
 * One component of a frame header (T.81 B.2.2).
 *
 * @param id                 component identifier Ci (0..255)
 * @param horizontalSampling Hi (1..4)
 * @param verticalSampling   Vi (1..4)
 * @param quantTable         Tqi, the quantization table slot (0..3; always 0 for lossless)
 */
public record FrameComponent(int id, int horizontalSampling, int verticalSampling, int quantTable) {
}
