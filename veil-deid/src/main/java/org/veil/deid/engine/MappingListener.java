package org.veil.deid.engine;

import org.veil.deid.pseudo.PatientKey;

/**
 * Told what was derived, so the honest broker's linkage store can record it after the fact. Implementations must be
 * thread-safe; the derivation never waits on them.
 */
public interface MappingListener {
    /** Records nothing. */
    MappingListener NONE = new MappingListener() {
        @Override
        public void patient(PatientKey original, String pseudonymId, int dateShiftDays) {
        }

        @Override
        public void study(String patientPseudonym, String studyUid, String pseudoStudyUid, String accession,
                          String pseudoAccession) {
        }
    };

    /** A patient's pseudonymous ID and date offset. */
    void patient(PatientKey original, String pseudonymId, int dateShiftDays);

    /** A study's pseudonymous UID and accession number (accession numbers may be null when absent). */
    void study(String patientPseudonym, String studyUid, String pseudoStudyUid, String accession,
               String pseudoAccession);
}
