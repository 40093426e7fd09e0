package org.veil.dicom.charset;

import java.util.Locale;

/**
 * A character of a text has no encoding in the Specific Character Set. The message names the code point, its
 * index in the text and the character set, never the rest of the text (it may be a patient's name).
 */
public final class UnencodableCharacterException extends IllegalArgumentException {
    private final int codePoint;
    private final int index;
    private final String characterSet;

    UnencodableCharacterException(int codePoint, int index, String characterSet) {
        super(String.format(Locale.ROOT, "cannot encode U+%04X %s at index %d in %s", codePoint,
                printable(codePoint), index, characterSet.isEmpty() ? "the default repertoire (ISO-IR 6)"
                        : "Specific Character Set '" + characterSet + "'"));
        this.codePoint = codePoint;
        this.index = index;
        this.characterSet = characterSet;
    }

    /** The Unicode code point that has no encoding (an unpaired surrogate is reported as itself). */
    public int codePoint() {
        return codePoint;
    }

    /** The char index of the code point in the text. */
    public int index() {
        return index;
    }

    /** The Specific Character Set value, backslash separated, e.g. {@code \ISO 2022 IR 87}; empty for the default. */
    public String characterSet() {
        return characterSet;
    }

    private static String printable(int codePoint) {
        boolean visible = Character.isDefined(codePoint) && !Character.isISOControl(codePoint)
                && !Character.isSurrogate((char) codePoint) && Character.getType(codePoint) != Character.FORMAT;
        return visible ? "'" + new String(Character.toChars(codePoint)) + "'" : "(not printable)";
    }
}
