package org.veil.deid.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.veil.dicom.Tag;
import org.veil.dicom.VR;

/**
 * A user's private dictionary: what to do with private data elements, each named by its block's creator, its group
 * and its offset in the block. Its entries take precedence over PS3.15 Table E.3.10-1 (so a user can remove an element
 * the table calls safe) and apply whether or not Retain Safe Private is selected; recipe private rules take precedence
 * over both. Immutable.
 *
 * @param entries the entries; at most one per creator, group and offset
 */
public record PrivateDictionary(List<Entry> entries) {
    /** No entries. */
    public static final PrivateDictionary EMPTY = new PrivateDictionary(List.of());

    public PrivateDictionary {
        entries = List.copyOf(entries);
        Map<Key, Entry> seen = new HashMap<>();
        for (Entry e : entries) {
            Entry first = seen.putIfAbsent(new Key(e.creator(), e.group(), e.offset()), e);
            if (first != null) {
                throw new IllegalArgumentException(e.source() + ": " + e.describe() + " is already defined at "
                        + first.source());
            }
        }
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** This dictionary's entries followed by another's (which must not define the same elements). */
    public PrivateDictionary plus(PrivateDictionary other) {
        List<Entry> all = new ArrayList<>(entries);
        all.addAll(other.entries);
        return new PrivateDictionary(all);
    }

    /** What a dictionary can do with a private element. */
    public enum PrivateAction {
        /** K, with the treatment of its VR: UIDs remapped, dates cleaned like listed dates. */
        KEEP,
        /** X. */
        REMOVE,
        /** C: free text cleaned (removed when there is no text cleaner or the VR holds no text). */
        CLEAN,
        /** Dates shifted (or generalised) by the patient's offset; removed when not a date. */
        SHIFT_DATE,
        /** U. */
        REMAP_UID
    }

    /**
     * One private element.
     *
     * @param creator the Private Creator value (without padding)
     * @param group   the odd group
     * @param offset  the low byte of the element, 0x00-0xFF
     * @param vr      the element's VR, used when the data set has it as UN (implicit VR); null when unknown
     * @param action  what to do
     * @param source  where it was defined, e.g. {@code siemens.csv 4:1}
     */
    public record Entry(String creator, int group, int offset, VR vr, PrivateAction action, String source) {
        public Entry {
            Objects.requireNonNull(creator, "creator");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(source, "source");
            if (!Tag.isPrivate(group << 16 | 0x1000)) {
                throw new IllegalArgumentException(source + ": group " + String.format("%04X", group)
                        + " is not a private group");
            }
            if (offset < 0 || offset > 0xFF) {
                throw new IllegalArgumentException(source + ": offset outside 00-FF");
            }
        }

        /** True for element (gggg,bbxx) of a block 10-FF reserved by this creator. */
        public boolean matches(String blockCreator, int tag) {
            int element = Tag.element(tag);
            return Tag.group(tag) == group && (element & 0xFF) == offset && element >= 0x1000
                    && creator.equals(blockCreator);
        }

        /** {@code "SIEMENS CSA HEADER" (0029,xx10)}. */
        public String describe() {
            return String.format("\"%s\" (%04X,xx%02X)", creator, group, offset);
        }
    }

    private record Key(String creator, int group, int offset) {
    }
}
