package org.veil.verify;

import java.util.Locale;
import org.veil.dicom.Tag;
import org.veil.dicom.VR;
import org.veil.dicom.dict.StandardDictionary;
import org.veil.dicom.dict.Tags;

/** The kind of identifying value a needle came from, as the report groups leaks. */
public enum Category {
    NAME, ID, ACCESSION, DATE, UID, ADDRESS, INSTITUTION, DEVICE, PRIVATE,
    /** Any other value of an attribute the profile removes or replaces. */
    PROFILE_VALUE;

    /** The category of an element's value, from its tag, VR and standard keyword. */
    static Category of(int tag, VR vr) {
        if (Tag.isPrivate(tag)) {
            return PRIVATE;
        }
        if (tag == Tags.AccessionNumber) {
            return ACCESSION;
        }
        if (vr == VR.PN) {
            return NAME;
        }
        if (vr == VR.UI) {
            return UID;
        }
        if (vr == VR.DA || vr == VR.DT) {
            return DATE;
        }
        String k = StandardDictionary.keyword(tag);
        return k == null ? PROFILE_VALUE : ofKeyword(k);
    }

    private static Category ofKeyword(String k) {
        String l = k.toLowerCase(Locale.ROOT);
        if (l.contains("address") || l.contains("telephone") || l.contains("telecom") || l.contains("email")
                || l.contains("residence")) {
            return ADDRESS;
        }
        if (l.contains("institution")) {
            return INSTITUTION;
        }
        if (l.contains("station") || l.contains("device") || l.contains("serialnumber") || l.contains("aetitle")
                || l.contains("detectorid")) {
            return DEVICE;
        }
        if (k.endsWith("ID") || k.endsWith("IDs") || l.contains("identifier")) {
            return ID;
        }
        return PROFILE_VALUE;
    }
}
