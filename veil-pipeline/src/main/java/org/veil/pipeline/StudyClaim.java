package org.veil.pipeline;

import org.veil.deid.pseudo.PatientKey;

/**
 * What one input says about the dirty input rule: its original Study Instance UID and its own patient. A front end
 * that sees all inputs before processing (a Spark job's first pass) decides each study's patient from these, the same
 * way a folder run decides it from the first instance it meets. Holds PHI (the patient's ID): never log it.
 *
 * @param studyUid the original Study Instance UID (never empty)
 * @param patient  the instance's own patient identity
 */
public record StudyClaim(String studyUid, PatientKey patient) {
}
