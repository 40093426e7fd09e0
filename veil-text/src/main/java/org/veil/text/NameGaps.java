package org.veil.text;

/**
 * Which gaps may sit inside a person name: a space, a comma ("Smith, John"), a caret (PN form), a single hyphen
 * ("Smith-Jones") or an apostrophe; a period only after an initial ("J. Smith"). A sentence end, a colon, a
 * spaced dash (" - ") or a bracket ends a name.
 */
final class NameGaps {

    private NameGaps() {
    }

    /** True when the gap after token {@code i} may sit inside a name. */
    static boolean inside(TokenizedText t, int i) {
        if (i + 1 >= t.count || !t.softGapAfter(i)) {
            return false;
        }
        int from = t.end[i];
        int to = t.start[i + 1];
        boolean period = false;
        boolean hyphen = false;
        boolean space = false;
        for (int k = from; k < to; k++) {
            char c = t.text.charAt(k);
            switch (c) {
                case ' ' -> space = true;
                case '.' -> period = true;
                case '-' -> hyphen = true;
                case ',', '^', '\'', '\u2019', '_' -> { }
                default -> {
                    return false;
                }
            }
        }
        if (hyphen && (space || to - from > 1)) {
            return false;
        }
        return !period || t.foldedLength(i) == 1 || Lexicon.any(t.lex[i], Lexicon.TITLE | Lexicon.TITLE_AMBIGUOUS);
    }

    /** True when the gap after token {@code i} holds {@code c}. */
    static boolean has(TokenizedText t, int i, char c) {
        return i + 1 < t.count && t.gapAfterContains(i, c);
    }
}
