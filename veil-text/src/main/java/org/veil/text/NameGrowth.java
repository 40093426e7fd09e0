package org.veil.text;

/**
 * Grows found names over what is next to them: initials, listed names and suffixes on either side (an initial on
 * the left only with its period, "J. Smith"; on the right only at an end, "SMITH J"), particles before a name word,
 * capitalised name-like words on the right ("Anna Xyzzy", but not "Best" in "Mrs. Moyo Best diastolic"), and a
 * listed family name that is also a clinical word right after a first name in mixed-case text ("Victoria Head").
 */
final class NameGrowth {

    private NameGrowth() {
    }

    static void grow(NameScan s) {
        TokenizedText t = s.t;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < t.count; i++) {
                if (s.name[i]) {
                    continue;
                }
                boolean left = i > 0 && s.name[i - 1] && NameGaps.inside(t, i - 1);
                boolean right = i + 1 < t.count && s.name[i + 1] && NameGaps.inside(t, i);
                if (left && takeRight(s, i) || right && takeLeft(s, i)) {
                    s.name[i] = true;
                    changed = true;
                }
            }
        }
    }

    /** Token {@code i} directly after a name. */
    private static boolean takeRight(NameScan s, int i) {
        TokenizedText t = s.t;
        byte c = s.cls[i];
        if (!s.capital(i)) {
            return false;
        }
        if (particleBeforeName(s, i, 1)) {
            return true;  // "Padraig Ó Briain", "HOA, LE THI"
        }
        if (c == NameTokens.INITIAL) {
            return t.charAfter(i) == '.' || i + 1 == t.count || NameGaps.has(t, i, ',') || NameGaps.has(t, i, ';');
        }
        if (c == NameTokens.STRONG || c == NameTokens.SUFFIX) {
            return true;
        }
        boolean comma = NameGaps.has(t, i - 1, ',');
        if (c == NameTokens.UNKNOWN && !comma || c == NameTokens.WEAK && !comma && !s.beforeLowerWord(i)) {
            return (!s.mixedCase || s.title(i)) && wordsBefore(s, i) < 2;
        }
        return c == NameTokens.GUARDED && s.mixedCase && s.title(i) && !comma && t.lex(i - 1, Lexicon.FIRST)
                && t.lex(i, Lexicon.LAST) && wordsBefore(s, i) == 1 && !s.beforeLowerWord(i)
                && !(i + 1 < t.count && t.lex(i + 1, Lexicon.CLINICAL | Lexicon.EPONYM_CONTEXT));
    }

    /** Token {@code i} directly before a name. */
    private static boolean takeLeft(NameScan s, int i) {
        byte c = s.cls[i];
        if (c == NameTokens.PARTICLE) {
            return true;
        }
        if (s.capital(i) && particleBeforeName(s, i, s.mixedCase && s.title(i) ? 1 : 2)) {
            return true;  // "Le Thi Hoa": a capitalised particle that is also a term (LE, lower extremity)
        }
        return s.capital(i) && (c == NameTokens.STRONG || c == NameTokens.INITIAL && s.t.charAfter(i) == '.');
    }

    /**
     * A short particle ("Le", "Ó", "De") followed inside a name by at least {@code words} capitalised name words:
     * part of the family name even when it is also a clinical abbreviation or looks like an initial.
     */
    private static boolean particleBeforeName(NameScan s, int i, int words) {
        TokenizedText t = s.t;
        if (!t.is(i, TokenizedText.ALPHA) || !t.lex(i, Lexicon.PARTICLE) || t.foldedLength(i) > 3) {
            return false;
        }
        int n = 0;
        for (int k = i + 1; k < t.count && NameGaps.inside(t, k - 1) && n < words; k++) {
            byte c = s.cls[k];
            if (!s.capital(k) || c != NameTokens.STRONG && c != NameTokens.WEAK && c != NameTokens.UNKNOWN) {
                break;
            }
            n++;
        }
        return n >= words;
    }

    /** The number of name words (not initials) in the run of names that ends just before token {@code i}. */
    private static int wordsBefore(NameScan s, int i) {
        int n = 0;
        for (int k = i - 1; k >= 0 && s.name[k] && (k == i - 1 || NameGaps.inside(s.t, k)); k--) {
            n += s.cls[k] == NameTokens.INITIAL ? 0 : 1;
        }
        return n;
    }
}
