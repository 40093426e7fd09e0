package org.veil.pixel.frame;

import java.util.Objects;

/**
 * The Image Pixel Module attributes that say how pixel data is laid out (PS3.3 C.7.6.3, PS3.5 8.1.1 and 8.2), with the
 * frame sizes that follow from them.
 *
 * <p>Supported: Bits Allocated 1 or any multiple of 8 up to 64; Bits Stored and High Bit anywhere inside the cell
 * (High Bit at least Bits Stored - 1); one or three samples (four is accepted for Photometric Interpretations that need
 * it, none of the supported ones does); Float and Double Float Pixel Data as {@link SampleFormat#IEEE_FLOAT}.
 *
 * <p>Native frame sizes: a frame holds Rows x Columns x Samples per Pixel cells of Bits Allocated bits, except for
 * YBR_FULL_422 and YBR_PARTIAL_422, where each pair of pixels holds two luminance and one pair of chrominance samples,
 * so two samples per pixel on average (PS3.3 C.7.6.3.1.2). Frames of a native multi-frame image are concatenated
 * without padding, so with Bits Allocated 1 a frame starts at bit {@code index * frameBits()}, possibly inside a byte
 * (PS3.5 8.1.1); only the value as a whole is padded to an even length. In encapsulated transfer syntaxes each frame is
 * coded on its own and starts at bit 0 of its own byte stream, which is {@link #frameLength()} bytes long.
 *
 * @param rows                 Rows (0028,0010), 1..65535
 * @param columns              Columns (0028,0011), 1..65535
 * @param samplesPerPixel      Samples per Pixel (0028,0002), as the photometric interpretation requires
 * @param bitsAllocated        Bits Allocated (0028,0100): 1 or a multiple of 8 up to 64
 * @param bitsStored           Bits Stored (0028,0101), 1..bitsAllocated
 * @param highBit              High Bit (0028,0102), bitsStored - 1..bitsAllocated - 1
 * @param pixelRepresentation  Pixel Representation (0028,0103)
 * @param planarConfiguration  Planar Configuration (0028,0006); only meaningful with more than one sample
 * @param photometric          Photometric Interpretation (0028,0004)
 * @param numberOfFrames       Number of Frames (0028,0008), 1 when absent
 * @param sampleFormat         integer (Pixel Data) or IEEE float (Float / Double Float Pixel Data)
 */
