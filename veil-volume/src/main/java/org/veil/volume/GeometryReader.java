package org.veil.volume;

import java.util.ArrayList;
import java.util.List;
import org.veil.dicom.data.DataElement;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;

/**
 * Reads the {@link FrameGeometry} of every frame of an image: from the top level of a single-frame instance, or from
 * the Per-frame and Shared Functional Groups of an Enhanced multi-frame one (per-frame values win).
 */
public final class GeometryReader {
    private GeometryReader() {
    }

    /**
     * @throws VolumeException when a frame lacks its position, orientation or spacing, or a value is malformed
     */
    public static List<FrameGeometry> read(Dataset ds) throws VolumeException {
        DatasetView v = DatasetView.of(ds);
        int rows = (int) v.number(Tags.Rows, -1);
        int columns = (int) v.number(Tags.Columns, -1);
        if (rows < 1 || columns < 1) {
            throw new VolumeException("the image has no Rows (0028,0010) or Columns (0028,0011)");
        }
        DataElement perFrame = ds.get(Tags.PerFrameFunctionalGroupsSequence);
        if (perFrame == null || !perFrame.isSequence()) {
            return List.of(frame(List.of(ds), rows, columns));
        }
        Dataset shared = item(ds.get(Tags.SharedFunctionalGroupsSequence), 0);
        int n = (int) v.number(Tags.NumberOfFrames, 1);
        if (perFrame.sequence().size() != n) {
            throw new VolumeException("Per-frame Functional Groups Sequence (5200,9230) has "
                    + perFrame.sequence().size() + " items for " + n + " frames");
        }
        List<FrameGeometry> out = new ArrayList<>(n);
        for (Dataset f : perFrame.sequence()) {
            List<Dataset> levels = new ArrayList<>();
            for (int macro : new int[] {Tags.PlanePositionSequence, Tags.PlaneOrientationSequence,
                    Tags.PixelMeasuresSequence, Tags.PixelValueTransformationSequence}) {
                Dataset own = item(f.get(macro), 0);
                if (own != null) {
                    levels.add(own);
                }
                Dataset common = shared == null ? null : item(shared.get(macro), 0);
                if (common != null) {
                    levels.add(common);
                }
            }
            out.add(frame(levels, rows, columns));
        }
        return out;
    }

    private static Dataset item(DataElement e, int index) {
        if (e == null || !e.isSequence() || e.sequence().size() <= index) {
            return null;
        }
        return e.sequence().get(index);
    }

    private static FrameGeometry frame(List<Dataset> levels, int rows, int columns) throws VolumeException {
        double[] ipp = decimals(levels, Tags.ImagePositionPatient, 3, "Image Position (Patient) (0020,0032)");
        double[] iop = decimals(levels, Tags.ImageOrientationPatient, 6, "Image Orientation (Patient) (0020,0037)");
        double[] ps = decimals(levels, Tags.PixelSpacing, 2, "Pixel Spacing (0028,0030)");
        double[] slope = optional(levels, Tags.RescaleSlope);
        double[] intercept = optional(levels, Tags.RescaleIntercept);
        double[] row = {iop[0], iop[1], iop[2]};
        double[] col = {iop[3], iop[4], iop[5]};
        if (Math.abs(Vec.norm(row) - 1) > 1e-3 || Math.abs(Vec.norm(col) - 1) > 1e-3
                || Math.abs(Vec.dot(row, col)) > 1e-3) {
            throw new VolumeException("Image Orientation (Patient) (0020,0037) is not two orthogonal unit vectors");
        }
        if (!(ps[0] > 0) || !(ps[1] > 0)) {
            throw new VolumeException("Pixel Spacing (0028,0030) is not positive");
        }
        return new FrameGeometry(ipp, row, col, ps[0], ps[1], rows, columns,
                slope.length == 0 || slope[0] == 0 ? 1 : slope[0], intercept.length == 0 ? 0 : intercept[0]);
    }

    private static double[] decimals(List<Dataset> levels, int tag, int count, String name) throws VolumeException {
        for (Dataset d : levels) {
            if (d.contains(tag)) {
                double[] v;
                try {
                    v = DatasetView.of(d).decimals(tag);
                } catch (NumberFormatException e) {
                    throw new VolumeException(name + " is not a list of numbers");
                }
                if (v.length != count) {
                    throw new VolumeException(name + " has " + v.length + " values instead of " + count);
                }
                return v;
            }
        }
        throw new VolumeException(name + " is missing, so the image cannot be placed in a volume");
    }

    private static double[] optional(List<Dataset> levels, int tag) throws VolumeException {
        for (Dataset d : levels) {
            if (d.contains(tag)) {
                try {
                    return DatasetView.of(d).decimals(tag);
                } catch (NumberFormatException e) {
                    throw new VolumeException("a Rescale value (0028,105x) is not a number");
                }
            }
        }
        return new double[0];
    }
}
