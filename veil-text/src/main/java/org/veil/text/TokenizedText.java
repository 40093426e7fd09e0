package org.veil.text;

import java.util.List;

/**
 * One text value cut into word tokens (runs of letters and digits; ideographs one by one) with their folded forms,
 * their shapes and their lexicon flags, computed in one pass. Detectors read tokens from here instead of running
 * regular expressions per word. Not thread-safe; one instance per scrubbed value.
 */
final class TokenizedText {

    // text-wide flags
    static final int T_DIGIT = 1;
    static final int T_UPPER = 1 << 1;
    static final int T_AT = 1 << 2;
    static final int T_DOT = 1 << 3;
    static final int T_COLON = 1 << 4;
    static final int T_LETTER = 1 << 5;
    static final int T_LOWER = 1 << 6;
    static final int T_PLUS = 1 << 7;
    static final int T_HYPHEN = 1 << 8;

    // token shape flags
    static final int ALPHA = 1;
    static final int NUMBER = 1 << 1;
    static final int CAPITAL = 1 << 2;
    static final int ALL_UPPER = 1 << 3;
    static final int HAS_LOWER_AFTER_FIRST = 1 << 4;
    static final int IDEOGRAPH = 1 << 5;
    static final int POSSESSIVE = 1 << 6;
    static final int SOFT_GAP_AFTER = 1 << 7;
    static final int NO_GAP_AFTER = 1 << 8;

    final String text;
    final char[] folded;
    int count;
    int[] start;
    int[] end;
    int[] fStart;
    int[] fEnd;
    int[] shape;
    int[] lex;
    int flags;
    /** Digits and periods in the text, number tokens, the longest number token, the union of all lexicon flags. */
    int digitCount;
    int dotCount;
    int numberTokens;
    int longestNumber;
    int mixedTokens;
    int lexUnion;

    private TokenizedText(String text, int expectedTokens) {
        this.text = text;
        this.folded = new char[text.length() * CharFold.maxExpansion()];
        int n = Math.max(4, expectedTokens);
        start = new int[n];
        end = new int[n];
        fStart = new int[n];
        fEnd = new int[n];
        shape = new int[n];
        scan(text);
    }

    static TokenizedText of(String text, Lexicon lexicon) {
        TokenizedText t = new TokenizedText(text, text.length() / 4 + 2);
        t.tokenize();
        t.lex = new int[t.count];
        for (int i = 0; i < t.count; i++) {
            int f = lexicon.flags(t, i);
            t.lex[i] = f;
            t.lexUnion |= f;
            if ((t.shape[i] & NUMBER) != 0) {
                t.numberTokens++;
                t.longestNumber = Math.max(t.longestNumber, t.fEnd[i] - t.fStart[i]);
            } else if ((t.shape[i] & (ALPHA | IDEOGRAPH)) == 0) {
                t.mixedTokens++;
            }
        }
        return t;
    }

    boolean has(int textFlag) {
        return (flags & textFlag) != 0;
    }

    boolean is(int token, int shapeFlag) {
        return (shape[token] & shapeFlag) != 0;
    }

    boolean lex(int token, int lexFlag) {
        return (lex[token] & lexFlag) != 0;
    }

    int length(int token) {
        return end[token] - start[token];
    }

    int foldedLength(int token) {
        return fEnd[token] - fStart[token];
    }

    /** True when the gap between token {@code token} and the next one is short and on one line. */
    boolean softGapAfter(int token) {
        return (shape[token] & (SOFT_GAP_AFTER | NO_GAP_AFTER)) != 0;
    }

    /** True when the gap after {@code token} (before the next token or the end) contains {@code c}. */
    boolean gapAfterContains(int token, char c) {
        int to = token + 1 < count ? start[token + 1] : text.length();
        for (int i = end[token]; i < to; i++) {
            if (text.charAt(i) == c) {
                return true;
            }
        }
        return false;
    }

    /** The first non-space character after {@code token}, or 0. */
    char charAfter(int token) {
        int to = token + 1 < count ? start[token + 1] : text.length();
        for (int i = end[token]; i < to; i++) {
            if (text.charAt(i) != ' ') {
                return text.charAt(i);
            }
        }
        return 0;
    }

