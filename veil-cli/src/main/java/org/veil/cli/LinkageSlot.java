package org.veil.cli;

import java.io.IOException;
import org.veil.broker.linkage.LinkageException;
import org.veil.broker.linkage.LinkageRecorder;
import org.veil.broker.linkage.LinkageStore;
import org.veil.deid.engine.MappingListener;
import org.veil.deid.pseudo.PatientKey;
import org.veil.pipeline.folder.RecordCommit;

/**
 * Where a run's pseudonyms go, plugged in late: the de-identification settings are built with this slot, the run is
 * checked (a refused run or a dry run must not create or touch the linkage store), and only then is the store opened
 * and {@link #connect connected}. Until then, and for good when there is no store, it records nothing.
 */
final class LinkageSlot implements MappingListener, RecordCommit {
    private volatile MappingListener recorder = MappingListener.NONE;
    private volatile LinkageStore store;

    /** From now on, every derived mapping is recorded in {@code linkage} (null: nothing is recorded). */
    void connect(LinkageStore linkage) {
        store = linkage;
        recorder = linkage == null ? MappingListener.NONE : new LinkageRecorder(linkage);
    }

    @Override
    public void patient(PatientKey original, String pseudonymId, int dateShiftDays) {
        recorder.patient(original, pseudonymId, dateShiftDays);
    }

    @Override
    public void study(String patientPseudonym, String studyUid, String pseudoStudyUid, String accession,
                      String pseudoAccession) {
        recorder.study(patientPseudonym, studyUid, pseudoStudyUid, accession, pseudoAccession);
    }

    /** Makes the links recorded so far durable (called before each input is journaled). */
    @Override
    public void commit() throws IOException {
        LinkageStore s = store;
        if (s == null) {
            return;
        }
        try {
            s.commitNew();
        } catch (LinkageException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
