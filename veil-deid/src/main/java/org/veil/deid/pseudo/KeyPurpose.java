package org.veil.deid.pseudo;

import java.nio.charset.StandardCharsets;

/**
 * What a subkey is for. Each purpose has its own HKDF-derived subkey, so a value pseudonymised for one purpose says
 * nothing about the same value under another (a patient ID equal to an accession number gets unrelated pseudonyms).
 *
 * <p>The label is part of the derivation and is fixed forever: renaming a constant is harmless, changing a label
 * changes every pseudonym made with it.
 */
public enum KeyPurpose {
    /** Patient ID (0010,0020) together with its issuer. */
    PATIENT_ID("patient-id"),
    /** Patient's Name (0010,0010), derived from the patient's identity, not from the name text. */
    PATIENT_NAME("patient-name"),
    /** UIDs remapped to {@code 2.25.} UIDs. */
    UID("uid"),
    /** The per-patient date offset. */
    DATE_SHIFT("date-shift"),
    /** Accession Number (0008,0050). */
    ACCESSION("accession-number"),
    /** Study ID (0020,0010). */
    STUDY_ID("study-id"),
    /** Other Patient IDs (0010,1000) and the items of Other Patient IDs Sequence (0010,1002). */
    OTHER_ID("other-patient-id"),
    /** Identifiers replaced inside free text. */
    TEXT("text"),
    /** Device names (AE titles) cleaned under Retain Device Identity. */
    DEVICE("device"),
    /** The MAC chain of the honest broker's audit log. */
    AUDIT("audit-log"),
    /** The file encryption key of the embedded (H2) linkage store. */
    LINKAGE_STORE("linkage-store"),
    /** Instance UIDs Veil makes up: for an instance without one (from its content), and for a kept duplicate. */
    DERIVED_UID("derived-instance-uid");

    private final String label;

    KeyPurpose(String label) {
        this.label = label;
    }

    /** The fixed label, e.g. {@code patient-id}. */
    public String label() {
        return label;
    }

    /** The HKDF info for this purpose: {@code veil/v1/<label>} in ASCII. */
    byte[] info() {
        return ("veil/v1/" + label).getBytes(StandardCharsets.US_ASCII);
    }
}
