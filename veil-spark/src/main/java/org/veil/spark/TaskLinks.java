package org.veil.spark;

import java.util.Set;
import org.veil.broker.linkage.PatientLink;
import org.veil.broker.linkage.StudyLink;
import org.veil.deid.engine.MappingListener;
import org.veil.deid.pseudo.PatientKey;

/**
 * The links derived by the task running on the current thread, kept until the task writes them to its
 * {@link LinkFile}. One listener serves every task of an executor JVM: each task thread {@link #begin}s its own set
 * (the derivation calls the listener on the thread that de-identifies). A link derived on a thread with no task set
 * is refused, so it can never be lost silently.
 */
final class TaskLinks implements MappingListener {
    private final ThreadLocal<LinkFile.Links> current = new ThreadLocal<>();

    /** Starts collecting this thread's links (a fresh, empty set). */
    void begin() {
        current.set(LinkFile.Links.empty());
    }

    /** The links collected since {@link #begin} or the last {@link #take}, and starts a fresh set. */
    LinkFile.Links take() {
        LinkFile.Links links = collecting();
        current.set(LinkFile.Links.empty());
        return links;
    }

    /** Stops collecting on this thread. */
    void end() {
        current.remove();
    }

    private LinkFile.Links collecting() {
        LinkFile.Links links = current.get();
        if (links == null) {
            throw new IllegalStateException("a linkage record was derived outside a task; it would be lost");
        }
        return links;
    }

    @Override
    public void patient(PatientKey original, String pseudonymId, int dateShiftDays) {
        if (!original.isEmpty()) {
            Set<PatientLink> patients = collecting().patients();
            patients.add(PatientLink.of(original, pseudonymId, dateShiftDays));
        }
    }

    @Override
    public void study(String patientPseudonym, String studyUid, String pseudoStudyUid, String accession,
                      String pseudoAccession) {
        collecting().studies().add(new StudyLink(studyUid, pseudoStudyUid, patientPseudonym, accession,
                pseudoAccession));
    }
}
