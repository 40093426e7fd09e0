package org.veil.volume.deface;

import org.veil.volume.Volume;

/**
 * Modality values resampled (trilinear) onto an isotropic grid aligned with the patient axes, whatever the
 * acquisition (axial, sagittal, coronal, oblique): voxel (i, j, k) lies at {@code origin + (i, j, k) * spacing} in
 * LPS. Samples outside the acquired volume are NaN. 4 bytes per voxel; the grid spacing is chosen so that it has at
 * most {@link #MAX_VOXELS} voxels.
 */
final class WorkGrid {
    static final long MAX_VOXELS = 12_000_000L;
    static final double MIN_SPACING = 1.5;

    final double[] origin;
    final double spacing;
    final int ni;
    final int nj;
    final int nk;
    final float[] values;

    WorkGrid(double[] origin, double spacing, int ni, int nj, int nk, float[] values) {
        this.origin = origin;
        this.spacing = spacing;
        this.ni = ni;
        this.nj = nj;
        this.nk = nk;
        this.values = values;
    }

    static WorkGrid of(Volume v) {
        double[] lo = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] hi = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        var g = v.geometry();
        for (int c = 0; c < 8; c++) {
            double[] p = g.position((c & 1) * (g.nx() - 1), (c >> 1 & 1) * (g.ny() - 1), (c >> 2 & 1) * (g.nz() - 1));
            for (int a = 0; a < 3; a++) {
                lo[a] = Math.min(lo[a], p[a]);
                hi[a] = Math.max(hi[a], p[a]);
            }
        }
        double volume = (hi[0] - lo[0] + 1) * (hi[1] - lo[1] + 1) * (hi[2] - lo[2] + 1);
        double s = Math.max(MIN_SPACING, Math.cbrt(volume / MAX_VOXELS) * 1.01);
        int ni = (int) ((hi[0] - lo[0]) / s) + 1;
        int nj = (int) ((hi[1] - lo[1]) / s) + 1;
        int nk = (int) ((hi[2] - lo[2]) / s) + 1;
        float[] values = new float[ni * nj * nk];
        double[] step = g.index(new double[] {lo[0] + s, lo[1], lo[2]});
        double[] zero = g.index(lo);
        for (int a = 0; a < 3; a++) {
            step[a] -= zero[a];
        }
        for (int k = 0; k < nk; k++) {
            for (int j = 0; j < nj; j++) {
                // the volume index moves by the same step for each grid step along i
                double[] x = g.index(new double[] {lo[0], lo[1] + j * s, lo[2] + k * s});
                int row = ni * (j + nj * k);
                for (int i = 0; i < ni; i++) {
                    values[row + i] = (float) v.sample(x[0] + i * step[0], x[1] + i * step[1], x[2] + i * step[2],
                            Double.NaN);
                }
            }
        }
        return new WorkGrid(lo, s, ni, nj, nk, values);
    }

    int size() {
        return values.length;
    }

    int index(int i, int j, int k) {
        return i + ni * (j + nj * k);
    }

    /** Patient coordinate a (0 = x, 1 = y, 2 = z) of voxel index {@code idx}. */
    double coordinate(int idx, int axis) {
        int i = idx % ni;
        int j = idx / ni % nj;
        int k = idx / (ni * nj);
        return origin[axis] + (axis == 0 ? i : axis == 1 ? j : k) * spacing;
    }

    /** A copy with other values. */
    WorkGrid with(float[] other) {
        return new WorkGrid(origin, spacing, ni, nj, nk, other);
    }
}
