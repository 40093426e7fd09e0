package org.veil.dicom.dict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The SOP Classes of the SOP class list with their name and Composite IOD, looked up in the generated rows. */
public final class SopClasses {
    private static final Map<String, String[]> BY_UID = new HashMap<>();
    private static final List<String> UIDS;

    static {
        List<String> uids = new ArrayList<>();
        for (String[] row : SopClassRows.all()) {
            BY_UID.put(row[0], row);
            uids.add(row[0]);
        }
        UIDS = List.copyOf(uids);
    }

    private SopClasses() {
    }

    /** The name of the Composite IOD (CIOD) of a SOP Class, e.g. {@code CT Image}, or null when unknown. */
    public static String iod(String sopClassUid) {
        String[] row = sopClassUid == null ? null : BY_UID.get(sopClassUid);
        return row == null ? null : row[2];
    }

    /** The name of a SOP Class, e.g. {@code CT Image Storage}, or null when unknown. */
    public static String name(String sopClassUid) {
        String[] row = sopClassUid == null ? null : BY_UID.get(sopClassUid);
        return row == null ? null : row[1];
    }

    /** Every SOP Class UID of the list, ordered numerically. */
    public static List<String> uids() {
        return UIDS;
    }
}
