package org.veil.pixel.frame;

import java.util.Objects;
import org.veil.dicom.VR;

/**
 * How native pixel data bytes are read and written.
 *
 * @param swapUnit   1 for little endian data (and for OB in any byte order); otherwise the size in bytes of the unit
 *                   whose bytes are reversed, i.e. the swap unit of the Pixel Data VR in a big endian transfer syntax
 *                   (2 for OW, 4 for OF, 8 for OD)
 * @param unusedBits whether bits outside Bits Stored are kept or cleared
 */
public record NativeFrameOptions(int swapUnit, UnusedBits unusedBits) {

    /** Little endian, unused bits preserved. */
    public static final NativeFrameOptions LITTLE_ENDIAN = new NativeFrameOptions(1, UnusedBits.PRESERVE);

    public NativeFrameOptions {
        Objects.requireNonNull(unusedBits, "unusedBits");
        if (swapUnit != 1 && swapUnit != 2 && swapUnit != 4 && swapUnit != 8) {
            throw new IllegalArgumentException("swap unit must be 1, 2, 4 or 8 bytes, not " + swapUnit);
        }
    }

    /** Big endian data of the given Pixel Data VR (OB, OW, OF or OD), unused bits preserved. */
    public static NativeFrameOptions bigEndian(VR pixelDataVr) {
        return new NativeFrameOptions(pixelDataVr.swapUnit(), UnusedBits.PRESERVE);
    }

    /** The same options with another treatment of unused bits. */
    public NativeFrameOptions with(UnusedBits bits) {
        return new NativeFrameOptions(swapUnit, bits);
    }
}
