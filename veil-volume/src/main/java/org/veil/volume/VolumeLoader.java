package org.veil.volume;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;
import org.veil.dicom.io.DicomFile;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.Plane;
import org.veil.pixel.redact.PixelRedactor;

/**
 * Loads the instances of one series into a {@link Volume}: geometry of every frame, {@link SeriesLayout} checks,
 * then the frames decoded one at a time (any transfer syntax veil-pixel decodes) into the 16-bit voxel array. Only
 * grey-scale images of up to 16 bits stored are accepted. Thread-safe.
 */
public final class VolumeLoader {
    private final PixelRedactor pixels;
    private final long maxVoxels;

    /**
     * @param maxVoxels the largest volume loaded (2 bytes per voxel); a larger series is refused with a reason
     */
    public VolumeLoader(PixelRedactor pixels, long maxVoxels) {
        this.pixels = pixels;
        this.maxVoxels = maxVoxels;
    }

    /** The layout of the frames of {@code files}, without pixel data. */
    public static SeriesLayout layout(List<DicomFile> files) throws VolumeException {
        List<SliceRef> refs = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            List<FrameGeometry> frames = GeometryReader.read(files.get(i).dataset());
            for (int f = 0; f < frames.size(); f++) {
                refs.add(new SliceRef(i, f, frames.get(f)));
            }
        }
        return SeriesLayout.of(refs);
    }

    /**
     * @throws VolumeException when the frames do not form one regular grid, the images are not grey-scale of up to 16
     *                         bits, the volume is too large, or pixel data cannot be decoded (the message says which)
     */
    public Volume load(List<DicomFile> files) throws VolumeException {
        SeriesLayout layout = layout(files);
        VolumeGeometry g = layout.geometry();
        if (g.voxels() > maxVoxels) {
            throw new VolumeException("the volume has " + g.voxels() + " voxels, more than the limit of " + maxVoxels);
        }
        int[][] sliceOf = new int[files.size()][];
        double[] slope = new double[g.nz()];
        double[] intercept = new double[g.nz()];
        for (int z = 0; z < g.nz(); z++) {
            SliceRef r = layout.slices().get(z);
            if (sliceOf[r.source()] == null) {
                sliceOf[r.source()] = new int[(int) DatasetView.of(files.get(r.source()).dataset())
                        .number(Tags.NumberOfFrames, 1)];
            }
            sliceOf[r.source()][r.frame()] = z;
            slope[z] = r.geometry().slope();
            intercept[z] = r.geometry().intercept();
        }
        short[] data = new short[(int) g.voxels()];
        boolean signed = false;
        for (int i = 0; i < files.size(); i++) {
            signed = decode(files.get(i), sliceOf[i], data, g);
        }
        String modality = DatasetView.of(files.get(0).dataset()).string(Tags.Modality);
        return new Volume(g, data, signed, slope, intercept,
                modality == null ? "" : modality.trim().toUpperCase(Locale.ROOT));
    }

    private boolean decode(DicomFile file, int[] slices, short[] data, VolumeGeometry g) throws VolumeException {
        try {
            ImageDescriptor d = PixelRedactor.describe(file.dataset());
            if (d.samplesPerPixel() != 1 || d.bitsStored() > 16 || d.bitsAllocated() > 32) {
                throw new VolumeException("the images are not grey-scale with up to 16 bits stored");
            }
            int mask = (1 << d.bitsStored()) - 1;
            int shift = 32 - d.bitsStored();
            int plane = g.nx() * g.ny();
            pixels.read(file.dataset(), file.transferSyntax(), (frame, index) -> {
                Plane p = frame.plane(0);
                int[] cells = p.ints();
                int base = slices[index] * plane;
                for (int k = 0; k < plane; k++) {
                    int v = cells[k] >>> d.lowBit() & mask;
                    data[base + k] = (short) (d.isSigned() ? v << shift >> shift : v);
                }
                return false;
            });
            return d.isSigned();
        } catch (IOException e) {
            throw new VolumeException("the pixel data cannot be read: " + e.getMessage(), e);
        }
    }
}
