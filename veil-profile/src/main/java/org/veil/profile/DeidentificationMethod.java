package org.veil.profile;

/**
 * PS3.16 CID 7050 "De-identification Method": the coded values recorded in De-identification Method Code Sequence
 * (0012,0064) for the Basic Application Level Confidentiality Profile and each of its options (PS3.15 Section E.1.1).
 * All codes belong to coding scheme {@code DCM}. This hand-written table is the only place these facts are typed.
 */
public enum DeidentificationMethod {
    BASIC_PROFILE(113100, "Basic Application Confidentiality Profile"),
    CLEAN_PIXEL_DATA(113101, "Clean Pixel Data Option"),
    CLEAN_RECOGNIZABLE_VISUAL_FEATURES(113102, "Clean Recognizable Visual Features Option"),
    CLEAN_GRAPHICS(113103, "Clean Graphics Option"),
    CLEAN_STRUCTURED_CONTENT(113104, "Clean Structured Content Option"),
    CLEAN_DESCRIPTORS(113105, "Clean Descriptors Option"),
    RETAIN_LONG_FULL_DATES(113106, "Retain Longitudinal Temporal Information Full Dates Option"),
    RETAIN_LONG_MODIFIED_DATES(113107, "Retain Longitudinal Temporal Information Modified Dates Option"),
    RETAIN_PATIENT_CHARACTERISTICS(113108, "Retain Patient Characteristics Option"),
    RETAIN_DEVICE_IDENTITY(113109, "Retain Device Identity Option"),
    RETAIN_UIDS(113110, "Retain UIDs Option"),
    RETAIN_SAFE_PRIVATE(113111, "Retain Safe Private Option"),
    RETAIN_INSTITUTION_IDENTITY(113112, "Retain Institution Identity Option");

    /** The Coding Scheme Designator of every CID 7050 code. */
    public static final String CODING_SCHEME = "DCM";

    private final int codeValue;
    private final String codeMeaning;

    DeidentificationMethod(int codeValue, String codeMeaning) {
        this.codeValue = codeValue;
        this.codeMeaning = codeMeaning;
    }

    /** The Code Value, e.g. {@code 113100}. */
    public int codeValue() {
        return codeValue;
    }

    /** The Code Meaning, e.g. {@code Basic Application Confidentiality Profile}. */
    public String codeMeaning() {
        return codeMeaning;
    }

    /**
     * The method for a CID 7050 code value.
     *
     * @throws IllegalArgumentException naming the value when CID 7050 has no such code
     */
    public static DeidentificationMethod ofCode(int codeValue) {
        for (DeidentificationMethod m : values()) {
            if (m.codeValue == codeValue) {
                return m;
            }
        }
        throw new IllegalArgumentException("not a PS3.16 CID 7050 code: " + codeValue);
    }
}
