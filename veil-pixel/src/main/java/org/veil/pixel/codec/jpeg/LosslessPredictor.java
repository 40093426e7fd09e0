package org.veil.pixel.codec.jpeg;

/**
 * Prediction for lossless coding (T.81 H.1.2.1, Table H.1) over a plane of unsigned samples. The first line after
 * the start of a scan or a restart predicts from the left neighbour (its first sample from 2^(P-Pt-1)); other lines
 * predict their first sample from the sample above and the rest with the selection value.
 */
final class LosslessPredictor {
    private LosslessPredictor() {
    }

    /**
     * @param p         the plane (unsigned samples in shorts), with the given stride
     * @param i         index of the sample being predicted, at column x
     * @param firstLine true on the first line of the scan or restart interval
     * @param initial   2^(P - Pt - 1)
     */
    static int predict(short[] p, int i, int x, int stride, boolean firstLine, int selection, int initial) {
        if (firstLine) {
            return x == 0 ? initial : p[i - 1] & 0xFFFF;
        }
        int rb = p[i - stride] & 0xFFFF;
        if (x == 0) {
            return rb;
        }
        int ra = p[i - 1] & 0xFFFF;
        int rc = p[i - stride - 1] & 0xFFFF;
        return switch (selection) {
            case 1 -> ra;
            case 2 -> rb;
            case 3 -> rc;
            case 4 -> ra + rb - rc;
            case 5 -> ra + ((rb - rc) >> 1);
            case 6 -> rb + ((ra - rc) >> 1);
            default -> (ra + rb) >> 1;
        };
    }
}
