package org.veil.broker.linkage;

import org.veil.deid.engine.MappingListener;
import org.veil.deid.pseudo.PatientKey;

/**
 * Feeds the engine's derived mappings into a {@link LinkageStore} (batched by the store). Thread-safe as the store is.
 */
public final class LinkageRecorder implements MappingListener {
    private final LinkageStore store;

    public LinkageRecorder(LinkageStore store) {
        this.store = store;
    }

    @Override
    public void patient(PatientKey original, String pseudonymId, int dateShiftDays) {
        if (!original.isEmpty()) {
            store.record(PatientLink.of(original, pseudonymId, dateShiftDays));
        }
    }

    @Override
    public void study(String patientPseudonym, String studyUid, String pseudoStudyUid, String accession,
                      String pseudoAccession) {
        store.record(new StudyLink(studyUid, pseudoStudyUid, patientPseudonym, accession, pseudoAccession));
    }
}
