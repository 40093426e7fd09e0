package org.veil.deid.pseudo;

import java.util.Locale;

/**
 * What makes two instances one patient for the pseudonym and the date offset. Real data fills Issuer of Patient ID
 * (0010,0021) inconsistently (a DICOMDIR's patient record without it, the images with it; one study with it, the next
 * without), so by default only the Patient ID counts; a multi-site merge whose IDs collide between sites selects
 * {@link #ID_AND_ISSUER} (recipe {@code patient-identity: id+issuer}).
 *
 * <p>Either way the Patient ID is normalised: leading and trailing spaces (and trailing NULs) removed and letters
 * compared without case ({@code pid123} and {@code PID123 } are one patient).
 *
 * <p>An instance without a Patient ID is keyed on its Study Instance UID instead (a distinct scope no Patient ID can
 * take): every instance of the study gets one pseudonym and one date offset, and the study stays apart from other
 * studies without an ID. Without a Study Instance UID either, the identity is empty (empty pseudonym, the shared
 * offset of unknown patients).
 */
public enum PatientIdentity {
    /** Patient ID alone (the default). */
    ID,
    /** Issuer of Patient ID and Patient ID. */
    ID_AND_ISSUER;

    private static final String STUDY_SCOPE = "\u0000study-instance-uid";

    /**
     * The key to derive pseudonyms and the date offset from.
     *
     * @param original the instance's issuer and Patient ID as read
     * @param studyUid its Study Instance UID, may be null
     */
    public PatientKey key(PatientKey original, String studyUid) {
        if (original.isEmpty()) {
            String study = IdText.normalize(studyUid);
            return study.isEmpty() ? PatientKey.of("") : PatientKey.of(STUDY_SCOPE, study);
        }
        String id = original.patientId().toUpperCase(Locale.ROOT);
        return this == ID ? PatientKey.of(id) : PatientKey.of(original.issuer(), id);
    }

    /** The Patient ID as compared: trimmed, upper case; empty when absent. */
    public static String normalizedId(String patientId) {
        return IdText.normalize(patientId).toUpperCase(Locale.ROOT);
    }

    /** The recipe spelling: {@code id} or {@code id+issuer}. */
    public String spelling() {
        return this == ID ? "id" : "id+issuer";
    }
}
