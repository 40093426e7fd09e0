package org.veil.pipeline;

/**
 * Why one instance was quarantined. Never holds an original value; {@link #detail()} may hold the input's location
 * (file, byte offset, tag path), so it belongs in the quarantine only.
 *
 * @param category the kind of failure
 * @param detail   the located message, e.g. {@code ct/1.dcm @0x1A2C (0008,1115)[2]>(0008,1155): length 40 > 12 bytes
 *                 left}
 * @param group    a location-free summary line that groups alike failures in reports, e.g.
 *                 {@code parse error: length # > # bytes left}; safe to show outside the quarantine
 */
public record QuarantineReason(QuarantineCategory category, String detail, String group) {

    /** A reason whose group is the category followed by the location-free message with digits masked. */
    public static QuarantineReason of(QuarantineCategory category, String detail, String locationFree) {
        return new QuarantineReason(category, detail, category.text() + ": " + mask(locationFree));
    }

    /**
     * Replaces each run of decimal digits by {@code #} (tags such as {@code (0010,0030)} stay) and folds white space,
     * so alike messages group together.
     */
    static String mask(String text) {
        if (text == null || text.isBlank()) {
            return "(no message)";
        }
        StringBuilder sb = new StringBuilder(Math.min(text.length(), 200));
        boolean digits = false;
        boolean space = false;
        for (int i = 0; i < text.length() && sb.length() < 200; i++) {
            char c = text.charAt(i);
            if (isTag(text, i)) {
                sb.append(text, i, i + 11);
                i += 10;
                digits = false;
                space = false;
            } else if (c >= '0' && c <= '9') {
                if (!digits) {
                    sb.append('#');
                }
                digits = true;
                space = false;
            } else if (Character.isWhitespace(c)) {
                if (!space) {
                    sb.append(' ');
                }
                space = true;
                digits = false;
            } else {
                sb.append(c);
                digits = false;
                space = false;
            }
        }
        return sb.toString().trim();
    }

    private static boolean isTag(String s, int i) {
        if (i + 11 > s.length() || s.charAt(i) != '(' || s.charAt(i + 5) != ',' || s.charAt(i + 10) != ')') {
            return false;
        }
        for (int k = 1; k < 10; k++) {
            if (k != 5 && Character.digit(s.charAt(i + k), 16) < 0 && s.charAt(i + k) != 'x' && s.charAt(i + k) != 'X') {
                return false;
            }
        }
        return true;
    }
}
