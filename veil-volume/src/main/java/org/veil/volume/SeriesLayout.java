package org.veil.volume;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Stacks the frames of a series into one regular grid, or says why they do not stack: more than one orientation or
 * image size or pixel spacing, slices shifted within their plane, two slices at one position, or irregular slice
 * spacing (tolerance: 1% of the spacing, at least 0.01 mm).
 *
 * @param slices   the frames in slice order (ascending along the normal)
 * @param geometry the grid they form
 */
public record SeriesLayout(List<SliceRef> slices, VolumeGeometry geometry) {
    /** Fewer slices than this are not treated as a volume. */
    public static final int MIN_SLICES = 10;
    private static final double DIRECTION_TOLERANCE = 1e-3;

    public SeriesLayout {
        slices = List.copyOf(slices);
    }

    /** @throws VolumeException naming what does not fit */
    public static SeriesLayout of(List<SliceRef> frames) throws VolumeException {
        if (frames.size() < MIN_SLICES) {
            throw new VolumeException("the series has " + frames.size() + " images, fewer than the " + MIN_SLICES
                    + " a volume needs");
        }
        FrameGeometry first = frames.get(0).geometry();
        for (SliceRef r : frames) {
            sameGrid(first, r.geometry());
        }
        double[] normal = first.normal();
        List<SliceRef> sorted = new ArrayList<>(frames);
        sorted.sort(Comparator.comparingDouble(r -> Vec.dot(r.geometry().position(), normal)));
        for (int k = 1; k < sorted.size(); k++) {
            double gap = Vec.dot(Vec.minus(sorted.get(k).geometry().position(),
                    sorted.get(k - 1).geometry().position()), normal);
            if (gap < 0.01) {
                throw new VolumeException("two images of the series lie at one position (slices " + k + " and "
                        + (k + 1) + " along the normal)");
            }
        }
        double[] p0 = sorted.get(0).geometry().position();
        double span = Vec.dot(Vec.minus(sorted.get(sorted.size() - 1).geometry().position(), p0), normal);
        double dz = span / (sorted.size() - 1);
        if (!(dz > 0.01)) {
            throw new VolumeException("two or more images of the series lie at one position");
        }
        double tolerance = Math.max(0.01, dz * 0.01);
        for (int k = 0; k < sorted.size(); k++) {
            double[] d = Vec.minus(sorted.get(k).geometry().position(), p0);
            if (Math.abs(Vec.dot(d, first.row())) > tolerance || Math.abs(Vec.dot(d, first.column())) > tolerance) {
                throw new VolumeException("the images are shifted within their plane, so they do not stack into one "
                        + "volume");
            }
            if (Math.abs(Vec.dot(d, normal) - k * dz) > tolerance) {
                throw new VolumeException(String.format(java.util.Locale.ROOT, "the slice spacing is irregular (slice "
                        + "%d is %.2f mm from the first, a regular %.3f mm spacing puts it at %.2f mm)", k + 1,
                        Vec.dot(d, normal), dz, k * dz));
            }
        }
        VolumeGeometry g = new VolumeGeometry(p0, first.row(), first.column(), normal, first.colSpacing(),
                first.rowSpacing(), dz, first.columns(), first.rows(), sorted.size());
        return new SeriesLayout(sorted, g);
    }

    private static void sameGrid(FrameGeometry a, FrameGeometry b) throws VolumeException {
        if (!Vec.close(a.row(), b.row(), DIRECTION_TOLERANCE) || !Vec.close(a.column(), b.column(),
                DIRECTION_TOLERANCE)) {
            throw new VolumeException("the series has images in more than one orientation");
        }
        if (a.rows() != b.rows() || a.columns() != b.columns()) {
            throw new VolumeException("the series has images of more than one size (" + a.rows() + " x "
                    + a.columns() + " and " + b.rows() + " x " + b.columns() + ")");
        }
        if (Math.abs(a.rowSpacing() - b.rowSpacing()) > 1e-3 || Math.abs(a.colSpacing() - b.colSpacing()) > 1e-3) {
            throw new VolumeException("the series has images with more than one pixel spacing");
        }
    }
}
