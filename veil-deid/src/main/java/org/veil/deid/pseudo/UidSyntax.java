package org.veil.deid.pseudo;

/**
 * The UID syntax of PS3.5 section 9.1: components of digits separated by '.', no empty component, no leading zero
 * in a component of more than one digit, at most 64 characters.
 */
public final class UidSyntax {
    /** The longest UID. */
    public static final int MAX_LENGTH = 64;

    private UidSyntax() {
    }

    /** True when the UID (without padding) is valid. */
    public static boolean isValid(String uid) {
        return problem(uid) == null;
    }

    /** What is wrong with the UID, or null when it is valid. Never contains the UID. */
    public static String problem(String uid) {
        if (uid.isEmpty()) {
            return "empty";
        }
        if (uid.length() > MAX_LENGTH) {
            return "longer than " + MAX_LENGTH + " characters";
        }
        int componentStart = 0;
        for (int i = 0; i <= uid.length(); i++) {
            char c = i < uid.length() ? uid.charAt(i) : '.';
            if (c == '.') {
                int length = i - componentStart;
                if (length == 0) {
                    return "empty component at character " + i;
                }
                if (length > 1 && uid.charAt(componentStart) == '0') {
                    return "component with a leading zero at character " + componentStart;
                }
                componentStart = i + 1;
            } else if (c < '0' || c > '9') {
                return "character " + i + " is not a digit or '.'";
            }
        }
        return null;
    }

    /** The UID without trailing NUL and space padding. */
    public static String unpad(String uid) {
        int end = uid.length();
        while (end > 0 && (uid.charAt(end - 1) == '\0' || uid.charAt(end - 1) == ' ')) {
            end--;
        }
        return uid.substring(0, end);
    }
}
