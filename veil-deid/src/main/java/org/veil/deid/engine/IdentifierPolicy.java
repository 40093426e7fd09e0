package org.veil.deid.engine;

/** What replaces Patient ID, Patient's Name, Accession Number, Study ID and Other Patient IDs. */
public enum IdentifierPolicy {
    /** Keyed pseudonyms: the same original always gets the same replacement under the same key. */
    PSEUDONYMIZE,
    /** Exactly the profile's action (Z empties, D puts a fixed dummy): nothing links instances of a patient. */
    PROFILE_ONLY
}
