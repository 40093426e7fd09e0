package org.veil.spark;

import java.io.Serializable;

/**
 * What the first pass learns of one input that reaches de-identification: its study and own patient (the dirty input
 * rule) and a keyed digest of its instance UID (which inputs may compete for one output name). Holds PHI (the
 * patient's ID and the study's UID): it goes from executor to driver in memory, never to a log or a file.
 *
 * @param order     the input's position in the listing
 * @param study     the original Study Instance UID, or null when the instance has none
 * @param issuer    the issuer of the instance's own Patient ID
 * @param patientId the instance's own Patient ID
 * @param instance  a keyed digest of its instance UID as the output name uses it ({@link NameRivals})
 */
record FirstLook(long order, String study, String issuer, String patientId, long instance) implements Serializable {
}
