package org.veil.dicom.dict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veil.dicom.Tag;
import org.veil.dicom.VR;

/**
 * The PS3.6 data dictionary, read once from the generated {@code DictionaryRows}: exact tags and repeating groups
 * or ranges.
 *
 * <p>Lookups by tag are a binary search over a sorted {@code int[]}, then, for a miss outside the private
 * groups, a scan of the few repeating patterns; they do not allocate. Repeating groups (50xx,eeee),
 * (60xx,eeee) and (7Fxx,eeee) match the even groups xx00-xx1E only (PS3.5 Section 7.6).
 */
public final class StandardDictionary {
    private static final List<DictionaryEntry> ALL = rows();
    /** Exact tags with the sign bit flipped, so that signed order is unsigned tag order. */
    private static final int[] KEYS;
    private static final DictionaryEntry[] ENTRIES;
    private static final VR[] FIRST_VR;
    private static final int[] REPEATING_TAGS;
    private static final int[] REPEATING_MASKS;
    private static final DictionaryEntry[] REPEATING;

    static {
        List<DictionaryEntry> exact = new ArrayList<>(ALL.size());
        List<DictionaryEntry> repeating = new ArrayList<>();
        for (DictionaryEntry e : ALL) {
            (e.repeating() ? repeating : exact).add(e);
        }
        ENTRIES = exact.toArray(new DictionaryEntry[0]);
        KEYS = new int[ENTRIES.length];
        FIRST_VR = new VR[ENTRIES.length];
        for (int i = 0; i < ENTRIES.length; i++) {
            KEYS[i] = ENTRIES[i].tag() ^ Integer.MIN_VALUE;
            FIRST_VR[i] = firstVr(ENTRIES[i]);
            if (i > 0 && KEYS[i - 1] >= KEYS[i]) {
                throw new IllegalStateException("DictionaryRows not in tag order at " + ENTRIES[i]);
            }
        }
        REPEATING = repeating.toArray(new DictionaryEntry[0]);
        REPEATING_TAGS = new int[REPEATING.length];
        REPEATING_MASKS = new int[REPEATING.length];
        for (int i = 0; i < REPEATING.length; i++) {
            REPEATING_TAGS[i] = REPEATING[i].tag();
            REPEATING_MASKS[i] = REPEATING[i].mask();
        }
    }

    private StandardDictionary() {
    }

    /**
     * The entry for a tag: the exact row, else the repeating group or range that contains it, else null.
     * An exact row wins over a range that also covers the tag ((0028,0400) is Transform Label, not a
     * member of (0028,04x0)). Private tags (odd groups, PS3.5 Section 7.8) give null, and so do group
     * lengths (gggg,0000) other than (0002,0000), which PS3.6 does not list.
     */
    public static DictionaryEntry entry(int tag) {
        int i = Arrays.binarySearch(KEYS, tag ^ Integer.MIN_VALUE);
        if (i >= 0) {
            return ENTRIES[i];
        }
        if (Tag.isPrivate(tag) || Tag.isGroupLength(tag)) {
            return null;
        }
        for (int r = 0; r < REPEATING_TAGS.length; r++) {
            if ((tag & REPEATING_MASKS[r]) == REPEATING_TAGS[r]) {
                return REPEATING[r];
            }
        }
        return null;
    }

    /**
     * The first VR PS3.6 gives for the tag ({@code US or SS} gives US; see {@link DictionaryEntry#multiVr()}),
     * UL for any group length (gggg,0000), and UN for unknown and private tags and for tags without a VR
     * (the items and delimiters of group FFFE).
     */
    public static VR vr(int tag) {
        int i = Arrays.binarySearch(KEYS, tag ^ Integer.MIN_VALUE);
        if (i >= 0) {
            return FIRST_VR[i];
        }
        if ((tag & 0xFFFF) == 0) {
            return VR.UL;
        }
        DictionaryEntry e = entry(tag);
        return e == null ? VR.UN : firstVr(e);
    }

    /** The keyword of the tag's entry, {@code ""} when the tag is unknown or its row has no keyword. */
    public static String keyword(int tag) {
        DictionaryEntry e = entry(tag);
        return e == null ? "" : e.keyword();
    }

    /** The tag for a keyword (the first member for repeating groups, e.g. 0x60003000), -1 when unknown. */
    public static int tag(String keyword) {
        DictionaryEntry e = ByKeyword.MAP.get(keyword);
        return e == null ? -1 : e.tag();
    }

    /** The entry for a keyword, or null when unknown. */
    public static DictionaryEntry entry(String keyword) {
        return ByKeyword.MAP.get(keyword);
    }

    /** Every row of the dictionary in tag order, including rows without a keyword. */
    public static List<DictionaryEntry> all() {
        return ALL;
    }

    /** The keyword map, built on first use: the tag lookups of the parser do not need it. */
    private static final class ByKeyword {
        static final Map<String, DictionaryEntry> MAP = new HashMap<>(ALL.size() * 2);

        static {
            for (DictionaryEntry e : ALL) {
                if (!e.keyword().isEmpty()) {
                    MAP.put(e.keyword(), e);
                }
            }
        }
    }

    /** Every row of the generated text, in tag order (unsigned). */
    private static List<DictionaryEntry> rows() {
        List<DictionaryEntry> rows = new ArrayList<>(DictionaryRows.SIZE);
        Map<String, List<VR>> vrLists = new HashMap<>();
        for (String block : DictionaryRows.blocks()) {
            TableText t = new TableText("DictionaryRows", block);
            while (t.nextLine()) {
                int tag = t.hexField(0);
                int mask = t.hexField(DictionaryEntry.EXACT);
                String keyword = t.field();
                String name = t.field();
                List<VR> vrs = vrLists.computeIfAbsent(t.field(), StandardDictionary::vrs);
                rows.add(new DictionaryEntry(tag, mask, keyword, name, vrs, t.field(), t.flagField('R')));
            }
        }
        if (rows.size() != DictionaryRows.SIZE) {
            throw new IllegalStateException("DictionaryRows: " + rows.size() + " rows, expected "
                    + DictionaryRows.SIZE);
        }
        return List.copyOf(rows);
    }

    private static List<VR> vrs(String text) {
        List<VR> vrs = new ArrayList<>();
        for (String name : text.isEmpty() ? new String[0] : text.split("/")) {
            vrs.add(VR.of(name));
        }
        return List.copyOf(vrs);
    }

    private static VR firstVr(DictionaryEntry e) {
        return e.vrs().isEmpty() ? VR.UN : e.vrs().get(0);
    }
}
