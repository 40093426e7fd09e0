package org.veil.broker.linkage;

/**
 * One study's mapping. The original Study Instance UID and Accession Number are PHI; {@link #toString()} hides them.
 *
 * @param studyUid         the original Study Instance UID
 * @param pseudoStudyUid   the pseudonymous Study Instance UID
 * @param patientPseudonym the pseudonym of the patient the study was recorded for
 * @param accession        the original Accession Number, empty when absent
 * @param pseudoAccession  its pseudonym, empty when absent
 */
public record StudyLink(String studyUid, String pseudoStudyUid, String patientPseudonym, String accession,
        String pseudoAccession) {
    static final int MAX_UID = 128;

    public StudyLink {
        accession = accession == null ? "" : accession;
        pseudoAccession = pseudoAccession == null ? "" : pseudoAccession;
        Limits.check("study UID", studyUid, MAX_UID);
        Limits.check("pseudonymous study UID", pseudoStudyUid, MAX_UID);
        Limits.check("patient pseudonym", patientPseudonym, PatientLink.MAX_PSEUDONYM);
        Limits.check("accession number", accession, PatientLink.MAX_ORIGINAL);
        Limits.check("pseudonymous accession number", pseudoAccession, PatientLink.MAX_PSEUDONYM);
        if (studyUid.isEmpty() || pseudoStudyUid.isEmpty() || patientPseudonym.isEmpty()) {
            throw new IllegalArgumentException("a study link needs both study UIDs and the patient pseudonym");
        }
    }

    @Override
    public String toString() {
        return "StudyLink[pseudoStudyUid=" + pseudoStudyUid + ", patientPseudonym=" + patientPseudonym
                + ", pseudoAccession=" + pseudoAccession + ", originals=(hidden)]";
    }
}
