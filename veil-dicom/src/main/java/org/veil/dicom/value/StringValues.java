package org.veil.dicom.value;

import java.util.ArrayList;
import java.util.List;
import org.veil.dicom.VR;
import org.veil.dicom.charset.SpecificCharacterSet;
import org.veil.dicom.data.AsciiValues;

/**
 * Text of string elements: the whole value decoded (with the Specific Character Set for SH, LO, UC, ST, LT, UT, UR and
 * PN; the default repertoire for the others, PS3.5 Section 6.1.2.3), split into values at backslashes for
 * multi-valued VRs, and padding removed.
 */
public final class StringValues {
    private StringValues() {
    }

    /** The whole value as text, padding and delimiters kept; never throws for any byte content. */
    public static String decode(byte[] bytes, VR vr, SpecificCharacterSet characterSet) {
        return vr.usesCharacterSet() ? characterSet.decode(bytes, vr) : AsciiValues.decodeRaw(bytes);
    }

    /**
     * The values of a decoded string: split at backslashes for multi-valued VRs (LT, ST, UT and UR hold one value),
     * each trimmed by {@link #trim}. An empty text gives an empty list; empty values between delimiters stay as "".
     */
    public static List<String> split(String decoded, VR vr) {
        List<String> out = new ArrayList<>(2);
        if (decoded.isEmpty()) {
            return out;
        }
        if (!vr.isMultiValuedString()) {
            out.add(trim(decoded, vr));
            return out;
        }
        int start = 0;
        for (int i = decoded.indexOf('\\'); i >= 0; i = decoded.indexOf('\\', start)) {
            out.add(trim(decoded.substring(start, i), vr));
            start = i + 1;
        }
        out.add(trim(decoded.substring(start), vr));
        return out;
    }

    /**
     * Removes padding: trailing spaces and NULs for every string VR, and leading spaces too except for LT, ST and UT,
     * whose leading spaces are significant (the rule of {@link org.veil.dicom.data.DatasetView}).
     */
    public static String trim(String s, VR vr) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\0')) {
            end--;
        }
        int start = 0;
        if (vr != VR.LT && vr != VR.ST && vr != VR.UT) {
            while (start < end && s.charAt(start) == ' ') {
                start++;
            }
        }
        return start == 0 && end == s.length() ? s : s.substring(start, end);
    }
}
