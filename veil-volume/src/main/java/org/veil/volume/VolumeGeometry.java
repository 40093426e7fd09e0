package org.veil.volume;

/**
 * A regular grid in the patient: voxel (x, y, z) lies at {@code origin + x*dx*row + y*dy*column + z*dz*normal}
 * (LPS, millimetres), x along a row (column index), y down the columns (row index), z across slices.
 *
 * @param origin position of voxel (0, 0, 0)
 * @param row    unit vector of increasing x
 * @param column unit vector of increasing y
 * @param normal unit vector of increasing z (row x column)
 * @param dx     column spacing
 * @param dy     row spacing
 * @param dz     slice spacing (positive)
 * @param nx     columns
 * @param ny     rows
 * @param nz     slices
 */
public record VolumeGeometry(double[] origin, double[] row, double[] column, double[] normal, double dx, double dy,
                             double dz, int nx, int ny, int nz) {

    /** Patient position of voxel (x, y, z); fractional indices allowed. */
    public double[] position(double x, double y, double z) {
        double[] p = new double[3];
        for (int i = 0; i < 3; i++) {
            p[i] = origin[i] + x * dx * row[i] + y * dy * column[i] + z * dz * normal[i];
        }
        return p;
    }

    /** Fractional voxel index (x, y, z) of a patient position. */
    public double[] index(double[] p) {
        double[] d = Vec.minus(p, origin);
        return new double[] {Vec.dot(d, row) / dx, Vec.dot(d, column) / dy, Vec.dot(d, normal) / dz};
    }

    public long voxels() {
        return (long) nx * ny * nz;
    }
}
