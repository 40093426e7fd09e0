package org.veil.synth;

/**
 * Shape of a synthetic image.
 *
 * @param modality   CT, MR, US ...
 * @param sopClass   SOP Class UID
 * @param rows       rows
 * @param columns    columns
 * @param frames     number of frames (1 for single frame)
 */
public record ImageSpec(String modality, String sopClass, int rows, int columns, int frames) {
    /** A 512×512 16-bit CT slice. */
    public static final ImageSpec CT_512 = new ImageSpec("CT", "1.2.840.10008.5.1.4.1.1.2", 512, 512, 1);
    /** A 64×64 16-bit MR slice (about 10 KB per file with its header). */
    public static final ImageSpec SMALL_MR = new ImageSpec("MR", "1.2.840.10008.5.1.4.1.1.4", 64, 64, 1);

    /** Bytes of 16-bit pixel data. */
    public long pixelBytes() {
        return (long) rows * columns * frames * 2;
    }
}
