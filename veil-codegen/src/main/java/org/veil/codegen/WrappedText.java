package org.veil.codegen;

import java.util.List;

/**
 * Undoes the line wrapping of a grid table cell.
 *
 * <p>The RST was produced with fixed column widths. Words are wrapped at blanks, but a word longer than the column
 * is cut: it starts on a fresh line with the remainder ({@code No}) followed by full-width pieces
 * ({@code n-Hierarchical}). So a break is inside a word when the line before it is a single token and the next
 * line starts with a token exactly as wide as the column, unless that looks like two words (the line before ends
 * in a lower-case letter and the next starts with an upper-case one, as in {@code Substance / Administration}).
 * Cells without any blank but with zero-width spaces (LDAP attribute names such as {@code dicomDeviceName}) are one
 * word and are joined without blanks. Zero-width spaces (U+200B), which the source uses as break hints, are
 * removed.
 */
final class WrappedText {
    static final char ZERO_WIDTH_SPACE = '\u200B';

    private WrappedText() {
    }

    /** The cell text as one line. */
    static String join(List<String> lines, int width) {
        List<String> nonEmpty = lines.stream().filter(l -> !l.isEmpty()).toList();
        if (nonEmpty.isEmpty()) {
            return "";
        }
        boolean oneWord = nonEmpty.stream().noneMatch(l -> l.indexOf(' ') >= 0)
                && nonEmpty.stream().anyMatch(l -> l.indexOf(ZERO_WIDTH_SPACE) >= 0);
        StringBuilder b = new StringBuilder(nonEmpty.get(0));
        for (int i = 1; i < nonEmpty.size(); i++) {
            String previous = nonEmpty.get(i - 1);
            String next = nonEmpty.get(i);
            if (!oneWord && !cutWord(previous, next, width)) {
                b.append(' ');
            }
            b.append(next);
        }
        return b.toString().replace(String.valueOf(ZERO_WIDTH_SPACE), "");
    }

    /** The cell lines concatenated without blanks (for UIDs, which never contain one). */
    static String concat(List<String> lines) {
        return String.join("", lines).replace(String.valueOf(ZERO_WIDTH_SPACE), "");
    }

    private static boolean cutWord(String previous, String next, int width) {
        int blank = next.indexOf(' ');
        String first = blank < 0 ? next : next.substring(0, blank);
        if (first.length() != width || previous.indexOf(' ') >= 0) {
            return false;
        }
        char last = previous.charAt(previous.length() - 1);
        return !(Character.isLowerCase(last) && Character.isUpperCase(first.charAt(0)));
    }
}
