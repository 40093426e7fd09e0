package org.veil.pixel.codec.j2k;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.Objects;
import org.veil.dicom.TransferSyntax;
import org.veil.pixel.CorruptPixelDataException;
import org.veil.pixel.PixelCodingException;
import org.veil.pixel.UnsupportedPixelCodingException;
import org.veil.pixel.codec.CodecLimits;
import org.veil.pixel.codec.FrameCodec;
import org.veil.pixel.frame.Frame;
import org.veil.pixel.frame.ImageDescriptor;
import org.veil.pixel.frame.PhotometricInterpretation;
import org.veil.pixel.frame.SampleFormat;

/**
 * JPEG 2000 Part 1 (1.2.840.10008.1.2.4.90, .91) through jai-imageio's JJ2000, behind Veil's own types. Decoding
 * gives the component samples after the inverse color transform (so YBR_ICT / YBR_RCT frames hold RGB), signed
 * samples sign-extended into the cell. Encoding is always reversible (5/3 wavelet, no quantization), with the
 * reversible color transform for YBR_RCT and YBR_ICT images, which then become YBR_RCT
 * ({@link #encodedDescriptor}); it codes 2 to 16-bit samples in 8 or 16-bit cells. Bits Allocated 1 decodes but does
 * not encode: JJ2000's encoder writes an empty 1-bit component.
 *
 * <p>JJ2000's reversible path is not always exact: with a lowest wavelet band of 1 or 2 samples, and now and then in
 * small images of 14 to 16 bits, it changes a few samples. The encoder therefore keeps the lowest band at 4 samples
 * or more, decodes every codestream it writes, retries without wavelet levels on a mismatch, and refuses the frame
 * ({@link UnsupportedPixelCodingException}) when that fails too; it never returns a codestream that is not exact.
 *
 * <p>The HTJ2K transfer syntaxes (.201, .202, .203) map here too: their codestreams normally use the Part 15 block
 * coder, recognized by the CAP marker or Rsiz bit 14, which no Java library on Maven Central decodes; those raise
 * {@link UnsupportedPixelCodingException} naming the transfer syntax. A plain Part 1 codestream in those transfer
 * syntaxes decodes. Part 2 codestreams (Rsiz bit 15) are refused as well.
 */
public final class J2kCodec implements FrameCodec {
    private final TransferSyntax transferSyntax;
    private final CodecLimits limits;
    private final String name;

    public J2kCodec(TransferSyntax transferSyntax, CodecLimits limits) {
        this.transferSyntax = Objects.requireNonNull(transferSyntax, "transferSyntax");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.name = (isHighThroughputSyntax() ? "HTJ2K" : J2kCodestream.NAME) + " (" + transferSyntax.uid() + ")";
    }

