package org.veil.broker.linkage;

import org.veil.deid.pseudo.PatientKey;

/**
 * One patient's mapping: original issuer and Patient ID (PHI), the pseudonym and the date offset derived for them.
 * {@link #toString()} hides the originals.
 *
 * @param issuer         Issuer of Patient ID, empty when absent
 * @param patientId      the original Patient ID
 * @param pseudonym      the pseudonymous Patient ID
 * @param dateOffsetDays the patient's date shift in days
 */
public record PatientLink(String issuer, String patientId, String pseudonym, int dateOffsetDays) {
    static final int MAX_ORIGINAL = 1024;
    static final int MAX_PSEUDONYM = 128;

    public PatientLink {
        issuer = issuer == null ? "" : issuer;
        Limits.check("issuer", issuer, MAX_ORIGINAL);
        Limits.check("patient ID", patientId, MAX_ORIGINAL);
        Limits.check("pseudonym", pseudonym, MAX_PSEUDONYM);
        if (pseudonym.isEmpty()) {
            throw new IllegalArgumentException("a patient link needs a pseudonym");
        }
    }

    /** The link for a patient key as normalised by veil-deid. */
    public static PatientLink of(PatientKey patient, String pseudonym, int dateOffsetDays) {
        return new PatientLink(patient.issuer(), patient.patientId(), pseudonym, dateOffsetDays);
    }

    /** The original as a patient key. */
    public PatientKey patient() {
        return PatientKey.of(issuer, patientId);
    }

    @Override
    public String toString() {
        return "PatientLink[pseudonym=" + pseudonym + ", original=(hidden)]";
    }
}
