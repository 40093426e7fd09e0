package org.veil.pixel.redact;

/** Tags of the Image Pixel and related modules used here. */
final class PixelTags {
    static final int SOP_CLASS_UID = 0x00080016;
    static final int MODALITY = 0x00080060;
    static final int MANUFACTURER = 0x00080070;
    static final int MODEL_NAME = 0x00081090;
    static final int SOFTWARE_VERSIONS = 0x00181020;
    static final int SAMPLES_PER_PIXEL = 0x00280002;
    static final int PHOTOMETRIC = 0x00280004;
    static final int PLANAR_CONFIGURATION = 0x00280006;
    static final int NUMBER_OF_FRAMES = 0x00280008;
    static final int ROWS = 0x00280010;
    static final int COLUMNS = 0x00280011;
    static final int BITS_ALLOCATED = 0x00280100;
    static final int BITS_STORED = 0x00280101;
    static final int HIGH_BIT = 0x00280102;
    static final int PIXEL_REPRESENTATION = 0x00280103;
    static final int LOSSY_IMAGE_COMPRESSION = 0x00282110;
    static final int LOSSY_RATIO = 0x00282112;
    static final int LOSSY_METHOD = 0x00282114;
    static final int EXTENDED_OFFSET_TABLE = 0x7FE00001;
    static final int EXTENDED_OFFSET_TABLE_LENGTHS = 0x7FE00002;
    static final int PIXEL_DATA = 0x7FE00010;

    private PixelTags() {
    }
}
