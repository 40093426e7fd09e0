package org.veil.text;

/**
 * Names without any cue: a listed name alone (four letters or more, or Title-case; one that is also a dictionary
 * word, "Carter", only when it stands out in capitals in mixed-case text); a listed name with other name-like words
 * ("Anna Xyzzy", "SMITH JOHN"); in mixed-case text two or more capitalised unknown words of one style ("Takeshi
 * Nakamura", or "NAKAMURA TAKESHI" with no capitalised word next to it); and unknown words shaped like names
 * ({@link NameScan#shaped}), alone ("Tesfaye.", "AX DWI KUZNETSOVA") or together ("BONDARENKO MYKOLA").
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
        if (capitalParticleInside(s, i)) {
            return true;  // "HOA LE THI": LE is also lower extremity
        }
        if (!NameTokens.nameLike(c) || !s.capital(i)) {
            return false;
        }
        if (c == NameTokens.INITIAL) {
            return !s.mixedCase || s.t.charAfter(i) == '.';
        }
        return c == NameTokens.STRONG || !s.mixedCase || s.title(i) || s.t.is(i, TokenizedText.ALL_UPPER);
    }

    /** A short capitalised particle between two capitalised name words. */
    private static boolean capitalParticleInside(NameScan s, int i) {
        TokenizedText t = s.t;
        return i > 0 && i + 1 < t.count && s.capital(i) && t.is(i, TokenizedText.ALPHA)
                && t.lex(i, Lexicon.PARTICLE) && t.foldedLength(i) <= 3 && NameGaps.inside(t, i - 1)
                && NameGaps.inside(t, i) && s.word(i - 1) && s.capital(i - 1) && s.word(i + 1) && s.capital(i + 1);
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

    /**
     * Two or more words, each listed as a name or shaped like one, at least one of them {@link NameScan#shaped}
     * and the others at least as name-like as a shaped word in mixed-case text ("ACHIENG NEEMA").
     */
    private static boolean allShaped(NameScan s, int from, int to) {
        int shaped = 0;
        for (int k = from; k <= to; k++) {
            if (s.shaped(k)) {
                shaped++;
            } else if (s.word(k) && s.cls[k] != NameTokens.STRONG && s.shapeScore(k) < NameScan.SHAPED_MIXED) {
                return false;
            }
        }
        return shaped > 0;
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
            return words == 1 && s.shaped(first);
        }
        if (s.mixedCase && longest >= 4 && (s.title(from) || s.isolatedCapitals(from, to))) {
            return true;
        }
        return !s.mixedCase && comma && to - from == 1 || allShaped(s, from, to);
    }
}
