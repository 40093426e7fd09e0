package org.veil.pipeline.run;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.veil.deid.pseudo.PatientKey;
import org.veil.pipeline.StudyPatients;

/**
 * The dirty input rule held in memory: a study is de-identified under the patient given for it in advance (e.g. a
 * Spark job's first pass over all partitions), else under the first patient it is seen with by this object. Every
 * instance of a study then gets one pseudonym and one date offset, whatever the thread. Thread-safe; holds original
 * identities in memory only, for the life of the object.
 */
public final class MemoryStudyPatients implements StudyPatients {
    private final ConcurrentHashMap<String, PatientKey> decided = new ConcurrentHashMap<>();

    /** Nothing decided in advance: the first patient seen for a study wins. */
    public MemoryStudyPatients() {
    }

    /** Studies decided in advance (original Study Instance UID to patient); others as first seen. */
    public MemoryStudyPatients(Map<String, PatientKey> decidedInAdvance) {
        decided.putAll(decidedInAdvance);
    }

    @Override
    public PatientKey patientFor(String studyUid, PatientKey own) {
        return decided.computeIfAbsent(studyUid, k -> own);
    }
}
