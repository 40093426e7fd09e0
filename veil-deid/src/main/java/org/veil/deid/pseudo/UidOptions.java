package org.veil.deid.pseudo;

import java.util.function.Predicate;

/**
 * Options of {@link UidPseudonymizer}.
 *
 * @param keep    UIDs that must not be remapped, such as the registered UIDs of PS3.6 Annex A (SOP classes, transfer
 *                syntaxes, coding schemes); tested on the UID without padding
 * @param invalid what to do with a value that is not a valid UID
 */
public record UidOptions(Predicate<String> keep, InvalidUidPolicy invalid) {

    public UidOptions {
        if (keep == null || invalid == null) {
            throw new IllegalArgumentException("UidOptions needs a keep predicate and an invalid-UID policy");
        }
    }

    /** Remap every valid UID, report invalid ones. */
    public static UidOptions defaults() {
        return new UidOptions(uid -> false, InvalidUidPolicy.REPORT);
    }

    public UidOptions withKeep(Predicate<String> predicate) {
        return new UidOptions(predicate, invalid);
    }

    public UidOptions withInvalid(InvalidUidPolicy policy) {
        return new UidOptions(keep, policy);
    }
}
