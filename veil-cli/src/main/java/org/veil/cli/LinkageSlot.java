package org.veil.cli;

import java.io.IOException;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.veil.broker.linkage.LinkageException;
import org.veil.broker.linkage.LinkageRecorder;
import org.veil.broker.linkage.LinkageStore;
import org.veil.deid.engine.MappingListener;
import org.veil.deid.pseudo.PatientKey;
import org.veil.pipeline.folder.RecordCommit;

/**
 * Where a run's pseudonyms go, plugged in late: the de-identification settings are built with this slot, the run is
 * checked (a refused run or a dry run must not create or touch the linkage store), and only then is the store opened
 * and {@link #connect connected}. Until then, and for good when there is no store, it records nothing. A run being
 * stopped by a signal {@link #stop stops} the slot: recording and committing wait for good from then on, so no input
 * is journaled after its links stopped being committed.
 */
final class LinkageSlot implements MappingListener, RecordCommit {
    private volatile MappingListener recorder = MappingListener.NONE;
    private volatile LinkageStore store;
    /** Held shared while recording or committing; taken for good by {@link #stop}. */
    private final ReadWriteLock use = new ReentrantReadWriteLock();

    /** From now on, every derived mapping is recorded in {@code linkage} (null: nothing is recorded). */
    void connect(LinkageStore linkage) {
        store = linkage;
        recorder = linkage == null ? MappingListener.NONE : new LinkageRecorder(linkage);
    }

    @Override
    public void patient(PatientKey original, String pseudonymId, int dateShiftDays) {
        use.readLock().lock();
        try {
            recorder.patient(original, pseudonymId, dateShiftDays);
        } finally {
            use.readLock().unlock();
        }
    }

    @Override
    public void study(String patientPseudonym, String studyUid, String pseudoStudyUid, String accession,
                      String pseudoAccession) {
        use.readLock().lock();
        try {
            recorder.study(patientPseudonym, studyUid, pseudoStudyUid, accession, pseudoAccession);
        } finally {
            use.readLock().unlock();
        }
    }

    /** Makes the links recorded so far durable (called before each input is journaled). */
    @Override
    public void commit() throws IOException {
        LinkageStore s = store;
        if (s == null) {
            return;
        }
        use.readLock().lock();
        try {
            s.commitNew();
        } catch (LinkageException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            use.readLock().unlock();
        }
    }

    /**
     * Waits for the recording or commit under way, makes every later one wait for good (until the JVM ends), then
     * commits what is buffered and closes the store. For a run that is about to exit on a signal.
     *
     * @throws LinkageException when the last commit fails
     */
    void stop() {
        use.writeLock().lock();
        LinkageStore s = store;
        if (s != null) {
            s.close();
        }
    }
}
