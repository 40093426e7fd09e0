package org.veil.dicom;

import org.veil.dicom.dict.Tags;

/**
 * Static helpers for DICOM tags. A tag is an {@code int}: {@code group << 16 | element}.
 *
 * <p>Formatting follows PS3.5 notation, {@code (gggg,eeee)} in upper-case hex.
 */
public final class Tag {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Tag() {
    }

    public static int of(int group, int element) {
        return (group & 0xFFFF) << 16 | (element & 0xFFFF);
    }

    public static int group(int tag) {
        return tag >>> 16;
    }

    public static int element(int tag) {
        return tag & 0xFFFF;
    }

    /** True for odd groups other than 0001, 0003, 0005, 0007 and FFFF (PS3.5 Section 7.8). */
    public static boolean isPrivate(int tag) {
        int g = group(tag);
        return (g & 1) == 1 && g > 0x0007 && g != 0xFFFF;
    }

    /** True for a Private Creator Data Element (gggg,0010-00FF) in a private group. */
    public static boolean isPrivateCreator(int tag) {
        int e = element(tag);
        return isPrivate(tag) && e >= 0x0010 && e <= 0x00FF;
    }

    /** The tag of the private creator that reserves this private element's block, e.g. (0029,1010) → (0029,0010). */
    public static int privateCreatorOf(int tag) {
        return (tag & 0xFFFF0000) | (element(tag) >>> 8);
    }

    /** Group length element (gggg,0000). */
    public static boolean isGroupLength(int tag) {
        return element(tag) == 0;
    }

    /** True for the item and delimiter tags of group FFFE. */
    public static boolean isDelimiter(int tag) {
        return tag == Tags.Item || tag == Tags.ItemDelimitationItem || tag == Tags.SequenceDelimitationItem;
    }

    /** Formats as {@code (gggg,eeee)}. */
    public static String format(int tag) {
        char[] c = new char[11];
        c[0] = '(';
        c[5] = ',';
        c[10] = ')';
        for (int i = 0; i < 4; i++) {
            c[4 - i] = HEX[(tag >>> (16 + 4 * i)) & 0xF];
            c[9 - i] = HEX[(tag >>> (4 * i)) & 0xF];
        }
        return new String(c);
    }

    /** Appends {@code (gggg,eeee)} to {@code sb}, as {@link #format(int)} prints it, without a string of its own. */
    public static void appendTo(StringBuilder sb, int tag) {
        sb.append('(');
        for (int shift = 28; shift >= 16; shift -= 4) {
            sb.append(HEX[(tag >>> shift) & 0xF]);
        }
        sb.append(',');
        for (int shift = 12; shift >= 0; shift -= 4) {
            sb.append(HEX[(tag >>> shift) & 0xF]);
        }
        sb.append(')');
    }

    /** Formats as {@code ggggeeee} (the DICOM JSON model's key). */
    public static String toHex(int tag) {
        char[] c = new char[8];
        for (int i = 0; i < 8; i++) {
            c[7 - i] = HEX[(tag >>> (4 * i)) & 0xF];
        }
        return new String(c);
    }

    /**
     * Parses {@code (gggg,eeee)}, {@code gggg,eeee} or {@code ggggeeee}.
     *
     * @throws IllegalArgumentException naming the text when it is not a tag
     */
    public static int parse(String text) {
        String s = text.trim();
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1);
        }
        s = s.replace(",", "");
        if (s.length() != 8) {
            throw new IllegalArgumentException("not a tag: '" + text + "' (expected (gggg,eeee) or ggggeeee)");
        }
        try {
            return (int) Long.parseLong(s, 16);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a tag: '" + text + "' (expected hex digits)", e);
        }
    }
}
