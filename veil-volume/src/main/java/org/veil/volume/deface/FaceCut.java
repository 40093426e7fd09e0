package org.veil.volume.deface;

import java.io.IOException;
import java.util.List;
import org.veil.dicom.TransferSyntax;
import org.veil.dicom.data.Dataset;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.redact.PixelRedactor;
import org.veil.pixel.redact.RedactionOptions;
import org.veil.pixel.redact.RedactionResult;
import org.veil.volume.FrameGeometry;
import org.veil.volume.GeometryReader;
import org.veil.volume.VolumeException;

/**
 * Applies a {@link FacePlane} to the frames of one instance: every pixel whose centre lies on the face side gets the
 * air value (through the frame's own rescale), the rest keeps its exact stored value. Works from the instance's own
 * geometry, so it needs no volume in memory; one frame at a time. Thread-safe.
 */
public final class FaceCut {
    private final PixelRedactor redactor;
    private final RedactionOptions options;

    public FaceCut(PixelRedactor redactor, RedactionOptions options) {
        this.redactor = redactor;
        this.options = options;
    }

    /**
     * @param air the value removed pixels get, in modality units
     * @return what the pixel step did (transfer syntax to write, temporary files to delete after writing)
     * @throws VolumeException when the instance has no usable geometry
     * @throws IOException     when the pixel data cannot be decoded or re-encoded losslessly
     */
    public RedactionResult apply(Dataset ds, TransferSyntax ts, FacePlane plane, double air)
            throws VolumeException, IOException {
        return apply(ds, ts, plane, null, air);
    }

    /**
     * Applies the plane and, when not null, the ear boxes.
     *
     * @param air the value removed pixels get, in modality units
     * @return what the pixel step did (transfer syntax to write, temporary files to delete after writing)
     * @throws VolumeException when the instance has no usable geometry
     * @throws IOException     when the pixel data cannot be decoded or re-encoded losslessly
     */
    public RedactionResult apply(Dataset ds, TransferSyntax ts, FacePlane plane, EarCut ears, double air)
            throws VolumeException, IOException {
        List<FrameGeometry> frames = GeometryReader.read(ds);
        ImageDescriptor d = PixelRedactor.describe(ds);
        if (d.samplesPerPixel() != 1 || d.bitsStored() > 16 || d.bitsAllocated() > 32) {
            throw new VolumeException("the images are not grey-scale with up to 16 bits stored");
        }
        return redactor.edit(ds, ts, (frame, index) -> {
            FrameGeometry g = frames.get(Math.min(index, frames.size() - 1));
            int cell = airCell(g, d, air);
            int[] cells = frame.plane(0).ints();
            double[] n = plane.normal();
            double base = n[0] * g.position()[0] + n[1] * g.position()[1] + n[2] * g.position()[2];
            double perColumn = g.colSpacing() * (n[0] * g.row()[0] + n[1] * g.row()[1] + n[2] * g.row()[2]);
            double perRow = g.rowSpacing() * (n[0] * g.column()[0] + n[1] * g.column()[1] + n[2] * g.column()[2]);
            boolean any = false;
            for (int r = 0; r < g.rows(); r++) {
                double rowStart = base + r * perRow;
                for (int c = 0; c < g.columns(); c++) {
                    if (rowStart + c * perColumn > plane.offset() || ears != null && inEars(g, ears, r, c)) {
                        cells[r * g.columns() + c] = cell;
                        any = true;
                    }
                }
            }
            return any;
        }, options);
    }

    private static boolean inEars(FrameGeometry g, EarCut ears, int r, int c) {
        double[] p = g.position();
        double u = c * g.colSpacing();
        double v = r * g.rowSpacing();
        return ears.removes(p[0] + u * g.row()[0] + v * g.column()[0], p[1] + u * g.row()[1] + v * g.column()[1],
                p[2] + u * g.row()[2] + v * g.column()[2]);
    }

    /** The raw cell holding the stored value nearest to {@code air} (clamped to Bits Stored). */
    static int airCell(FrameGeometry g, ImageDescriptor d, double air) {
        long v = Math.round((air - g.intercept()) / g.slope());
        long lo = d.isSigned() ? -(1L << (d.bitsStored() - 1)) : 0;
        long hi = d.isSigned() ? (1L << (d.bitsStored() - 1)) - 1 : (1L << d.bitsStored()) - 1;
        v = Math.max(lo, Math.min(hi, v));
        long mask = (1L << d.bitsStored()) - 1;
        return (int) ((v & mask) << d.lowBit());
    }
}
