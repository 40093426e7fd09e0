package org.veil.pixel.redact;

import org.veil.dicom.dict.StandardDictionary;

/** Reads an attribute named in a rule: a standard keyword ({@code SeriesDescription}) or {@code (0008,103E)}. */
final class AttributeKey {
    private AttributeKey() {
    }

    /** The tag, or -1 when the text is neither a known keyword nor a tag in parentheses. */
    static int tag(String text) {
        String t = text.trim();
        if (t.matches("\\([0-9A-Fa-f]{4},[0-9A-Fa-f]{4}\\)")) {
            return (Integer.parseInt(t.substring(1, 5), 16) << 16) | Integer.parseInt(t.substring(6, 10), 16);
        }
        return StandardDictionary.tag(t);
    }
}
