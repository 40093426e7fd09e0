package org.veil.dicom.io;

import org.veil.dicom.VR;

/**
 * Checks of numeric string values (IS, DS; PS3.5 Table 6.2-1) that strict reading applies. Messages describe the
 * problem without quoting the value.
 */
final class ValueSyntax {
    private ValueSyntax() {
    }

    /** A description of what is wrong with the value, or null when it conforms (or the VR is not checked). */
    static String problem(VR vr, byte[] value) {
        if (vr != VR.IS && vr != VR.DS) {
            return null;
        }
        int start = 0;
        int index = 1;
        for (int i = 0; i <= value.length; i++) {
            if (i == value.length || value[i] == '\\') {
                if (!valid(vr, value, start, i)) {
                    return "value " + index + " is not a valid " + vr + " (" + (vr == VR.IS ? "integer" : "decimal")
                            + " string)";
                }
                start = i + 1;
                index++;
            }
        }
        return null;
    }

    private static boolean valid(VR vr, byte[] v, int from, int to) {
        while (from < to && v[from] == ' ') {
            from++;
        }
        while (to > from && (v[to - 1] == ' ' || v[to - 1] == 0)) {
            to--;
        }
        if (from == to) {
            return true;
        }
        int i = from;
        if (v[i] == '+' || v[i] == '-') {
            i++;
        }
        int digits = 0;
        while (i < to && v[i] >= '0' && v[i] <= '9') {
            i++;
            digits++;
        }
        if (vr == VR.IS) {
            return i == to && digits > 0 && digits <= 10;
        }
        if (i < to && v[i] == '.') {
            i++;
            while (i < to && v[i] >= '0' && v[i] <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < to && (v[i] == 'e' || v[i] == 'E')) {
            i++;
            if (i < to && (v[i] == '+' || v[i] == '-')) {
                i++;
            }
            int exp = 0;
            while (i < to && v[i] >= '0' && v[i] <= '9') {
                i++;
                exp++;
            }
            if (exp == 0) {
                return false;
            }
        }
        return i == to;
    }
}
