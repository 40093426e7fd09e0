package org.veil.text;

/**
 * Classifies each token for person-name finding: a listed name, a listed name that is also a common word, a word
 * no list knows, an initial, a particle, a suffix, a guarded (clinical) word, or nothing of interest. An eponym
 * that is also a common family name is guarded only in context: before a word like "fracture", "cyst" or "disease",
 * or hyphenated with a clinical term ("Smith fracture", "Baker's cyst", "Budd-Chiari").
 */
final class NameTokens {

    static final byte OTHER = 0;
    static final byte GUARDED = 1;
    static final byte STRONG = 2;
    static final byte WEAK = 3;
    static final byte UNKNOWN = 4;
    static final byte INITIAL = 5;
    static final byte PARTICLE = 6;
    static final byte SUFFIX = 7;

    private NameTokens() {
    }

    static byte[] classify(TokenizedText t, HitList hits) {
        byte[] cls = new byte[t.count];
        for (int i = 0; i < t.count; i++) {
            cls[i] = hits.coversToken(t, i) ? OTHER : classify(t, i);
        }
        return cls;
    }

    private static byte classify(TokenizedText t, int i) {
        if (!t.is(i, TokenizedText.ALPHA) || t.is(i, TokenizedText.IDEOGRAPH)) {
            return OTHER;
        }
        int lex = t.lex[i];
        int len = t.foldedLength(i);
        if (len == 1) {
            return t.is(i, TokenizedText.CAPITAL) ? INITIAL : OTHER;
        }
        if (Lexicon.any(lex, Lexicon.PARTICLE) && !t.is(i, TokenizedText.CAPITAL)) {
            return PARTICLE;  // "de", "la", "van": lower-case particles, even when also a term (LA, left atrium)
        }
        if (Lexicon.any(lex, Lexicon.CLINICAL) || inClinicalChain(t, i)
                || Lexicon.any(lex, Lexicon.EPONYM) && eponymInContext(t, i)) {
            return GUARDED;
        }
        if (Lexicon.any(lex, Lexicon.SUFFIX)) {
            return SUFFIX;
        }
        if (Lexicon.any(lex, Lexicon.PARTICLE) && (!Lexicon.any(lex, Lexicon.NAME)
                || !t.is(i, TokenizedText.CAPITAL) || len <= 3)) {
            return PARTICLE;
        }
        if (Lexicon.any(lex, Lexicon.NAME | Lexicon.EPONYM)) {
            boolean common = Lexicon.any(lex, Lexicon.ENGLISH | Lexicon.PARTICLE | Lexicon.CUE | Lexicon.ROLE
                    | Lexicon.TITLE | Lexicon.TITLE_AMBIGUOUS | Lexicon.POST | Lexicon.STATE | Lexicon.UNIT
                    | Lexicon.STREET_SUFFIX | Lexicon.ID_CUE | Lexicon.PHONE_CUE | Lexicon.EPONYM_CONTEXT);
            return common || len == 2 ? WEAK : STRONG;
        }
        if ((lex & ~Lexicon.PLACE) == 0) {
            return UNKNOWN;
        }
        return Lexicon.any(lex, Lexicon.ENGLISH) ? GUARDED : OTHER;  // context words and dictionary words
    }

    /**
     * True when an eponym is used clinically: in a hyphenated chain that holds a clinical term ("Budd-Chiari"), or
     * before a context word in the same phrase, possibly across more eponyms and clinical words ("Smith fracture",
     * "Baker's cyst", "Hill-Sachs lesion", "Osgood Schlatter disease"). "Smith's knee" is a person.
     */
    static boolean eponymInContext(TokenizedText t, int i) {
        if (inClinicalChain(t, i)) {
            return true;
        }
        int last = i;
        while (last + 1 < t.count && hyphenJoined(t, last)) {
            last++;
        }
        for (int j = last + 1; j < t.count && j <= last + 3 && phraseGap(t, j - 1); j++) {
            int lex = t.lex[j];
            if (Lexicon.any(lex, Lexicon.EPONYM_CONTEXT)) {
                return true;
            }
            if (!Lexicon.any(lex, Lexicon.EPONYM | Lexicon.CLINICAL) || !t.is(j, TokenizedText.ALPHA)) {
                break;
            }
        }
        return false;
    }

    /** A gap inside a phrase: spaces or a hyphen, no sentence or list punctuation. */
    private static boolean phraseGap(TokenizedText t, int i) {
        if (!t.softGapAfter(i)) {
            return false;
        }
        for (int k = t.end[i]; k < t.start[i + 1]; k++) {
            char c = t.text.charAt(k);
            if (c != ' ' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** True when token {@code i} is in a hyphenated chain of words that holds a clinical term. */
    static boolean inClinicalChain(TokenizedText t, int i) {
        int first = i;
        while (first > 0 && hyphenJoined(t, first - 1)) {
            first--;
        }
        int last = i;
        while (last + 1 < t.count && hyphenJoined(t, last)) {
            last++;
        }
        for (int k = first; k <= last; k++) {
            if (k != i && t.lex(k, Lexicon.CLINICAL)) {
                return true;
            }
        }
        return false;
    }

    /** Token {@code a} and the next one joined by a single hyphen, both words. */
    private static boolean hyphenJoined(TokenizedText t, int a) {
        int b = a + 1;
        return b < t.count && t.end[a] + 1 == t.start[b] && t.text.charAt(t.end[a]) == '-'
                && t.is(a, TokenizedText.ALPHA) && t.is(b, TokenizedText.ALPHA);
    }

    static boolean nameLike(byte c) {
        return c == STRONG || c == WEAK || c == UNKNOWN || c == INITIAL;
    }
}