    /**
     * True when some alphabetic token has a lower-case letter: in such mixed-case text a capital marks a name or a
     * proper word; in upper-case text every word is capitalised and the detectors lean on their lists instead.
     */
    boolean mixedCase() {
        for (int i = 0; i < count; i++) {
            if (is(i, ALPHA) && !is(i, ALL_UPPER)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the folded token is a compound of three letters or more before one of {@code endings} (upper case
     * ASCII), as German and Dutch write streets and hospitals: "HAUPTSTRASSE", "KINDERKLINIK".
     */
    boolean compoundEndingIn(int token, List<String> endings) {
        int len = foldedLength(token);
        for (String ending : endings) {
            if (len > ending.length() + 2 && foldedEndsWith(token, ending)) {
                return true;
            }
        }
        return false;
    }

    private boolean foldedEndsWith(int token, String suffix) {
        int from = fEnd[token] - suffix.length();
        for (int k = 0; k < suffix.length(); k++) {
            if (folded[from + k] != suffix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** True when the gap after {@code token} is soft and holds only characters of {@code allowed}. */
    boolean softGapOf(int token, String allowed) {
        if (!softGapAfter(token)) {
            return false;
        }
        for (int k = end[token]; k < start[token + 1]; k++) {
            if (allowed.indexOf(text.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** True when the folded token equals {@code word} (upper case ASCII). */
    boolean foldedEquals(int token, String word) {
        int len = fEnd[token] - fStart[token];
        if (len != word.length()) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (folded[fStart[token] + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The token starting at original index {@code at}, or -1. */
    int tokenStartingAt(int at) {
        int lo = 0;
        int hi = count - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < at) {
                lo = mid + 1;
            } else if (start[mid] > at) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The index of the first token whose end is after {@code at}. */
    int firstTokenEndingAfter(int at) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (end[mid] <= at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void tokenize() {
        String s = text;
        int n = s.length();
        int fPos = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            byte k = CharFold.classOf(c);
            if (k == CharFold.IDEOGRAPH) {
                int len = Character.isHighSurrogate(c) && i + 1 < n ? 2 : 1;
                int f0 = fPos;
                for (int j = 0; j < len; j++) {
                    fPos += CharFold.append(s.charAt(i + j), folded, fPos);
                }
                add(i, i + len, f0, fPos, IDEOGRAPH | CAPITAL | ALL_UPPER);
                i += len;
            } else if (k == CharFold.LETTER || k == CharFold.DIGIT) {
                int tokenStart = i;
                int f0 = fPos;
                int sh = 0;
                boolean first = true;
                while (i < n) {
                    c = s.charAt(i);
                    k = CharFold.classOf(c);
                    if (k == CharFold.APOSTROPHE && i + 1 < n && i > tokenStart
                            && CharFold.classOf(s.charAt(i + 1)) == CharFold.LETTER
                            && CharFold.classOf(s.charAt(i - 1)) == CharFold.LETTER) {
                        if ((s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
                                && (i + 2 == n || CharFold.classOf(s.charAt(i + 2)) != CharFold.LETTER)) {
                            sh |= POSSESSIVE;
                        }
                        i++;
                        continue;
                    }
                    if (k != CharFold.LETTER && k != CharFold.DIGIT) {
                        break;
                    }
                    sh |= letterShape(c, k, first);
                    first = false;
                    fPos += CharFold.append(c, folded, fPos);
                    i++;
                }
                if (fPos > f0) {
                    add(tokenStart, i, f0, fPos, finishShape(sh));
                }
            } else {
                i++;
            }
        }
        markGaps();
    }

    private static final int SEEN_LETTER = 1 << 20;
    private static final int SEEN_DIGIT = 1 << 21;
    private static final int SEEN_LOWER = 1 << 22;
    private static final int FIRST_UPPER = 1 << 23;
    private static final int FIRST_LOWER = 1 << 24;

    private static int letterShape(char c, byte k, boolean first) {
        if (k == CharFold.DIGIT) {
            return SEEN_DIGIT;
        }
        int sh = SEEN_LETTER;
        boolean lower = Character.isLowerCase(c);
        if (first) {
            sh |= lower ? FIRST_LOWER : FIRST_UPPER; // caseless scripts count as capitalised
        } else if (lower) {
            sh |= HAS_LOWER_AFTER_FIRST;
        }
        if (lower) {
            sh |= SEEN_LOWER;
        }
        return sh;
    }

    private static int finishShape(int sh) {
        int out = sh & (POSSESSIVE | HAS_LOWER_AFTER_FIRST);
        boolean letters = (sh & SEEN_LETTER) != 0;
        boolean digits = (sh & SEEN_DIGIT) != 0;
        if (letters && !digits) {
            out |= ALPHA;
        }
        if (digits && !letters) {
            out |= NUMBER;
        }
        if ((sh & FIRST_UPPER) != 0) {
            out |= CAPITAL;
        }
        if (letters && (sh & SEEN_LOWER) == 0) {
            out |= ALL_UPPER;
        }
        return out;
    }

    private void add(int s, int e, int fs, int fe, int sh) {
        if (count == start.length) {
            int size = count * 2;
            start = java.util.Arrays.copyOf(start, size);
            end = java.util.Arrays.copyOf(end, size);
            fStart = java.util.Arrays.copyOf(fStart, size);
            fEnd = java.util.Arrays.copyOf(fEnd, size);
            shape = java.util.Arrays.copyOf(shape, size);
        }
        start[count] = s;
        end[count] = e;
        fStart[count] = fs;
        fEnd[count] = fe;
        shape[count] = sh;
        count++;
    }

    private void markGaps() {
        for (int t = 0; t + 1 < count; t++) {
            int from = end[t];
            int to = start[t + 1];
            if (from == to) {
                shape[t] |= NO_GAP_AFTER;
            } else if (to - from <= 3 && softGap(from, to)) {
                shape[t] |= SOFT_GAP_AFTER;
            }
        }
    }

    private boolean softGap(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || c == '\\' || c == '|' || c == ';' || c == '\f') {
                return false;
            }
        }
        return true;
    }

    private void scan(String s) {
        int f = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                f |= T_DIGIT;
                digitCount++;
            } else if (c >= 'A' && c <= 'Z') {
                f |= T_UPPER | T_LETTER;
            } else if (c >= 'a' && c <= 'z') {
                f |= T_LETTER | T_LOWER;
            } else if (c == '@') {
                f |= T_AT;
            } else if (c == '.') {
                f |= T_DOT;
                dotCount++;
            } else if (c == ':') {
                f |= T_COLON;
            } else if (c == '+') {
                f |= T_PLUS;
            } else if (c == '-') {
                f |= T_HYPHEN;
            } else if (c > 127) {
                if (Character.isDigit(c)) {
                    f |= T_DIGIT;
                    digitCount++;
                } else {
                    f |= T_UPPER | T_LETTER | T_LOWER;
                }
            }
        }
        flags = f;
    }
}
