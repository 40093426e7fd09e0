package org.veil.pipeline.imports;

import org.veil.dicom.Tag;
import org.veil.dicom.dict.StandardDictionary;
import org.veil.profile.ConfidentialityTable;
import org.veil.profile.ProfileAction;
import org.veil.profile.ProfileRule;

/**
 * Names attributes the way pixel rules do and says what the Basic Profile does to them first: Veil compares a rule's
 * signature with the de-identified header, so a test of an attribute the profile removes or replaces (Series
 * Description, overlay groups) only matches when a recipe keeps that attribute.
 */
final class SignatureAttributes {
    private SignatureAttributes() {
    }

    /** The rule-file name of a tag: its keyword, or {@code (gggg,eeee)}. */
    static String name(int tag) {
        String k = StandardDictionary.keyword(tag);
        return k.isEmpty() ? Tag.format(tag) : k;
    }

    /** The tag of a keyword, or -1. */
    static int tag(String keyword) {
        return StandardDictionary.tag(keyword);
    }

    /** Why a rule on this attribute cannot be used as written, or null. */
    static String unusable(int tag) {
        if (Tag.group(tag) == 0x0002) {
            return name(tag) + " is file meta information; pixel rules test the data set only";
        }
        return null;
    }

    /**
     * Checks that a text test can work on the attribute: Rows and Columns are compared as numbers elsewhere; other
     * binary attributes have no text to compare.
     */
    static PixelCondition textual(PixelCondition c) throws Untranslatable {
        if (c.kind() != PixelCondition.Kind.REGEX) {
            return c;
        }
        org.veil.dicom.VR vr = StandardDictionary.vr(tag(c.attribute()));
        if (vr != null && !vr.isString() && vr != org.veil.dicom.VR.UN) {
            throw new Untranslatable(c.attribute() + " is binary (" + vr + "); a signature compares text, and "
                    + "numbers only for Rows and Columns");
        }
        return c;
    }

    /** The difference the profile makes for a test of this attribute, or null when it keeps it. */
    static String profileNote(int tag) {
        for (ProfileRule row : ConfidentialityTable.rules()) {
            if (row.matches(tag) && row.basic() != ProfileAction.K) {
                return "the Basic Profile (E.1-1 " + row.basic().code() + ") changes " + name(tag)
                        + " before the pixel step, so this rule matches only when a recipe rule keeps it";
            }
        }
        return null;
    }
}
