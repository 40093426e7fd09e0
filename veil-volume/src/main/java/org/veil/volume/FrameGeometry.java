package org.veil.volume;

/**
 * Where one frame lies in the patient (LPS, millimetres) and how its stored values map to modality values.
 *
 * @param position   Image Position (Patient): the centre of the first pixel
 * @param row        direction of increasing column index (first triplet of Image Orientation (Patient))
 * @param column     direction of increasing row index (second triplet)
 * @param rowSpacing distance between rows (Pixel Spacing, first value)
 * @param colSpacing distance between columns (Pixel Spacing, second value)
 * @param rows       Rows
 * @param columns    Columns
 * @param slope      Rescale Slope (1 when absent)
 * @param intercept  Rescale Intercept (0 when absent)
 */
public record FrameGeometry(double[] position, double[] row, double[] column, double rowSpacing, double colSpacing,
                            int rows, int columns, double slope, double intercept) {

    /** The unit normal row x column. */
    public double[] normal() {
        return Vec.cross(row, column);
    }
}
