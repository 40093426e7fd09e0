package org.veil.pixel.redact;

import java.nio.file.Path;
import java.util.Objects;
import org.veil.dicom.TransferSyntax;
import org.veil.pixel.codec.CodecLimits;
import org.veil.pixel.frame.FillValue;

/**
 * How {@link PixelRedactor} redacts.
 *
 * @param fill              value written into the regions
 * @param losslessFallback  transfer syntax for frames whose own syntax cannot be re-encoded exactly (default Explicit
 *                          VR Little Endian, i.e. native); must be native or have a lossless encoder
 * @param allowLossy        whether pixel data in a lossy syntax that cannot be redacted block by block (JPEG-LS
 *                          near-lossless, JPEG 2000, HTJ2K) may be decoded and re-encoded; then Lossy Image
 *                          Compression is set to 01
 * @param tempDirectory     where pixel data too large for memory is written (null: the system temporary directory)
 * @param inMemoryLimit     output pixel data values up to this many bytes stay in memory, larger ones go to a
 *                          temporary file referenced as {@link org.veil.dicom.data.BulkData}
 * @param limits            bounds for frame decoding
 */
public record RedactionOptions(FillValue fill, TransferSyntax losslessFallback, boolean allowLossy, Path tempDirectory,
                               long inMemoryLimit, CodecLimits limits) {

    /** Black fill, native fallback, no lossy re-encoding, 16 MiB in memory, default codec limits. */
    public static final RedactionOptions DEFAULT = new RedactionOptions(FillValue.black(),
            TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, false, null, 16L << 20, CodecLimits.DEFAULT);

    public RedactionOptions {
        Objects.requireNonNull(fill, "fill");
        Objects.requireNonNull(losslessFallback, "losslessFallback");
        Objects.requireNonNull(limits, "limits");
        if (losslessFallback.lossy() || losslessFallback.deflated() || losslessFallback.bigEndian()) {
            throw new IllegalArgumentException("fallback transfer syntax " + losslessFallback.uid()
                    + " must be lossless little endian");
        }
        if (inMemoryLimit < 0) {
            throw new IllegalArgumentException("inMemoryLimit must be at least 0, not " + inMemoryLimit);
        }
    }

    public RedactionOptions withFill(FillValue v) {
        return new RedactionOptions(v, losslessFallback, allowLossy, tempDirectory, inMemoryLimit, limits);
    }

    public RedactionOptions withLosslessFallback(TransferSyntax v) {
        return new RedactionOptions(fill, v, allowLossy, tempDirectory, inMemoryLimit, limits);
    }

    public RedactionOptions withAllowLossy(boolean v) {
        return new RedactionOptions(fill, losslessFallback, v, tempDirectory, inMemoryLimit, limits);
    }

    public RedactionOptions withTempDirectory(Path v) {
        return new RedactionOptions(fill, losslessFallback, allowLossy, v, inMemoryLimit, limits);
    }

    public RedactionOptions withInMemoryLimit(long v) {
        return new RedactionOptions(fill, losslessFallback, allowLossy, tempDirectory, v, limits);
    }
}