public record ImageDescriptor(int rows, int columns, int samplesPerPixel, int bitsAllocated, int bitsStored,
                              int highBit, PixelRepresentation pixelRepresentation,
                              PlanarConfiguration planarConfiguration, PhotometricInterpretation photometric,
                              int numberOfFrames, SampleFormat sampleFormat) {

    public ImageDescriptor {
        Objects.requireNonNull(pixelRepresentation, "pixelRepresentation");
        Objects.requireNonNull(planarConfiguration, "planarConfiguration");
        Objects.requireNonNull(photometric, "photometric");
        Objects.requireNonNull(sampleFormat, "sampleFormat");
        require(rows >= 1 && rows <= 65535, "Rows (0028,0010) must be 1..65535, not " + rows);
        require(columns >= 1 && columns <= 65535, "Columns (0028,0011) must be 1..65535, not " + columns);
        require(bitsAllocated == 1 || bitsAllocated % 8 == 0 && bitsAllocated >= 8 && bitsAllocated <= 64,
                "Bits Allocated (0028,0100) must be 1 or a multiple of 8 up to 64, not " + bitsAllocated);
        require(bitsStored >= 1 && bitsStored <= bitsAllocated,
                "Bits Stored (0028,0101) must be 1.." + bitsAllocated + ", not " + bitsStored);
        require(highBit >= bitsStored - 1 && highBit < bitsAllocated,
                "High Bit (0028,0102) must be " + (bitsStored - 1) + ".." + (bitsAllocated - 1) + ", not " + highBit);
        require(samplesPerPixel == photometric.samplesPerPixel(), "Samples per Pixel (0028,0002) " + samplesPerPixel
                + " does not match Photometric Interpretation " + photometric);
        require(bitsAllocated > 1 || samplesPerPixel == 1, "Bits Allocated 1 needs one sample per pixel");
        require(numberOfFrames >= 1, "Number of Frames (0028,0008) must be at least 1, not " + numberOfFrames);
        if (sampleFormat == SampleFormat.IEEE_FLOAT) {
            require((bitsAllocated == 32 || bitsAllocated == 64) && bitsStored == bitsAllocated
                    && highBit == bitsAllocated - 1, "float pixel data needs Bits Allocated 32 or 64, not " + bitsAllocated);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** A builder with one 16-bit MONOCHROME2 unsigned frame of 1 x 1 pixels as the starting point. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this descriptor. */
    public Builder toBuilder() {
        return new Builder().rows(rows).columns(columns).bitsAllocated(bitsAllocated).bitsStored(bitsStored)
                .highBit(highBit).pixelRepresentation(pixelRepresentation).planarConfiguration(planarConfiguration)
                .photometric(photometric).numberOfFrames(numberOfFrames).sampleFormat(sampleFormat);
    }

    /** True for signed integer samples. */
    public boolean isSigned() {
        return pixelRepresentation == PixelRepresentation.SIGNED && sampleFormat == SampleFormat.INTEGER;
    }

    /** Position of the lowest stored bit in the cell: High Bit - Bits Stored + 1 (0 in all current IODs). */
    public int lowBit() {
        return highBit - bitsStored + 1;
    }

    /** True when two horizontally adjacent pixels share one pair of chrominance samples in native data. */
    public boolean chromaSubsampledHorizontally() {
        return photometric == PhotometricInterpretation.YBR_FULL_422
                || photometric == PhotometricInterpretation.YBR_PARTIAL_422;
    }

    /** Horizontal subsampling factor of a sample (plane) in native layout: 2 for the chroma of 4:2:2, else 1. */
    public int horizontalSubsampling(int sample) {
        return sample > 0 && chromaSubsampledHorizontally() ? 2 : 1;
    }

    /** Number of cells in one frame in native layout. */
    public long cellsPerFrame() {
        long pixels = (long) rows * columns;
        return chromaSubsampledHorizontally() ? pixels * 2 : pixels * samplesPerPixel;
    }

    /** Bits of one native frame. */
    public long frameBits() {
        return cellsPerFrame() * bitsAllocated;
    }

    /** Bytes of one frame coded on its own (encapsulated frames, or native frames when byte-aligned): ceil(bits/8). */
    public long frameLength() {
        return (frameBits() + 7) / 8;
    }

    /** Bit position at which a frame starts in native multi-frame pixel data. */
    public long frameStartBit(int frameIndex) {
        if (frameIndex < 0 || frameIndex >= numberOfFrames) {
            throw new IndexOutOfBoundsException("frame " + frameIndex + " of " + numberOfFrames);
        }
        return frameIndex * frameBits();
    }

    /** Length of the native pixel data value: all frames, padded to an even number of bytes. */
    public long nativeLength() {
        long bytes = (numberOfFrames * frameBits() + 7) / 8;
        return bytes + (bytes & 1);
    }

    /** Assembles an {@link ImageDescriptor}; Bits Stored defaults to Bits Allocated and High Bit to Bits Stored - 1. */
    public static final class Builder {
        private int rows = 1;
        private int columns = 1;
        private int bitsAllocated = 16;
        private int bitsStored = -1;
        private int highBit = -1;
        private PixelRepresentation pixelRepresentation = PixelRepresentation.UNSIGNED;
        private PlanarConfiguration planarConfiguration = PlanarConfiguration.COLOR_BY_PIXEL;
        private PhotometricInterpretation photometric = PhotometricInterpretation.MONOCHROME2;
        private int numberOfFrames = 1;
        private SampleFormat sampleFormat = SampleFormat.INTEGER;

        public Builder rows(int v) {
            rows = v;
            return this;
        }

        public Builder columns(int v) {
            columns = v;
            return this;
        }

        public Builder bitsAllocated(int v) {
            bitsAllocated = v;
            return this;
        }

        public Builder bitsStored(int v) {
            bitsStored = v;
            return this;
        }

        public Builder highBit(int v) {
            highBit = v;
            return this;
        }

        public Builder pixelRepresentation(PixelRepresentation v) {
            pixelRepresentation = v;
            return this;
        }

        public Builder planarConfiguration(PlanarConfiguration v) {
            planarConfiguration = v;
            return this;
        }

        /** Sets the photometric interpretation; Samples per Pixel follows from it. */
        public Builder photometric(PhotometricInterpretation v) {
            photometric = v;
            return this;
        }

        public Builder numberOfFrames(int v) {
            numberOfFrames = v;
            return this;
        }

        public Builder sampleFormat(SampleFormat v) {
            sampleFormat = v;
            return this;
        }

        public ImageDescriptor build() {
            int stored = bitsStored < 0 ? bitsAllocated : bitsStored;
            int high = highBit < 0 ? stored - 1 : highBit;
            return new ImageDescriptor(rows, columns, photometric.samplesPerPixel(), bitsAllocated, stored, high,
                    pixelRepresentation, planarConfiguration, photometric, numberOfFrames, sampleFormat);
        }
    }
}
