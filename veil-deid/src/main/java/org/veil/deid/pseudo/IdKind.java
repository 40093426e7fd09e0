package org.veil.deid.pseudo;

import org.veil.dicom.VR;

/**
 * The identifiers {@link IdPseudonymizer} replaces, each with its subkey, its VR (whose length limit a pattern must
 * respect) and its default pattern.
 */
public enum IdKind {
    /** Patient ID (0010,0020), LO. */
    PATIENT_ID(KeyPurpose.PATIENT_ID, VR.LO, "{hash}"),
    /** Patient's Name (0010,0010), PN; derived from the patient's identity. */
    PATIENT_NAME(KeyPurpose.PATIENT_NAME, VR.PN, "PAT^{hash}"),
    /** Accession Number (0008,0050), SH. */
    ACCESSION_NUMBER(KeyPurpose.ACCESSION, VR.SH, "{hash}"),
    /** Study ID (0020,0010), SH. */
    STUDY_ID(KeyPurpose.STUDY_ID, VR.SH, "{hash}"),
    /** Other Patient IDs (0010,1000) and Patient ID in Other Patient IDs Sequence (0010,1002), LO. */
    OTHER_PATIENT_ID(KeyPurpose.OTHER_ID, VR.LO, "{hash}");

    private static final int PN_COMPONENT_MAX = 64;
    private static final int PN_COMPONENTS = 5;

    private final KeyPurpose purpose;
    private final VR vr;
    private final String defaultPattern;

    IdKind(KeyPurpose purpose, VR vr, String defaultPattern) {
        this.purpose = purpose;
        this.vr = vr;
        this.defaultPattern = defaultPattern;
    }

    public KeyPurpose purpose() {
        return purpose;
    }

    public VR vr() {
        return vr;
    }

    public PseudonymPattern defaultPattern() {
        return PseudonymPattern.parse(defaultPattern);
    }

    /**
     * Checks that every value the pattern can produce is valid for the VR: at most 64 characters for LO, 16 for SH;
     * for PN one component group (no '='), at most 5 components of at most 64 characters each.
     *
     * @throws IllegalArgumentException naming the kind, the pattern and the limit
     */
    public void check(PseudonymPattern pattern) {
        if (vr == VR.PN) {
            checkPersonName(pattern);
        } else if (pattern.length() > vr.maxLength()) {
            throw new IllegalArgumentException(this + " pattern " + pattern.text() + " makes " + pattern.length()
                    + " characters, more than the " + vr.maxLength() + " of " + vr);
        }
    }

    private void checkPersonName(PseudonymPattern pattern) {
        String sample = pattern.prefix() + "A".repeat(pattern.hashLength()) + pattern.suffix();
        if (sample.indexOf('=') >= 0) {
            throw new IllegalArgumentException(this + " pattern " + pattern.text()
                    + " must not contain '=' (one component group only)");
        }
        String[] components = sample.split("\\^", -1);
        if (components.length > PN_COMPONENTS) {
            throw new IllegalArgumentException(this + " pattern " + pattern.text() + " has " + components.length
                    + " components, PN allows " + PN_COMPONENTS);
        }
        for (String component : components) {
            if (component.length() > PN_COMPONENT_MAX) {
                throw new IllegalArgumentException(this + " pattern " + pattern.text() + " has a component of "
                        + component.length() + " characters, PN allows " + PN_COMPONENT_MAX);
            }
        }
    }
}
