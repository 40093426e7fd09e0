package org.veil.codegen;

import java.util.regex.Pattern;

/**
 * One registered UID read from PS3.6 Annex A or {@code sops.json}.
 *
 * @param uid     the UID, checked against the UID syntax
 * @param name    the name, unwrapped, without markup; may be empty
 * @param type    the UID type text, one of {@link UidTypes}
 * @param retired whether the source marks it retired
 * @param where   where it was read, for messages
 */
record UidRow(String uid, String name, String type, boolean retired, String where) {
    private static final Pattern SYNTAX = Pattern.compile("(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))+");

    UidRow {
        checkUid(uid, where);
        UidTypes.check(type, where);
    }

    /** Checks the UID syntax of PS3.5 Section 9.1 (digits and dots, no leading zeros, at most 64 characters). */
    static void checkUid(String uid, String where) {
        if (!SYNTAX.matcher(uid).matches() || uid.length() > 64) {
            throw new IllegalStateException(where + ": not a UID: '" + uid + "'");
        }
    }

    /** Orders UIDs numerically, component by component. */
    static int compareUids(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].length() != y[i].length() ? Integer.compare(x[i].length(), y[i].length())
                    : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
