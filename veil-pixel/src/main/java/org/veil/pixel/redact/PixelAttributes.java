package org.veil.pixel.redact;

import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
import org.veil.dicom.dict.Tags;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.PhotometricInterpretation;
import org.veil.pixel.frame.PixelRepresentation;
import org.veil.pixel.frame.PlanarConfiguration;

/** Reads the {@link ImageDescriptor} of a data set's Pixel Data from its Image Pixel Module. */
final class PixelAttributes {
    private PixelAttributes() {
    }

    static ImageDescriptor describe(Dataset ds) throws PixelRedactionException {
        DatasetView v = DatasetView.of(ds);
        String photometric = v.string(Tags.PhotometricInterpretation);
        try {
            int bitsAllocated = (int) require(v, Tags.BitsAllocated, "Bits Allocated (0028,0100)");
            ImageDescriptor d = ImageDescriptor.builder()
                    .rows((int) require(v, Tags.Rows, "Rows (0028,0010)"))
                    .columns((int) require(v, Tags.Columns, "Columns (0028,0011)"))
                    .bitsAllocated(bitsAllocated)
                    .bitsStored((int) number(v, Tags.BitsStored, "Bits Stored (0028,0101)", bitsAllocated))
                    .highBit((int) number(v, Tags.HighBit, "High Bit (0028,0102)",
                            number(v, Tags.BitsStored, "Bits Stored (0028,0101)", bitsAllocated) - 1))
                    .pixelRepresentation(PixelRepresentation.of((int) number(v, Tags.PixelRepresentation,
                            "Pixel Representation (0028,0103)", 0)))
                    .planarConfiguration(PlanarConfiguration.of((int) number(v, Tags.PlanarConfiguration,
                            "Planar Configuration (0028,0006)", 0)))
                    .photometric(PhotometricInterpretation.of(photometric == null ? "MONOCHROME2" : photometric))
                    .numberOfFrames((int) Math.max(1, number(v, Tags.NumberOfFrames,
                            "Number of Frames (0028,0008)", 1)))
                    .build();
            long spp = number(v, Tags.SamplesPerPixel, "Samples per Pixel (0028,0002)", d.samplesPerPixel());
            if (spp != d.samplesPerPixel()) {
                throw new PixelRedactionException("Samples per Pixel (0028,0002) " + spp
                        + " does not match Photometric Interpretation " + photometric);
            }
            return d;
        } catch (IllegalArgumentException e) {
            throw new PixelRedactionException("image pixel module: " + e.getMessage(), e);
        }
    }

    /** The element's number, or {@code fallback} when absent; a value that is not a number is named. */
    private static long number(DatasetView v, int tag, String name, long fallback) throws PixelRedactionException {
        try {
            return v.number(tag, fallback);
        } catch (NumberFormatException e) {
            throw new PixelRedactionException(name + " is not a number");
        }
    }

    private static long require(DatasetView v, int tag, String name) throws PixelRedactionException {
        long n = number(v, tag, name, -1);
        if (n < 0) {
            throw new PixelRedactionException(name + " is missing");
        }
        return n;
    }
}
