package org.veil.dicom.dict;

import java.util.List;
import java.util.Objects;
import org.veil.dicom.Tag;
import org.veil.dicom.VR;

/**
 * One row of the PS3.6 Section 6 data dictionary.
 *
 * <p>An entry either names one tag ({@code mask == 0xFFFFFFFF}) or a repeating group or element range, where the
 * zero bits of {@code mask} are the free positions: {@code (60xx,3000)} is {@code tag 0x60003000, mask 0xFFE1FFFF}
 * (only the even groups 6000-601E, PS3.5 Section 7.6), {@code (0028,04x0)} is {@code tag 0x00280400, mask
 * 0xFFFFFF0F}.
 *
 * @param tag     the tag, with every free position zero
 * @param mask    the bits of a tag that must equal {@code tag} for the entry to apply
 * @param keyword the PS3.6 keyword, {@code ""} where the standard gives none
 * @param name    the PS3.6 attribute name, {@code ""} where the standard gives none
 * @param vrs     the allowed VRs in the order PS3.6 lists them ({@code US or SS} is {@code [US, SS]}); empty for the
 *                item and delimitation tags of group FFFE and for retired rows without a VR
 * @param vm      the value multiplicity as written in PS3.6, e.g. {@code 1}, {@code 1-n}, {@code 2-2n}; may be empty
 * @param retired true when PS3.6 marks the attribute retired
 */
public record DictionaryEntry(int tag, int mask, String keyword, String name, List<VR> vrs, String vm,
        boolean retired) {

    /** The mask of an entry that names exactly one tag. */
    public static final int EXACT = 0xFFFFFFFF;

    public DictionaryEntry {
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(vm, "vm");
        vrs = List.copyOf(vrs);
        if ((tag & mask) != tag) {
            throw new IllegalArgumentException("tag " + Tag.format(tag) + " has bits outside mask "
                    + Integer.toHexString(mask));
        }
    }

    /** True when PS3.6 allows more than one VR, e.g. {@code US or SS}; the actual VR then depends on context. */
    public boolean multiVr() {
        return vrs.size() > 1;
    }

    /** True when this entry describes the tag (exactly, or as a member of its repeating group). */
    public boolean matches(int tag) {
        return (tag & mask) == this.tag;
    }

    /** True for a repeating group or element range entry such as {@code (60xx,3000)}. */
    public boolean repeating() {
        return mask != EXACT;
    }

    @Override
    public String toString() {
        return Tag.format(tag) + (repeating() ? "/" + Integer.toHexString(mask) : "") + " " + keyword + " " + vrs
                + " VM " + vm + (retired ? " (retired)" : "");
    }
}
