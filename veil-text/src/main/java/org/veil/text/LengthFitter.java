package org.veil.text;

import java.util.List;

/**
 * Makes a scrubbed value fit its VR's maximum length (SH 16, LO 64, ST 1024, LT 10240 characters; UT and UC have
 * none). Replacements can make a value longer than the original ("JS" becomes "[REDACTED]"). First every marker is
 * written as the short marker; if the value is still too long it is cut at the last space before the maximum (or at
 * the maximum inside a long word), never inside a replacement, and trailing spaces are dropped. Cutting only ever
 * removes original text after the cut, so it cannot expose anything.
 */
final class LengthFitter {

    record Fitted(String text, LengthFit fit) {
    }

    private LengthFitter() {
    }

    static Fitted fit(String original, List<Hit> hits, int maxLength, Rewriter rewriter) {
        Rewriter.Output full = rewriter.write(original, hits, false);
        if (maxLength <= 0 || full.text().length() <= maxLength) {
            return new Fitted(full.text(), LengthFit.FITS);
        }
        Rewriter.Output shorter = rewriter.write(original, hits, true);
        if (shorter.text().length() <= maxLength) {
            return new Fitted(shorter.text(), LengthFit.SHORT_MARKERS);
        }
        return new Fitted(truncate(shorter, maxLength), LengthFit.TRUNCATED);
    }

    private static String truncate(Rewriter.Output o, int maxLength) {
        String s = o.text();
        int cut = outsideReplacements(o, maxLength);
        if (cut > 0 && cut < s.length() && wordChar(s.charAt(cut)) && wordChar(s.charAt(cut - 1))) {
            int space = s.lastIndexOf(' ', cut - 1);
            if (space > 0) {
                cut = outsideReplacements(o, space);
            }
        }
        while (cut > 0 && Character.isWhitespace(s.charAt(cut - 1))) {
            cut--;
        }
        return s.substring(0, cut);
    }

    /** {@code cut}, moved back to the start of any replacement it would split. */
    private static int outsideReplacements(Rewriter.Output o, int cut) {
        int c = cut;
        for (int r = o.replacementStart().length - 1; r >= 0; r--) {
            if (o.replacementStart()[r] < c && c < o.replacementEnd()[r]) {
                c = o.replacementStart()[r];
            }
        }
        return c;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
