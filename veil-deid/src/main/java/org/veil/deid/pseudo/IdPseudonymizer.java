package org.veil.deid.pseudo;

import java.util.Objects;

/**
 * Replaces identifiers by keyed pseudonyms: the pattern of the {@link IdKind} filled with the Base32 of
 * HMAC-SHA256(subkey of the kind, encoding of (scope, value)), where the scope is the issuer (Issuer of Patient ID,
 * of Accession Number) or any context that tells equal values apart (e.g. Study Instance UID for a Study ID).
 *
 * <p>Both strings are normalised first (leading and trailing spaces and trailing NULs removed, case kept; null is
 * empty), then encoded without ambiguity (length-prefixed UTF-8), so ("A", "BC") and ("AB", "C") differ. An empty
 * value gives an empty pseudonym: there is nothing to hide and "unknown" stays unknown.
 *
 * <p>The patient's name pseudonym is derived from the patient's identity (issuer and ID), not from the name text:
 * two patients with the same name get different names, and one patient whose name is spelled differently in two
 * files gets one name. Thread-safe and deterministic.
 */
public final class IdPseudonymizer {
    /** Patients, studies and accession numbers a run meets again and again. */
    private static final int CACHED = 4_096;
    private final Subkeys keys;
    private final IdOptions options;
    private final DerivationCache<Derivation, String> derived = new DerivationCache<>(CACHED);

    /** What one pseudonym is derived from (PHI: never printed). */
    private record Derivation(IdKind kind, String scope, String value) {
        // equals and hashCode written out, as in PatientKey (no method handle classes spun at run time)
        @Override
        public boolean equals(Object o) {
            return o instanceof Derivation other && kind == other.kind && Objects.equals(scope, other.scope)
                    && Objects.equals(value, other.value);
        }

        @Override
        public int hashCode() {
            return (31 * kind.hashCode() + Objects.hashCode(scope)) * 31 + Objects.hashCode(value);
        }

        @Override
        public String toString() {
            return "Derivation[" + kind + ", (hidden)]";
        }
    }

    public IdPseudonymizer(Subkeys keys, IdOptions options) {
        this.keys = keys;
        this.options = options;
    }

    /** The pseudonymous Patient ID (0010,0020). */
    public String patientId(PatientKey patient) {
        return derive(IdKind.PATIENT_ID, patient.issuer(), patient.patientId());
    }

    /** The pseudonymous Patient's Name (0010,0010), empty when the patient ID is empty. */
    public String patientName(PatientKey patient) {
        return derive(IdKind.PATIENT_NAME, patient.issuer(), patient.patientId());
    }

    /** The pseudonymous Accession Number (0008,0050); the issuer may be null. */
    public String accessionNumber(String issuer, String accessionNumber) {
        return pseudonym(IdKind.ACCESSION_NUMBER, issuer, accessionNumber);
    }

    /** The pseudonymous Study ID (0020,0010) within a scope (e.g. the Study Instance UID; may be null). */
    public String studyId(String scope, String studyId) {
        return pseudonym(IdKind.STUDY_ID, scope, studyId);
    }

    /** A pseudonymous Other Patient ID with its issuer (may be null). */
    public String otherPatientId(String issuer, String otherId) {
        return pseudonym(IdKind.OTHER_PATIENT_ID, issuer, otherId);
    }

    /** The pseudonym of any kind, for a scope (may be null) and a value. */
    public String pseudonym(IdKind kind, String scope, String value) {
        return derive(kind, IdText.normalize(scope), IdText.normalize(value));
    }

    private String derive(IdKind kind, String scope, String value) {
        if (value.isEmpty()) {
            return "";
        }
        return derived.get(new Derivation(kind, scope, value), this::derive);
    }

    private String derive(Derivation d) {
        byte[] mac = keys.hmac(d.kind().purpose(), FieldEncoding.encode(d.scope(), d.value()));
        return options.pattern(d.kind()).format(mac);
    }
}
