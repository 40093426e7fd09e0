package org.veil.pixel.codec.jpeg;

/** Color conversion applied after decoding. JPEG itself does not define a color space; DICOM says which applies. */
public enum ColorTransform {
    /** Samples as coded (e.g. the Y, Cb, Cr planes of YBR_FULL / YBR_FULL_422). */
    NONE,
    /**
     * Three components from YCbCr (full range, as DICOM YBR_FULL, PS3.3 C.7.6.3.1.2) to RGB: R = Y + 1.402 Cr',
     * G = Y - 0.344136 Cb' - 0.714136 Cr', B = Y + 1.772 Cb', with Cb' = Cb - 2^(P-1), rounded half up and clamped.
     */
    YCBCR_TO_RGB
}
