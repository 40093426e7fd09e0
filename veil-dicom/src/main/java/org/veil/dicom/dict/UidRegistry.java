package org.veil.dicom.dict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The UIDs registered in PS3.6 Annex A and the SOP Classes of the SOP class list that PS3.6 lacks, read once from the
 * generated {@code UidRows} and looked up through a hash map.
 */
public final class UidRegistry {
    private static final List<UidEntry> ALL = List.copyOf(rows());
    private static final Map<String, UidEntry> BY_UID = new HashMap<>(ALL.size() * 2);

    static {
        for (UidEntry e : ALL) {
            BY_UID.put(e.uid(), e);
        }
    }

    private UidRegistry() {
    }

    /** The entry for a UID (given without trailing padding), or null when it is not registered. */
    public static UidEntry lookup(String uid) {
        return uid == null ? null : BY_UID.get(uid);
    }

    /** True when the UID is registered (current or retired). */
    public static boolean isRegistered(String uid) {
        return lookup(uid) != null;
    }

    /** Every entry, ordered numerically by UID. */
    public static List<UidEntry> all() {
        return ALL;
    }

    /** The type for its PS3.6 text, e.g. {@code Transfer Syntax}; throws IllegalArgumentException naming it. */
    public static UidType type(String text) {
        for (UidType t : UidType.values()) {
            if (t.text().equals(text)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown UID type '" + text + "'");
    }

    private static List<UidEntry> rows() {
        List<UidEntry> rows = new ArrayList<>();
        for (String block : UidRows.blocks()) {
            TableText t = new TableText("UidRows", block);
            while (t.nextLine()) {
                rows.add(new UidEntry(t.field(), t.field(), t.field(), UidType.valueOf(t.field()),
                        t.flagField('R')));
            }
        }
        return rows;
    }
}
