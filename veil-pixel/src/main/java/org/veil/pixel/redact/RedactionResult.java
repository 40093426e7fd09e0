package org.veil.pixel.redact;

import java.nio.file.Path;
import java.util.List;
import org.veil.dicom.TransferSyntax;

/**
 * What {@link PixelRedactor#redact} did.
 *
 * @param transferSyntax  the transfer syntax the data set must now be written in (the input one, or the fallback)
 * @param framesChanged   frames in which at least one region met the image
 * @param blockRedacted   true when DCT JPEG frames were redacted block by block (other blocks untouched)
 * @param lossyReencoded  true when lossy coded frames were decoded and re-encoded (only with
 *                        {@link RedactionOptions#allowLossy()}); Lossy Image Compression is then 01
 * @param tempFiles       temporary files now referenced by the Pixel Data; delete them after writing the data set
 */
public record RedactionResult(TransferSyntax transferSyntax, int framesChanged, boolean blockRedacted,
                              boolean lossyReencoded, List<Path> tempFiles) {

    public RedactionResult {
        tempFiles = List.copyOf(tempFiles);
    }

    /** True when the transfer syntax changed. */
    public boolean transferSyntaxChanged(TransferSyntax input) {
        return !transferSyntax.equals(input);
    }
}
