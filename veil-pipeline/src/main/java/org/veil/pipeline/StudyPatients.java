package org.veil.pipeline;

import java.io.IOException;
import org.veil.deid.pseudo.PatientKey;

/**
 * The dirty input rule: which patient identity an instance is de-identified under. When one study arrives with
 * different Patient IDs, every instance of the study must get one pseudonym and one date offset, so the study is
 * decided through its Study Instance UID: the first patient seen for it wins. Implementations must be thread-safe and
 * give every caller for a study the same answer.
 */
public interface StudyPatients {
    /** Every instance keeps its own patient (no study bookkeeping). */
    StudyPatients OWN = (studyUid, own) -> own;

    /**
     * The patient to de-identify an instance of {@code studyUid} under.
     *
     * @param studyUid the instance's original Study Instance UID
     * @param own      the instance's own patient identity
     * @throws IOException when the decision cannot be recorded (the instance is then quarantined)
     */
    PatientKey patientFor(String studyUid, PatientKey own) throws IOException;

    /**
     * The patient already decided for {@code studyUid}, or null when none is yet (or this implementation cannot tell
     * without deciding): an instance of a decided study needs no turn ({@link InputTurns}).
     */
    default PatientKey decided(String studyUid) {
        return null;
    }
}
