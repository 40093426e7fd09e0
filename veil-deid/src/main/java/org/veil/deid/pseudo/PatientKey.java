package org.veil.deid.pseudo;

/**
 * Who a patient is for pseudonymisation: Issuer of Patient ID (0010,0021) and Patient ID (0010,0020), normalised
 * as described in {@link IdText} (leading and trailing spaces and trailing NULs removed, case kept; null means
 * empty). A missing issuer and an empty one are the same.
 *
 * <p>{@link #toString()} hides both values: they are PHI.
 */
public record PatientKey(String issuer, String patientId) {

    public PatientKey {
        issuer = IdText.normalize(issuer);
        patientId = IdText.normalize(patientId);
    }

    /** A patient known by ID alone (no issuer). */
    public static PatientKey of(String patientId) {
        return new PatientKey("", patientId);
    }

    /** A patient known by issuer and ID. */
    public static PatientKey of(String issuer, String patientId) {
        return new PatientKey(issuer, patientId);
    }

    /** True when the patient ID is empty. */
    public boolean isEmpty() {
        return patientId.isEmpty();
    }

    byte[] encoded() {
        return FieldEncoding.encode(issuer, patientId);
    }

    /*
     * equals and hashCode written out (the same values as the record's generated ones): the generated methods are
     * linked at first use by ObjectMethods, which spins method handle classes at run time that the class data archive
     * cannot hold (docs/BENCHMARKS.md, "JVM costs, stop 17").
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof PatientKey other && issuer.equals(other.issuer) && patientId.equals(other.patientId);
    }

    @Override
    public int hashCode() {
        return 31 * issuer.hashCode() + patientId.hashCode();
    }

    @Override
    public String toString() {
        return "PatientKey[(hidden)]";
    }
}
