package org.veil.codegen;

import java.util.Set;

/**
 * A tag as PS3.6 and PS3.15 write it, possibly with repeating positions: {@code (0010,0010)}, {@code (60XX,3000)},
 * {@code (0028,04X0)}, {@code (1010,XXXX)}.
 *
 * <p>An {@code X} in the element frees that hex digit. {@code XX} in the group is only known for the repeating
 * groups 50xx, 60xx and 7Fxx, which PS3.5 Section 7.6 restricts to the even groups xx00-xx1E: the group mask
 * {@code 0xFFE1} frees exactly bits 1-4 of the low byte. Any other shape throws.
 *
 * @param tag  the tag with every free bit zero
 * @param mask the bits that must match
 * @param text the pattern as written in the source
 */
record TagPattern(int tag, int mask, String text) {
    static final int EXACT = 0xFFFFFFFF;
    private static final Set<String> REPEATING_GROUPS = Set.of("50XX", "60XX", "7FXX");
    private static final int EVEN_GROUPS_00_TO_1E = 0xFFE1;

    /**
     * Parses {@code (gggg,eeee)} with the repeating positions above.
     *
     * @param where the source location, for the message
     * @throws IllegalStateException naming the text for an unknown shape
     */
    static TagPattern parse(String text, String where) {
        if (text.length() != 11 || text.charAt(0) != '(' || text.charAt(5) != ',' || text.charAt(10) != ')') {
            throw unknown(text, where);
        }
        String group = text.substring(1, 5);
        String element = text.substring(6, 10);
        int groupValue;
        int groupMask;
        if (REPEATING_GROUPS.contains(group)) {
            groupValue = Integer.parseInt(group.substring(0, 2), 16) << 8;
            groupMask = EVEN_GROUPS_00_TO_1E;
        } else if (group.matches("[0-9A-F]{4}")) {
            groupValue = Integer.parseInt(group, 16);
            groupMask = 0xFFFF;
        } else {
            throw unknown(text, where);
        }
        if (!element.matches("[0-9A-FX]{4}")) {
            throw unknown(text, where);
        }
        int elementValue = 0;
        int elementMask = 0;
        for (int i = 0; i < 4; i++) {
            char c = element.charAt(i);
            elementValue <<= 4;
            elementMask <<= 4;
            if (c != 'X') {
                elementValue |= Character.digit(c, 16);
                elementMask |= 0xF;
            }
        }
        return new TagPattern(groupValue << 16 | elementValue, groupMask << 16 | elementMask, text);
    }

    boolean exact() {
        return mask == EXACT;
    }

    /** True when the two patterns match at least one common tag. */
    boolean overlaps(TagPattern other) {
        int common = mask & other.mask;
        return (tag & common) == (other.tag & common);
    }

    private static IllegalStateException unknown(String text, String where) {
        return new IllegalStateException(where + ": unknown tag shape '" + text
                + "' (known: (gggg,eeee), X in the element, 50XX/60XX/7FXX groups)");
    }
}
