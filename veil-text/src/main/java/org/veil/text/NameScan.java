package org.veil.text;

/**
 * The state of person-name finding for one value: the tokens, their name classes ({@link NameTokens}), which tokens
 * are names so far, and the shape tests the name rules share. One instance per value.
 */
final class NameScan {

    final TokenizedText t;
    final byte[] cls;
    final boolean[] name;
    /** Tokens inside another finding: not names, and not cues either ("12 Oak Dr with ..."). */
    final boolean[] taken;
    /** True when the value has lower-case letters, so that capitals carry meaning. */
    final boolean mixedCase;

    /** Shape scores a word no list knows must reach to be a name on its own: in mixed-case, in upper-case text. */
    static final double SHAPED_MIXED = 0.8;
    static final double SHAPED_UPPER = 1.2;
    private static final int SHAPED_MIN_LENGTH = 5;

    final NameShape shape;

    NameScan(TokenizedText t, HitList hits, NameShape shape) {
        this.t = t;
        this.shape = shape;
        this.cls = NameTokens.classify(t, hits);
        this.taken = new boolean[t.count];
        for (int i = 0; i < t.count; i++) {
            taken[i] = hits.coversToken(t, i);
        }
        this.name = new boolean[t.count];
        this.mixedCase = t.mixedCase();
    }

    /** Marks tokens [from, to] as a name; particles only inside the span. */
    void mark(int from, int to) {
        for (int k = from; k <= to; k++) {
            name[k] |= cls[k] != NameTokens.PARTICLE || k > from && k < to;
        }
    }

    /** A listed, common or unknown name word (not an initial or particle). */
    boolean word(int i) {
        byte c = cls[i];
        return c == NameTokens.STRONG || c == NameTokens.WEAK || c == NameTokens.UNKNOWN;
    }

    /** Capital first letter and lower-case after it: "Rossi". */
    boolean title(int i) {
        return t.is(i, TokenizedText.CAPITAL) && t.is(i, TokenizedText.HAS_LOWER_AFTER_FIRST);
    }

    /**
     * A word no list knows, of five letters or more, whose letters look like a name ("Volkonskaya", "TESFAYE"):
     * its {@link NameShape} score reaches {@link #SHAPED_MIXED} when it stands out in mixed-case text (Title Case, or
     * capitals with no capitalised word next to it), else {@link #SHAPED_UPPER} ("AX DWI KUZNETSOVA").
     */
    boolean shaped(int i) {
        boolean standsOut = mixedCase && (!t.is(i, TokenizedText.ALL_UPPER) || isolatedCapitals(i, i));
        return shapeScore(i) >= (standsOut ? SHAPED_MIXED : SHAPED_UPPER);
    }

    /** The shape score of an unknown word of five letters or more not before "sign", "disease" ...; else -1. */
    double shapeScore(int i) {
        if (cls[i] != NameTokens.UNKNOWN || t.foldedLength(i) < SHAPED_MIN_LENGTH
                || i + 1 < t.count && t.lex(i + 1, Lexicon.EPONYM_CONTEXT)) {
            return -1;  // "Luftsichel sign"
        }
        return shape.score(t.folded, t.fStart[i], t.fEnd[i]);
    }

    boolean capital(int i) {
        return t.is(i, TokenizedText.CAPITAL);
    }

    /** True when only spaces separate token {@code i} from the next one. */
    boolean spaceOnly(int i) {
        for (int k = t.end[i]; k < t.start[i + 1]; k++) {
            if (t.text.charAt(k) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** True when token {@code i} is followed, after spaces only, by a lower-case word ("Best diastolic"). */
    boolean beforeLowerWord(int i) {
        return i + 1 < t.count && spaceOnly(i) && t.is(i + 1, TokenizedText.ALPHA)
                && !t.is(i + 1, TokenizedText.CAPITAL);
    }

    /** An upper-case run in mixed-case text with no upper-case word right next to it ("... thigh KOVALENKO OLENA"). */
    boolean isolatedCapitals(int from, int to) {
        boolean before = from > 0 && spaceOnly(from - 1) && capitalWord(from - 1);
        boolean after = to + 1 < t.count && spaceOnly(to) && capitalWord(to + 1);
        return !before && !after;
    }

    private boolean capitalWord(int i) {
        return t.is(i, TokenizedText.ALPHA) && t.is(i, TokenizedText.ALL_UPPER) && t.foldedLength(i) > 1;
    }

    /**
     * The token after a cue word, when the gap is short and does not end a sentence: "read by: Rossi",
     * "Dr. Rossi" (a period only after a title or an initial); -1 when there is none or when a single hyphen joins
     * them into one word ("Sister-in-law").
     */
    int next(int i) {
        if (i + 1 >= t.count || !t.softGapAfter(i)) {
            return -1;
        }
        boolean title = Lexicon.any(t.lex[i], Lexicon.TITLE | Lexicon.TITLE_AMBIGUOUS) || t.foldedLength(i) == 1;
        if (t.start[i + 1] - t.end[i] == 1 && t.text.charAt(t.end[i]) == '-') {
            return -1;  // "Sister-in-law": a hyphenated word, not a cue
        }
        for (int k = t.end[i]; k < t.start[i + 1]; k++) {
            char c = t.text.charAt(k);
            if (c == '.' && !title || c == ';' || c == '(' || c == ')' || c == '/') {
                return -1;
            }
        }
        return i + 1;
    }
}
