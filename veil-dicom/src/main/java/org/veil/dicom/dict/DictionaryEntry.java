package org.veil.dicom.dict;

import java.util.List;
import org.veil.dicom.VR;

/** TEMPORARY stub until the generated dictionary lands. */
public record DictionaryEntry(int tag, int mask, String keyword, String name, List<VR> vrs, String vm, boolean retired) {
    public boolean multiVr() {
        return vrs.size() > 1;
    }

    public boolean matches(int t) {
        return (t & mask) == tag;
    }
}