    private boolean isHighThroughputSyntax() {
        return transferSyntax.equals(TransferSyntax.HTJ2K) || transferSyntax.equals(TransferSyntax.HTJ2K_LOSSLESS)
                || transferSyntax.equals(TransferSyntax.HTJ2K_LOSSLESS_RPCL);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean lossless() {
        return true;
    }

    @Override
    public Frame decode(byte[] data, ImageDescriptor d) throws PixelCodingException {
        limits.check(name, d);
        J2kCodestream cs = J2kCodestream.inspect(data, name);
        checkDecodable(cs, d);
        byte[] stream = TileParts.contiguous(data, cs.start(), cs.end(), name);
        int from = stream == data ? cs.start() : 0;
        int to = stream == data ? cs.end() : stream.length;
        if (cs.rsiz() != 0) {
            stream = stream == data ? data.clone() : stream;
            stream[from + 6] = 0;
            stream[from + 7] = 0;
        }
        Raster raster = ImageIoJ2k.read(stream, from, to, name);
        if (raster.getWidth() != d.columns() || raster.getHeight() != d.rows()
                || raster.getNumBands() != d.samplesPerPixel()) {
            throw new CorruptPixelDataException(name, cs.start(), "JJ2000 returned " + raster.getWidth() + "x"
                    + raster.getHeight() + "x" + raster.getNumBands() + " samples");
        }
        return RasterFrames.toFrame(raster, d.bitsAllocated(), cs.precision(), cs.signed());
    }

    private void checkDecodable(J2kCodestream cs, ImageDescriptor d) throws PixelCodingException {
        if (cs.highThroughput()) {
            throw new UnsupportedPixelCodingException(name, cs.start(), "HTJ2K codestream (ISO/IEC 15444-15 block"
                    + " coder) in transfer syntax " + transferSyntax.uid() + ": no decoder available");
        }
        if ((cs.rsiz() & 0x8000) != 0 || cs.subsampled()) {
            throw new UnsupportedPixelCodingException(name, cs.start(), cs.subsampled() ? "subsampled components"
                    : "JPEG 2000 Part 2 extensions (Rsiz 0x" + Integer.toHexString(cs.rsiz()) + ")");
        }
        int maxPrecision = 0;
        for (int p : cs.precision()) {
            maxPrecision = Math.max(maxPrecision, p);
        }
        if (cs.columns() != d.columns() || cs.rows() != d.rows() || cs.precision().length != d.samplesPerPixel()
                || maxPrecision > d.bitsAllocated()) {
            throw new CorruptPixelDataException(name, cs.start(), "codestream holds " + cs.columns() + "x" + cs.rows()
                    + "x" + cs.precision().length + " samples of " + maxPrecision + " bits, the image description "
                    + d.columns() + "x" + d.rows() + "x" + d.samplesPerPixel() + " of " + d.bitsAllocated());
        }
    }

    @Override
    public byte[] encode(Frame frame, ImageDescriptor d) throws PixelCodingException {
        checkEncodable(frame, d);
        boolean signed = d.isSigned() && d.lowBit() == 0 && signExtended(frame, d);
        int precision = signed ? d.bitsStored() : Math.max(d.bitsStored(), usedBits(frame));
        boolean rct = d.samplesPerPixel() == 3 && (d.photometric() == PhotometricInterpretation.YBR_RCT
                || d.photometric() == PhotometricInterpretation.YBR_ICT);
        BufferedImage image = RasterFrames.toImage(frame, precision, signed);
        int levels = ImageIoJ2k.decompositionLevels(d.columns(), d.rows());
        for (int attempt : new int[] {levels, 0}) {
            byte[] coded = ImageIoJ2k.writeReversible(image, rct, attempt, name);
            if (decodesTo(coded, frame, d)) {
                return coded;
            }
        }
        throw new UnsupportedPixelCodingException(name, UnsupportedPixelCodingException.NO_OFFSET,
                "JJ2000 cannot code this " + d.columns() + "x" + d.rows() + " frame losslessly (checked by decoding)");
    }

    private void checkEncodable(Frame frame, ImageDescriptor d) throws UnsupportedPixelCodingException {
        limits.check(name, d);
        if (isHighThroughputSyntax()) {
            throw new UnsupportedPixelCodingException(name, UnsupportedPixelCodingException.NO_OFFSET,
                    "encoding HTJ2K (transfer syntax " + transferSyntax.uid() + ") is not available");
        }
        if (d.bitsAllocated() < 8 || d.bitsAllocated() > 16 || d.sampleFormat() != SampleFormat.INTEGER
                || d.chromaSubsampledHorizontally() || d.samplesPerPixel() != 1 && d.samplesPerPixel() != 3) {
            throw new UnsupportedPixelCodingException(name, UnsupportedPixelCodingException.NO_OFFSET,
                    "encodes 1 or 3 samples in 8 or 16-bit integer cells without subsampling, not "
                            + d.samplesPerPixel() + " of " + d.bitsAllocated() + "-bit " + d.sampleFormat() + " "
                            + d.photometric() + (d.bitsAllocated() == 1 ? " (JJ2000 drops the samples of 1-bit images)"
                            : ""));
        }
        if (frame.columns() != d.columns() || frame.rows() != d.rows() || frame.samples() != d.samplesPerPixel()
                || frame.bitsAllocated() != d.bitsAllocated()) {
            throw new IllegalArgumentException(frame + " does not match " + d);
        }
    }

    @Override
    public ImageDescriptor encodedDescriptor(ImageDescriptor d) {
        return d.photometric() == PhotometricInterpretation.YBR_ICT
                ? d.toBuilder().photometric(PhotometricInterpretation.YBR_RCT).build() : d;
    }

    /** True when the codestream decodes back to exactly the frame (JJ2000's reversible path is not always exact). */
    private boolean decodesTo(byte[] coded, Frame frame, ImageDescriptor d) throws PixelCodingException {
        J2kCodestream cs = J2kCodestream.inspect(coded, name);
        Raster raster = ImageIoJ2k.read(coded, cs.start(), cs.end(), name);
        return RasterFrames.toFrame(raster, d.bitsAllocated(), cs.precision(), cs.signed()).contentEquals(frame);
    }

    /** True when every cell's bits above High Bit repeat its sign bit, so a signed codestream keeps it exactly. */
    private static boolean signExtended(Frame frame, ImageDescriptor d) {
        int shift = 32 - d.bitsStored();
        int mask = d.bitsAllocated() == 32 ? -1 : (1 << d.bitsAllocated()) - 1;
        for (int s = 0; s < frame.samples(); s++) {
            for (int v : frame.plane(s).ints()) {
                if ((v << shift >> shift & mask) != v) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int usedBits(Frame frame) {
        int any = 0;
        for (int s = 0; s < frame.samples(); s++) {
            for (int v : frame.plane(s).ints()) {
                any |= v;
            }
        }
        return 32 - Integer.numberOfLeadingZeros(any);
    }
}
