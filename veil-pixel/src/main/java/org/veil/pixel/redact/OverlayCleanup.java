package org.veil.pixel.redact;

import java.nio.file.Path;
import java.util.List;
import org.veil.dicom.TransferSyntax;

/**
 * What {@link PixelRedactor#cleanOverlays} removed.
 *
 * @param elementsRemoved elements of Overlay groups (60xx, even groups 6000-601E) removed
 * @param framesChanged   frames in which bits outside Bits Stored were cleared
 * @param tempFiles       temporary files now referenced by the Pixel Data; delete them ({@link PixelTempFiles})
 *                        after writing the data set
 * @param transferSyntax  the transfer syntax to write the data set in (changes only when re-encoded frames had to
 *                        go to the lossless fallback)
 */
public record OverlayCleanup(int elementsRemoved, int framesChanged, List<Path> tempFiles,
                             TransferSyntax transferSyntax) {

    public OverlayCleanup {
        tempFiles = List.copyOf(tempFiles);
    }
}
