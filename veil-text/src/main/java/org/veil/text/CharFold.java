package org.veil.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds one character to its matching form: compatibility decomposition, diacritics dropped, upper case, hiragana
 * as katakana. "Müller", "MULLER" and "muller" fold alike; "ß" folds to "SS", "Æ" to "AE", fullwidth "Ｊ" to "J".
 * The table covers the Basic Multilingual Plane and is built once per JVM.
 */
final class CharFold {

    /** Character classes used by the tokenizer. */
    static final byte OTHER = 0;
    static final byte LETTER = 1;
    static final byte DIGIT = 2;
    /**
     * Ideographs, kana and hangul syllables: each one is a token of its own (no spaces between the parts of a name
     * in these scripts, "山田太郎", "박하나").
     */
    static final byte IDEOGRAPH = 3;
    /** Apostrophes: kept inside a word ("O'Brien"), dropped from the folded form. */
    static final byte APOSTROPHE = 4;

    private static final char EXPANDS = '\uFFFF';
    private static final char[] SINGLE = new char[65536];
    private static final String[] MULTI = new String[65536];
    private static final byte[] CLASS = new byte[65536];

    static {
        for (int c = 0; c < 65536; c++) {
            CLASS[c] = classify((char) c);
            if (CLASS[c] == LETTER || CLASS[c] == DIGIT || CLASS[c] == IDEOGRAPH) {
                String folded = foldSlow((char) c);
                if (folded.length() == 1) {
                    SINGLE[c] = folded.charAt(0);
                } else {
                    SINGLE[c] = EXPANDS;
                    MULTI[c] = folded;
                }
            }
        }
    }

    private CharFold() {
    }

    static byte classOf(char c) {
        return CLASS[c];
    }

    /** Appends the folded form of {@code c} (a letter, digit or ideograph) and returns the number of chars added. */
    static int append(char c, char[] out, int at) {
        char single = SINGLE[c];
        if (single != EXPANDS) {
            out[at] = single;
            return 1;
        }
        String multi = MULTI[c];
        multi.getChars(0, multi.length(), out, at);
        return multi.length();
    }

    /** The longest expansion of a single character, for sizing buffers. */
    static int maxExpansion() {
        return 4;
    }

    /** Folds a whole string, keeping only letters, digits and ideographs. */
    static String foldWord(CharSequence s) {
        char[] buf = new char[s.length() * maxExpansion()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            byte k = CLASS[c];
            if (k == LETTER || k == DIGIT || k == IDEOGRAPH) {
                n += append(c, buf, n);
            }
        }
        return new String(buf, 0, n);
    }

    private static byte classify(char c) {
        if (c == '\'' || c == '\u2019' || c == '\u02BC') {
            return APOSTROPHE;
        }
        if (Character.isSurrogate(c)) {
            return IDEOGRAPH;
        }
        if (Character.isDigit(c)) {
            return DIGIT;
        }
        if (!Character.isLetter(c)) {
            return Character.getType(c) == Character.NON_SPACING_MARK ? LETTER : OTHER;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, HANGUL -> IDEOGRAPH;
            default -> LETTER;
        };
    }

    private static String foldSlow(char c) {
        if (Character.isSurrogate(c)) {
            return String.valueOf(c);
        }
        if (Character.isDigit(c)) {
            return String.valueOf((char) ('0' + Character.digit(c, 10)));
        }
        String special = special(c);
        if (special != null) {
            return special;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char d = decomposed.charAt(i);
            int type = Character.getType(d);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                    && type != Character.COMBINING_SPACING_MARK && Character.isLetterOrDigit(d)) {
                sb.append(d);
            }
        }
        if (sb.length() == 0) {
            // a combining mark (decomposed text) belongs to the letter before it and folds to nothing
            return "";
        }
        String upper = sb.toString().toUpperCase(Locale.ROOT);
        if (upper.length() > maxExpansion()) {
            upper = upper.substring(0, maxExpansion());
        }
        if (upper.length() == 1 && upper.charAt(0) >= '\u3041' && upper.charAt(0) <= '\u3096') {
            return String.valueOf((char) (upper.charAt(0) + 0x60));
        }
        return upper;
    }

    private static String special(char c) {
        return switch (c) {
            case '\u00DF', '\u1E9E' -> "SS";
            case '\u00C6', '\u00E6' -> "AE";
            case '\u0152', '\u0153' -> "OE";
            case '\u00D8', '\u00F8' -> "O";
            case '\u0141', '\u0142' -> "L";
            case '\u0110', '\u0111', '\u00D0', '\u00F0' -> "D";
            case '\u00DE', '\u00FE' -> "TH";
            case '\u0131' -> "I";
            case '\u0126', '\u0127' -> "H";
            default -> null;
        };
    }
}
