package org.veil.broker.reid;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veil.broker.audit.AuditEvent;
import org.veil.broker.audit.AuditLog;
import org.veil.broker.linkage.LinkageException;
import org.veil.broker.linkage.LinkageStore;
import org.veil.broker.linkage.PatientRecord;
import org.veil.broker.linkage.StudyRecord;
import org.veil.deid.pseudo.ProjectKey;

/**
 * Maps pseudonyms back to originals under audit. Each request is looked up, then recorded in the audit log with who,
 * when, what, why and the outcome, and only then answered: if the record cannot be written (log unwritable, or its
 * end does not verify) the caller gets {@link org.veil.broker.audit.AuditException} and no answer. A lookup that
 * fails is recorded with the outcome {@code failed} before its exception is passed on.
 */
public final class ReIdentifier {
    private static final Logger LOG = LoggerFactory.getLogger(ReIdentifier.class);
    private static final String PATIENT = "reidentify-patient";
    private static final String STUDY = "reidentify-study";

    private final LinkageStore store;
    private final AuditLog audit;

    /**
     * @throws IllegalArgumentException when the store belongs to another key than the given one
     */
    public ReIdentifier(ProjectKey key, LinkageStore store, AuditLog audit) {
        if (!store.keyFingerprint().equals(key.fingerprint())) {
            throw new IllegalArgumentException("the linkage store is opened for key " + store.keyFingerprint()
                    + ", not for the loaded key " + key.fingerprint());
        }
        this.store = store;
        this.audit = audit;
    }

    /** The original patient(s) and studies behind a patient pseudonym; the reason is required and audited. */
    public PatientReIdentification patient(String pseudonym, String reason) {
        List<PatientRecord> patients;
        List<StudyRecord> studies;
        try {
            patients = store.patientsByPseudonym(pseudonym);
            studies = store.studiesOfPatient(pseudonym);
        } catch (LinkageException e) {
            audit.append(new AuditEvent(PATIENT, pseudonym, reason, "failed"));
            throw e;
        }
        LookupOutcome outcome = LookupOutcome.of(patients.size());
        audit.append(new AuditEvent(PATIENT, pseudonym, reason, outcome.token()));
        LOG.info("re-identification of patient {}: {} (audited)", pseudonym, outcome.token());
        return new PatientReIdentification(pseudonym, outcome, patients, studies);
    }

    /** The original study and its patient behind a pseudonymous Study Instance UID; audited. */
    public StudyReIdentification study(String pseudoStudyUid, String reason) {
        Optional<StudyRecord> study;
        Optional<PatientRecord> patient;
        try {
            study = store.studyByPseudonymousUid(pseudoStudyUid);
            patient = study.flatMap(s -> store.patientsByPseudonym(s.link().patientPseudonym()).stream().findFirst());
        } catch (LinkageException e) {
            audit.append(new AuditEvent(STUDY, pseudoStudyUid, reason, "failed"));
            throw e;
        }
        LookupOutcome outcome = study.isPresent() ? LookupOutcome.FOUND : LookupOutcome.NOT_FOUND;
        audit.append(new AuditEvent(STUDY, pseudoStudyUid, reason, outcome.token()));
        LOG.info("re-identification of study {}: {} (audited)", pseudoStudyUid, outcome.token());
        return new StudyReIdentification(pseudoStudyUid, outcome, study, patient);
    }
}
