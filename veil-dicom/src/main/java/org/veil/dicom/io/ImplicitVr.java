package org.veil.dicom.io;

import java.util.List;
import org.veil.dicom.Tag;
import org.veil.dicom.VR;
import org.veil.dicom.dict.DictionaryEntry;
import org.veil.dicom.dict.StandardDictionary;

/**
 * The VR of an element read in implicit VR, from the dictionary (PS3.5 Annex A.1). Entries with several VRs resolve
 * as the standard prescribes for implicit VR little endian: OW for "OB or OW" and "US or OW" (PS3.5 A.1 c), US or SS
 * by Pixel Representation (0028,0103) of the same data set.
 */
final class ImplicitVr {
    private ImplicitVr() {
    }

    static VR resolve(int tag, int pixelRepresentation) {
        if (Tag.isGroupLength(tag)) {
            return VR.UL;
        }
        if (Tag.isPrivate(tag)) {
            return Tag.isPrivateCreator(tag) ? VR.LO : VR.UN;
        }
        DictionaryEntry e = StandardDictionary.entry(tag);
        if (e == null || e.vrs().isEmpty()) {
            return VR.UN;
        }
        List<VR> vrs = e.vrs();
        if (vrs.size() == 1) {
            return vrs.get(0);
        }
        if (vrs.contains(VR.OW)) {
            return VR.OW;
        }
        if (vrs.contains(VR.SS) && pixelRepresentation == 1) {
            return VR.SS;
        }
        return vrs.get(0);
    }
}
