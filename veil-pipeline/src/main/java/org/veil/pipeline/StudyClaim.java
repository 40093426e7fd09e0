package org.veil.pipeline;

import org.veil.deid.pseudo.PatientKey;

/**
 * What one input says about the decisions a front end that sees all inputs before processing (a Spark job's first
 * pass) takes the way a one-thread folder run takes them: which patient each study belongs to (the dirty input rule,
 * decided by the study's first input) and which inputs may compete for one output name (every name holds the
 * instance's UID, so only inputs with the same UID can collide, and the first of them in listing order keeps it).
 * Holds PHI (the patient's ID): never log it.
 *
 * @param studyUid    the original Study Instance UID, or null when the instance has none
 * @param patient     the instance's own patient identity
 * @param instanceUid the original SOP Instance UID, else the file meta's Media Storage SOP Instance UID, or null when
 *                    neither is there
 */
public record StudyClaim(String studyUid, PatientKey patient, String instanceUid) {
}
