package org.veil.broker.reid;

import java.util.List;
import org.veil.broker.linkage.PatientRecord;
import org.veil.broker.linkage.StudyRecord;

/**
 * The answer to a patient re-identification: PHI, for the requester only. {@link #toString()} hides the originals.
 *
 * @param pseudonym the pseudonym asked about
 * @param outcome   found, not found or ambiguous
 * @param patients  the original patients (one, none, or several on a collision)
 * @param studies   the studies recorded for the pseudonym
 */
public record PatientReIdentification(String pseudonym, LookupOutcome outcome, List<PatientRecord> patients,
        List<StudyRecord> studies) {

    public PatientReIdentification {
        patients = List.copyOf(patients);
        studies = List.copyOf(studies);
    }

    @Override
    public String toString() {
        return "PatientReIdentification[pseudonym=" + pseudonym + ", outcome=" + outcome + ", patients="
                + patients.size() + ", studies=" + studies.size() + "]";
    }
}
