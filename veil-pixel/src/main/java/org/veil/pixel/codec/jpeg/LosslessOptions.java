package org.veil.pixel.codec.jpeg;

/**
 * Settings of {@link LosslessEncoder}.
 *
 * @param predictor      selection value 1..7 (T.81 Table H.1); 1 is what DICOM's default lossless transfer syntax
 *                       (1.2.840.10008.1.2.4.70) requires
 * @param pointTransform Pt 0..15: samples are divided by 2^Pt before coding (lossy unless their low bits are zero)
 * @param restartRows    image lines per restart interval, 0 for none (the interval in MCUs must stay below 65536)
 */
public record LosslessOptions(int predictor, int pointTransform, int restartRows) {

    /** Predictor 1, no point transform, no restart intervals. */
    public static final LosslessOptions DEFAULT = new LosslessOptions(1, 0, 0);

    public LosslessOptions {
        if (predictor < 1 || predictor > 7 || pointTransform < 0 || pointTransform > 15 || restartRows < 0) {
            throw new IllegalArgumentException("invalid LosslessOptions: predictor " + predictor
                    + " (1..7), point transform " + pointTransform + " (0..15), restart rows " + restartRows);
        }
    }

    public LosslessOptions withPredictor(int p) {
        return new LosslessOptions(p, pointTransform, restartRows);
    }

    public LosslessOptions withPointTransform(int pt) {
        return new LosslessOptions(predictor, pt, restartRows);
    }

    public LosslessOptions withRestartRows(int rows) {
        return new LosslessOptions(predictor, pointTransform, rows);
    }
}
