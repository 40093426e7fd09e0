package org.veil.dicom.json;

import java.math.BigDecimal;

/**
 * Decimal and integer strings (DS, IS) as JSON numbers, PS3.18 F.2.3. A value that already has JSON number syntax is
 * kept as written, so no digit is lost or invented; forms JSON lacks ({@code +1}, {@code 007}, {@code .5},
 * {@code 5.}) are rewritten by {@link BigDecimal}; text that is no number at all gives null.
 */
final class NumberText {
    private NumberText() {
    }

    /** The JSON number for a trimmed DS or IS value, or null when it is not a number. */
    static String json(String value) {
        if (isJsonNumber(value)) {
            return value;
        }
        if (value.isEmpty() || !isDecimalStart(value.charAt(0))) {
            return null;
        }
        try {
            return new BigDecimal(value).toString();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isDecimalStart(char c) {
        return c == '+' || c == '-' || c == '.' || c >= '0' && c <= '9';
    }

    /** RFC 8259 Section 6: {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}. */
    static boolean isJsonNumber(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        if (i < n && s.charAt(i) == '0') {
            i++;
        } else {
            int start = i;
            i = digits(s, i);
            if (i == start) {
                return false;
            }
        }
        if (i < n && s.charAt(i) == '.') {
            int start = ++i;
            i = digits(s, i);
            if (i == start) {
                return false;
            }
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int start = i;
            i = digits(s, i);
            if (i == start) {
                return false;
            }
        }
        return i == n;
    }

    private static int digits(String s, int i) {
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
