package org.veil.pixel.frame;

import java.util.Locale;

/**
 * Photometric Interpretation (0028,0004) values that Veil handles (PS3.3 C.7.6.3.1.2). The color-difference
 * interpretations describe the samples as stored; YBR_ICT and YBR_RCT only occur in JPEG 2000 codestreams, whose
 * decoders undo the component transform, so a decoded frame of those holds RGB samples.
 */
public enum PhotometricInterpretation {
    MONOCHROME1("MONOCHROME1", 1),
    MONOCHROME2("MONOCHROME2", 1),
    PALETTE_COLOR("PALETTE COLOR", 1),
    RGB("RGB", 3),
    YBR_FULL("YBR_FULL", 3),
    YBR_FULL_422("YBR_FULL_422", 3),
    YBR_PARTIAL_422("YBR_PARTIAL_422", 3),
    YBR_PARTIAL_420("YBR_PARTIAL_420", 3),
    YBR_ICT("YBR_ICT", 3),
    YBR_RCT("YBR_RCT", 3);

    private final String keyword;
    private final int samplesPerPixel;

    PhotometricInterpretation(String keyword, int samplesPerPixel) {
        this.keyword = keyword;
        this.samplesPerPixel = samplesPerPixel;
    }

    /** The defined term as written in the data set, e.g. {@code PALETTE COLOR}. */
    public String keyword() {
        return keyword;
    }

    /** Samples per Pixel (0028,0002) this interpretation requires. */
    public int samplesPerPixel() {
        return samplesPerPixel;
    }

    /** True for MONOCHROME1 and MONOCHROME2. */
    public boolean isMonochrome() {
        return this == MONOCHROME1 || this == MONOCHROME2;
    }

    /** True for the luminance/chrominance interpretations whose samples are stored as Y, Cb, Cr. */
    public boolean isStoredAsYbr() {
        return this == YBR_FULL || this == YBR_FULL_422 || this == YBR_PARTIAL_422 || this == YBR_PARTIAL_420;
    }

    /**
     * The interpretation for a value of Photometric Interpretation, ignoring surrounding spaces and case.
     *
     * @throws IllegalArgumentException naming the value when it is not one of the supported defined terms
     */
    public static PhotometricInterpretation of(String value) {
        String v = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        for (PhotometricInterpretation p : values()) {
            if (p.keyword.equals(v)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unsupported Photometric Interpretation (0028,0004): '" + value + "'");
    }

    @Override
    public String toString() {
        return keyword;
    }
}
