package org.veil.broker.reid;

import java.util.Optional;
import org.veil.broker.linkage.PatientRecord;
import org.veil.broker.linkage.StudyRecord;

/**
 * The answer to a study re-identification: PHI, for the requester only. {@link #toString()} hides the originals.
 *
 * @param pseudoStudyUid the pseudonymous Study Instance UID asked about
 * @param outcome        found or not found
 * @param study          the original study
 * @param patient        the patient the study was recorded for
 */
public record StudyReIdentification(String pseudoStudyUid, LookupOutcome outcome, Optional<StudyRecord> study,
        Optional<PatientRecord> patient) {

    @Override
    public String toString() {
        return "StudyReIdentification[pseudoStudyUid=" + pseudoStudyUid + ", outcome=" + outcome + "]";
    }
}
