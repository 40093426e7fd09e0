package org.veil.deid.text;

/**
 * Names without any cue: a listed name alone (four letters or more, or Title-case; one that is also a dictionary
 * word, "Carter", only when it stands out in capitals in mixed-case text); a listed name with other name-like words
 * ("Anna Xyzzy", "SMITH JOHN"); and in mixed-case text two or more capitalised unknown words of one style ("Takeshi
 * Nakamura", or "NAKAMURA TAKESHI" with no capitalised word next to it).
 */
final class BareNames {

    private static final int MAX_RUN = 5;

    private BareNames() {
    }

    static void find(NameScan s) {
        TokenizedText t = s.t;
        int i = 0;
        while (i < t.count) {
            if (!candidate(s, i)) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < t.count && NameGaps.inside(t, j) && candidate(s, j + 1)
                    && (!s.mixedCase || sameCase(s, i, j + 1)) && j + 1 - i < MAX_RUN) {
                j++;
            }
            while (j > i && s.cls[j] == NameTokens.WEAK && s.beforeLowerWord(j)) {
                j--; // "Moyo Best diastolic": a common word that starts a lower-case phrase is not a name
            }
            if (isName(s, i, j)) {
                for (int k = i; k <= j; k++) {
                    s.name[k] = true;
                }
            }
            i = j + 1;
        }
    }

    private static boolean candidate(NameScan s, int i) {
        byte c = s.cls[i];
        if (c == NameTokens.PARTICLE) {
            return true;
        }
        if (!NameTokens.nameLike(c) || !s.capital(i)) {
            return false;
        }
        if (c == NameTokens.INITIAL) {
            return !s.mixedCase || s.t.charAfter(i) == '.';
        }
        return c == NameTokens.STRONG || !s.mixedCase || s.title(i) || s.t.is(i, TokenizedText.ALL_UPPER);
    }

    /** In mixed-case text a run of names keeps one style: "ZHAO HAO" and "Subcostal" are not one name. */
    private static boolean sameCase(NameScan s, int from, int k) {
        if (!s.word(k)) {
            return true;
        }
        for (int w = from; w < k; w++) {
            if (s.word(w)) {
                return s.t.is(w, TokenizedText.ALL_UPPER) == s.t.is(k, TokenizedText.ALL_UPPER);
            }
        }
        return true;
    }

    private static boolean isName(NameScan s, int from, int to) {
        TokenizedText t = s.t;
        int strong = 0;
        int words = 0;
        int longest = 0;
        int first = -1;
        boolean comma = false;
        for (int k = from; k <= to; k++) {
            strong += s.cls[k] == NameTokens.STRONG ? 1 : 0;
            if (s.word(k)) {
                words++;
                longest = Math.max(longest, t.foldedLength(k));
                first = first < 0 ? k : first;
            }
            comma |= k < to && NameGaps.has(t, k, ',');
        }
        if (strong >= 1 && words >= 2) {
            return true;
        }
        if (strong == 1) {
            boolean shouted = s.mixedCase && t.is(first, TokenizedText.ALL_UPPER) && s.isolatedCapitals(first, first);
            return (t.foldedLength(first) >= 4 || s.title(first)) && (!t.lex(first, Lexicon.VOCAB) || shouted);
        }
        if (words < 2) {
            return false;
        }
        if (s.mixedCase) {
            return longest >= 4 && (s.title(from) || s.isolatedCapitals(from, to));
        }
        return comma && to - from == 1;
    }
}
