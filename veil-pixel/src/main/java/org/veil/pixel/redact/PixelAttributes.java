package org.veil.pixel.redact;

import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;
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
        String photometric = v.string(PixelTags.PHOTOMETRIC);
        try {
            int bitsAllocated = (int) require(v, PixelTags.BITS_ALLOCATED, "Bits Allocated (0028,0100)");
            ImageDescriptor d = ImageDescriptor.builder()
                    .rows((int) require(v, PixelTags.ROWS, "Rows (0028,0010)"))
                    .columns((int) require(v, PixelTags.COLUMNS, "Columns (0028,0011)"))
                    .bitsAllocated(bitsAllocated)
                    .bitsStored((int) v.number(PixelTags.BITS_STORED, bitsAllocated))
                    .highBit((int) v.number(PixelTags.HIGH_BIT, v.number(PixelTags.BITS_STORED, bitsAllocated) - 1))
                    .pixelRepresentation(PixelRepresentation.of((int) v.number(PixelTags.PIXEL_REPRESENTATION, 0)))
                    .planarConfiguration(PlanarConfiguration.of((int) v.number(PixelTags.PLANAR_CONFIGURATION, 0)))
                    .photometric(PhotometricInterpretation.of(photometric == null ? "MONOCHROME2" : photometric))
                    .numberOfFrames((int) Math.max(1, v.number(PixelTags.NUMBER_OF_FRAMES, 1)))
                    .build();
            long spp = v.number(PixelTags.SAMPLES_PER_PIXEL, d.samplesPerPixel());
            if (spp != d.samplesPerPixel()) {
                throw new PixelRedactionException("Samples per Pixel (0028,0002) " + spp
                        + " does not match Photometric Interpretation " + photometric);
            }
            return d;
        } catch (IllegalArgumentException e) {
            throw new PixelRedactionException("image pixel module: " + e.getMessage(), e);
        }
    }

    private static long require(DatasetView v, int tag, String name) throws PixelRedactionException {
        long n = v.number(tag, -1);
        if (n < 0) {
            throw new PixelRedactionException(name + " is missing");
        }
        return n;
    }
}
