package org.veil.dicom.dict;

import java.util.Objects;

/**
 * One registered UID of PS3.6 Annex A (Table A-1 and the tables of frames of reference, context groups and
 * templates), or a SOP Class known only from the SOP class list.
 *
 * @param uid     the UID, without padding
 * @param name    the UID name as PS3.6 writes it, including a trailing {@code (Retired)}; {@code ""} where the
 *                registry gives none (context groups, templates)
 * @param keyword a Java identifier derived from the name (see {@code Uids}), {@code ""} where there is no name
 * @param type    the UID type column
 * @param retired true when PS3.6 lists the UID as retired
 */
public record UidEntry(String uid, String name, String keyword, UidType type, boolean retired) {

    public UidEntry {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(type, "type");
    }
}
