package org.veil.pixel.redact;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link PixelRedactor#cleanOverlays} removed.
 *
 * @param elementsRemoved elements of Overlay groups (60xx, even groups 6000-601E) removed
 * @param framesChanged   native frames in which bits outside Bits Stored were cleared
 * @param tempFiles       temporary files now referenced by the Pixel Data; delete them ({@link PixelTempFiles})
 *                        after writing the data set
 */
public record OverlayCleanup(int elementsRemoved, int framesChanged, List<Path> tempFiles) {

    public OverlayCleanup {
        tempFiles = List.copyOf(tempFiles);
    }
}
