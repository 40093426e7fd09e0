package org.veil.deid.imports;

import java.util.List;
import org.veil.deid.engine.RuleOverride;
import org.veil.dicom.Tag;
import org.veil.dicom.VR;
import org.veil.dicom.dict.StandardDictionary;
import org.veil.profile.ConfidentialityTable;
import org.veil.profile.ProfileAction;
import org.veil.profile.ProfileRule;

/** What the translators need to know about a standard attribute: its recipe selector, VR and profile action. */
final class Attributes {
    private static final List<VR> DATES = List.of(VR.DA, VR.DT);

    private Attributes() {
    }

    /** {@code tag: Keyword}, or {@code tag: "(gggg,eeee)"} for a tag without keyword. */
    static String selector(int tag) {
        String k = StandardDictionary.keyword(tag);
        return "tag: " + (k.isEmpty() ? "\"" + Tag.format(tag) + "\"" : k);
    }

    /** The name for messages, {@code PatientID (0010,0020)}. */
    static String name(int tag) {
        String k = StandardDictionary.keyword(tag);
        return (k.isEmpty() ? "" : k + " ") + Tag.format(tag);
    }

    static boolean known(int tag) {
        return StandardDictionary.entry(tag) != null;
    }

    static VR vr(int tag) {
        VR vr = StandardDictionary.vr(tag);
        return vr == null ? VR.UN : vr;
    }

    static boolean isDate(int tag) {
        return DATES.contains(vr(tag));
    }

    static boolean isText(int tag) {
        return vr(tag).isString();
    }

    static boolean isUid(int tag) {
        return vr(tag) == VR.UI;
    }

    static boolean isPseudonymized(int tag) {
        return RuleOverride.pseudonymTags().contains(tag);
    }

    /** Checks that a replacement fits the attribute's VR: length per value, ASCII where the VR has no character set. */
    static void checkValue(int tag, String value) throws Untranslated {
        VR vr = vr(tag);
        if (!vr.usesCharacterSet() && !java.nio.charset.StandardCharsets.US_ASCII.newEncoder().canEncode(value)) {
            throw new Untranslated("the value is not ASCII, which " + vr + " needs");
        }
        for (String v : vr.isMultiValuedString() ? value.split("\\\\", -1) : new String[] {value}) {
            if (vr.maxLength() > 0 && v.length() > vr.maxLength()) {
                throw new Untranslated("a value of " + v.length() + " characters is longer than the " + vr.maxLength()
                        + " " + vr + " allows for " + name(tag));
            }
        }
    }

    /** The Basic Profile action code for the tag, or null when Table E.1-1 does not list it. */
    static String profileAction(int tag) {
        for (ProfileRule row : ConfidentialityTable.rules()) {
            if (row.matches(tag)) {
                return row.basic().code();
            }
        }
        return null;
    }

    /** True when the Basic Profile keeps the tag or does not list it. */
    static boolean profileKeeps(int tag) {
        String a = profileAction(tag);
        return a == null || a.equals(ProfileAction.K.code());
    }
}
