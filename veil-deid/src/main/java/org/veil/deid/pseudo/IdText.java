package org.veil.deid.pseudo;

/**
 * Input normalisation of identifiers before they are keyed. For LO, SH and PN, PS3.5 Table 6.2-1 makes leading and
 * trailing spaces insignificant, so both are removed, and trailing NUL bytes (a common encoder fault) too. Case,
 * inner spaces and every other character are kept: "ab" and "AB" are different identifiers. A null value counts as
 * empty.
 */
final class IdText {
    private IdText() {
    }

    static String normalize(String value) {
        if (value == null) {
            return "";
        }
        int end = value.length();
        while (end > 0 && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\0')) {
            end--;
        }
        int start = 0;
        while (start < end && value.charAt(start) == ' ') {
            start++;
        }
        return value.substring(start, end);
    }
}
