package org.veil.broker.linkage;

/**
 * A pseudonym shared by several different original patients. The originals are not part of it (they are PHI); look
 * them up with {@link LinkageStore#patientsByPseudonym(String)}.
 *
 * @param pseudonym the shared pseudonym
 * @param originals how many different (issuer, Patient ID) pairs map to it
 */
public record Collision(String pseudonym, int originals) {
}
