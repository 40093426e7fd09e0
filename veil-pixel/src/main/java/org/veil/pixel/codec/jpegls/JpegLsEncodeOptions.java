package org.veil.pixel.codec.jpegls;

import java.util.Objects;

/**
 * How {@link JpegLsCodec} encodes.
 *
 * @param near            NEAR: 0 for lossless, up to 255 for near-lossless (each sample within NEAR of the source)
 * @param interleave      interleave mode for images of more than one component (single components use NONE). SAMPLE
 *                        with a RESET other than 64 is written as LINE: CharLS (inside dcmtk and gdcm) decodes that
 *                        combination with single-component traits and fails, though T.87 allows it
 * @param presets         preset coding parameters; zero fields take the T.87 defaults. The resolved values are
 *                        always written in an LSE segment, so that decoders with other defaults agree
 * @param restartInterval lines between restart markers, 0 for none
 */
public record JpegLsEncodeOptions(int near, InterleaveMode interleave, PresetParameters presets, int restartInterval) {

    /** Lossless, sample interleaved, default parameters, no restart markers. */
    public static final JpegLsEncodeOptions LOSSLESS = new JpegLsEncodeOptions(0, InterleaveMode.SAMPLE,
            PresetParameters.DEFAULTS, 0);

    public JpegLsEncodeOptions {
        Objects.requireNonNull(interleave, "interleave");
        Objects.requireNonNull(presets, "presets");
        if (near < 0 || near > 255 || restartInterval < 0 || restartInterval > 65535) {
            throw new IllegalArgumentException("NEAR must be 0..255 and the restart interval 0..65535");
        }
    }

    public JpegLsEncodeOptions withNear(int value) {
        return new JpegLsEncodeOptions(value, interleave, presets, restartInterval);
    }

    public JpegLsEncodeOptions with(InterleaveMode value) {
        return new JpegLsEncodeOptions(near, value, presets, restartInterval);
    }

    public JpegLsEncodeOptions with(PresetParameters value) {
        return new JpegLsEncodeOptions(near, interleave, value, restartInterval);
    }

    public JpegLsEncodeOptions withRestartInterval(int lines) {
        return new JpegLsEncodeOptions(near, interleave, presets, lines);
    }
}
