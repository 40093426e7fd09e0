package org.veil.text;

/**
 * Names next to a cue: after a title ("Dr. Rossi", "Mrs Kowalski", "Dr. van den Berg"), after a role or cue word
 * ("referring physician: Rossi", "read by Anna Nowak"), and before a credential ("A. Rossi, MD", "Kowalski RN",
 * "Anna Nowak, M.D."). "DR", "MR", "MS" and "PT" in capitals without a period are also modalities and
 * abbreviations, so only a listed name, a word shaped like a name, or any name word after a cue ("PER DR
 * KARAGIANNI") counts after them ("MR BRAIN" stays).
 */
final class CueNames {

    private CueNames() {
    }

    static void find(NameScan s) {
        TokenizedText t = s.t;
        for (int i = 0; i < t.count; i++) {
            int credential = credential(t, i);
            if (credential > 0) {
                for (int k = i; k < i + credential; k++) {
                    s.cls[k] = NameTokens.OTHER;
                }
                beforeCredential(s, i);
                i += credential - 1;
            }
        }
        for (int i = 0; i < t.count; i++) {
            if (!t.is(i, TokenizedText.ALPHA) || s.taken[i]) {
                continue;
            }
            if (t.lex(i, Lexicon.TITLE | Lexicon.TITLE_AMBIGUOUS)) {
                afterTitle(s, i);
            }
            if (t.lex(i, Lexicon.ROLE | Lexicon.CUE)) {
                afterCue(s, i);
            }
        }
    }

    private static void afterTitle(NameScan s, int i) {
        TokenizedText t = s.t;
        int j = s.next(i);
        int first = j;
        while (j >= 0 && s.cls[j] == NameTokens.PARTICLE && j - first < 3) {
            j = s.next(j);
        }
        if (j < 0 || !t.is(j, TokenizedText.ALPHA)) {
            return;
        }
        if (j != first) {
            if (s.word(j)) {
                s.mark(first, j);
                s.name[first] = true;
            }
            return;
        }
        boolean strongCue = t.lex(i, Lexicon.TITLE) || t.charAfter(i) == '.'
                || t.is(i, TokenizedText.HAS_LOWER_AFTER_FIRST)
                || i > 0 && s.next(i - 1) == i && t.lex(i - 1, Lexicon.CUE | Lexicon.ROLE) && s.word(s.next(i));
        if (s.cls[j] == NameTokens.INITIAL) {
            int k = s.next(j);
            if (k >= 0 && t.is(k, TokenizedText.ALPHA) && acceptAfterTitle(s, k, strongCue)) {
                s.name[j] = true;
                s.name[k] = true;
            }
            return;
        }
        if (acceptAfterTitle(s, j, strongCue)) {
            s.name[j] = true;
        }
    }

    private static boolean acceptAfterTitle(NameScan s, int j, boolean strongCue) {
        TokenizedText t = s.t;
        byte c = s.cls[j];
        if (strongCue) {
            boolean listed = t.lex(j, Lexicon.NAME | Lexicon.EPONYM);
            return s.word(j) || listed && c == NameTokens.GUARDED || t.foldedLength(j) > 1 && c == NameTokens.OTHER
                    && !t.lex(j, Lexicon.GUARD | Lexicon.CUE | Lexicon.ROLE | Lexicon.TITLE);
        }
        return c == NameTokens.STRONG || c == NameTokens.WEAK && s.title(j)
                || c == NameTokens.UNKNOWN && s.mixedCase && s.title(j) || s.shaped(j);
    }

    private static void afterCue(NameScan s, int i) {
        TokenizedText t = s.t;
        int j = s.next(i);
        int hops = 0;
        while (j >= 0 && hops < 2 && t.lex(j, Lexicon.ROLE | Lexicon.CUE) && s.cls[j] != NameTokens.STRONG) {
            j = s.next(j);
            hops++;
        }
        if (j < 0 || t.lex(j, Lexicon.TITLE | Lexicon.TITLE_AMBIGUOUS)) {
            return;
        }
        boolean role = t.lex(i, Lexicon.ROLE) || hops > 0;
        boolean accept = switch (s.cls[j]) {
            case NameTokens.STRONG -> role || s.capital(j);
            case NameTokens.WEAK -> s.title(j) || role && followedByName(s, j);
            case NameTokens.UNKNOWN -> s.mixedCase && s.title(j)
                    || role && s.capital(j) && (t.gapAfterContains(i, ':') || followedByName(s, j));
            case NameTokens.INITIAL -> followedByName(s, j);
            default -> false;
        };
        if (accept) {
            s.name[j] = true;
        }
    }

    private static boolean followedByName(NameScan s, int j) {
        int k = s.next(j);
        return k >= 0 && s.word(k) && s.capital(k);
    }

    /**
     * The number of tokens of a credential starting at {@code i}: a degree word ("MD", "RN", "PhD"; one that is also
     * an English word, "DO", only after a comma) or a dotted one ("M.D.", "Ph.D.", "R.N."); 0 when none.
     */
    private static int credential(TokenizedText t, int i) {
        if (i == 0 || !t.is(i, TokenizedText.ALPHA) || !t.is(i, TokenizedText.CAPITAL)) {
            return 0;
        }
        if (i + 1 < t.count && t.charAfter(i) == '.' && t.end[i] + 1 == t.start[i + 1] && t.foldedLength(i + 1) == 1) {
            String dotted = new String(t.folded, t.fStart[i], t.foldedLength(i)) + t.folded[t.fStart[i + 1]];
            if (dotted.equals("MD") || dotted.equals("PHD") || dotted.equals("RN") || dotted.equals("DO")) {
                return 2;
            }
        }
        if (!t.lex(i, Lexicon.POST) || t.foldedLength(i) == 1) {
            return 0;
        }
        return t.lex(i, Lexicon.ENGLISH) && !NameGaps.has(t, i - 1, ',') ? 0 : 1;
    }

    /** The name-like words before a credential: up to three, initials only with their period. */
    private static void beforeCredential(NameScan s, int i) {
        TokenizedText t = s.t;
        if (!NameGaps.inside(t, i - 1) && !(t.softGapAfter(i - 1) && NameGaps.has(t, i - 1, ','))) {
            return;
        }
        int from = i - 1;
        int words = 0;
        while (from >= 0 && words < 3 && NameTokens.nameLike(s.cls[from]) && s.capital(from)
                && (from == i - 1 || NameGaps.inside(t, from))) {
            if (s.cls[from] == NameTokens.INITIAL && t.charAfter(from) != '.') {
                break;
            }
            words += s.cls[from] == NameTokens.INITIAL ? 0 : 1;
            from--;
        }
        if (words > 0) {
            for (int k = from + 1; k < i; k++) {
                s.name[k] = true;
            }
        }
    }
}
