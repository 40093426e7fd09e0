package org.veil.deid.text;

/**
 * Finds person names that are not known from the data set, with name lists and context, guarded by the allow-list:
 * <ul>
 *   <li>after a title ("Dr. Rossi", "Mrs Kowalski"); "DR", "MR", "MS" and "PT" in capitals without a period are also
 *       modalities and abbreviations, so only a listed name counts after them;</li>
 *   <li>after a role or cue word ("referring physician: Rossi", "read by Anna Nowak", "for John Smith");</li>
 *   <li>before a credential ("A. Rossi, MD");</li>
 *   <li>in PN form ("ROSSI^ANNA");</li>
 *   <li>alone: a listed name that is not a common word or clinical term, or two or more name-like words together
 *       with at least one listed name ("Anna Xyzzy", "SMITH JOHN").</li>
 * </ul>
 * A found name grows over adjacent initials, particles, suffixes and name-like words ("Dr. Maria de la Cruz Jr.").
 */
final class PersonNameDetector {

    private static final int MAX_RUN = 5;

    void detect(TokenizedText t, HitList hits) {
        if (t.count == 0) {
            return;
        }
        byte[] cls = NameTokens.classify(t, hits);
        boolean[] name = new boolean[t.count];
        boolean mixedCase = mixedCase(t);
        for (int i = 0; i < t.count; i++) {
            int credential = credential(t, i);
            if (credential > 0) {
                for (int k = i; k < i + credential; k++) {
                    cls[k] = NameTokens.OTHER;
                }
                beforeCredential(t, cls, i, name);
                i += credential - 1;
            }
        }
        for (int i = 0; i < t.count; i++) {
            if (cls[i] == NameTokens.OTHER && !t.is(i, TokenizedText.ALPHA)) {
                continue;
            }
            int lex = t.lex[i];
            if (Lexicon.any(lex, Lexicon.TITLE | Lexicon.TITLE_AMBIGUOUS)) {
                afterTitle(t, cls, i, mixedCase, name);
            }
            if (Lexicon.any(lex, Lexicon.ROLE | Lexicon.CUE)) {
                afterCue(t, cls, i, mixedCase, name);
            }
        }
        caretGroups(t, cls, name);
        bareRuns(t, cls, mixedCase, name);
        commaPairsAndSegments(t, cls, name);
        grow(t, cls, mixedCase, name);
        emit(t, name, hits);
    }

    private static void afterTitle(TokenizedText t, byte[] cls, int i, boolean mixedCase, boolean[] name) {
        int j = next(t, i);
        int particles = j;
        while (j >= 0 && cls[j] == NameTokens.PARTICLE && j - particles < 3) {
            j = next(t, j);
        }
        if (j < 0 || !t.is(j, TokenizedText.ALPHA)) {
            return;
        }
        if (j != particles) {
            if (cls[j] == NameTokens.STRONG || cls[j] == NameTokens.UNKNOWN || cls[j] == NameTokens.WEAK) {
                for (int k = particles; k <= j; k++) {
                    name[k] = true;
                }
            }
            return;
        }
        boolean strongCue = t.lex(i, Lexicon.TITLE) || t.charAfter(i) == '.'
                || t.is(i, TokenizedText.HAS_LOWER_AFTER_FIRST);
        if (cls[j] == NameTokens.INITIAL) {
            int k = next(t, j);
            if (k >= 0 && t.is(k, TokenizedText.ALPHA) && acceptAfterTitle(t, cls, k, strongCue, mixedCase)) {
                name[j] = true;
                name[k] = true;
            }
            return;
        }
        if (acceptAfterTitle(t, cls, j, strongCue, mixedCase)) {
            name[j] = true;
        }
    }

    private static boolean acceptAfterTitle(TokenizedText t, byte[] cls, int j, boolean strongCue,
                                            boolean mixedCase) {
        byte c = cls[j];
        boolean listed = t.lex(j, Lexicon.NAME | Lexicon.EPONYM);
        if (strongCue) {
            return c == NameTokens.STRONG || c == NameTokens.WEAK || c == NameTokens.UNKNOWN
                    || listed && c == NameTokens.GUARDED || t.foldedLength(j) > 1 && c == NameTokens.OTHER
                    && !t.lex(j, Lexicon.GUARD | Lexicon.CUE | Lexicon.ROLE | Lexicon.TITLE);
        }
        return c == NameTokens.STRONG || c == NameTokens.WEAK && title(t, j)
                || c == NameTokens.UNKNOWN && mixedCase && title(t, j);
    }

    private static void afterCue(TokenizedText t, byte[] cls, int i, boolean mixedCase, boolean[] name) {
        int j = next(t, i);
        int hops = 0;
        while (j >= 0 && hops < 2 && t.lex(j, Lexicon.ROLE | Lexicon.CUE) && cls[j] != NameTokens.STRONG) {
            j = next(t, j);
            hops++;
        }
        if (j < 0 || t.lex(j, Lexicon.TITLE | Lexicon.TITLE_AMBIGUOUS)) {
            return;
        }
        boolean role = t.lex(i, Lexicon.ROLE) || hops > 0;
        byte c = cls[j];
        boolean accept = switch (c) {
            case NameTokens.STRONG -> role || t.is(j, TokenizedText.CAPITAL);
            case NameTokens.WEAK -> title(t, j) || role && followedByName(t, cls, j);
            case NameTokens.UNKNOWN -> mixedCase && title(t, j)
                    || role && t.is(j, TokenizedText.CAPITAL) && (t.gapAfterContains(i, ':')
                    || followedByName(t, cls, j));
            case NameTokens.INITIAL -> followedByName(t, cls, j);
            default -> false;
        };
        if (accept) {
            name[j] = true;
        }
    }

    private static boolean followedByName(TokenizedText t, byte[] cls, int j) {
        int k = next(t, j);
        return k >= 0 && (cls[k] == NameTokens.STRONG || cls[k] == NameTokens.WEAK || cls[k] == NameTokens.UNKNOWN)
                && t.is(k, TokenizedText.CAPITAL);
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

    /** "A. Rossi, MD", "SMITH MD", "Kowalski RN", "Anna Nowak, M.D.": the name-like words before a credential. */
    private static void beforeCredential(TokenizedText t, byte[] cls, int i, boolean[] name) {
        if (!NameGaps.inside(t, i - 1) && !(t.softGapAfter(i - 1) && NameGaps.has(t, i - 1, ','))) {
            return;
        }
        int from = i - 1;
        int words = 0;
        while (from >= 0 && words < 3 && NameTokens.nameLike(cls[from]) && t.is(from, TokenizedText.CAPITAL)
                && (from == i - 1 || NameGaps.inside(t, from))) {
            if (cls[from] == NameTokens.INITIAL && t.charAfter(from) != '.') {
                break;
            }
            words += cls[from] == NameTokens.INITIAL ? 0 : 1;
            from--;
        }
        if (words > 0) {
            for (int k = from + 1; k < i; k++) {
                name[k] = true;
            }
        }
    }

    /** PN form inside text: "ROSSI^ANNA", "OGUNLEYE^BABAJIDE", "Investigators^Winawer" (only Winawer if listed). */
    private static void caretGroups(TokenizedText t, byte[] cls, boolean[] name) {
        for (int i = 0; i + 1 < t.count; i++) {
            if (!NameGaps.has(t, i, '^') || !NameGaps.inside(t, i)) {
                continue;
            }
            int leftFrom = i;
            while (leftFrom > 0 && componentWord(t, cls, leftFrom - 1) && NameGaps.inside(t, leftFrom - 1)
                    && !NameGaps.has(t, leftFrom - 1, '^') && i - leftFrom < 3) {
                leftFrom--;
            }
            int rightTo = i + 1;
            while (rightTo + 1 < t.count && componentWord(t, cls, rightTo + 1) && NameGaps.inside(t, rightTo)
                    && !NameGaps.has(t, rightTo, '^') && rightTo - i < 3) {
                rightTo++;
            }
            boolean left = componentWord(t, cls, i) && cls[i] != NameTokens.PARTICLE;
            boolean right = componentWord(t, cls, i + 1) && cls[i + 1] != NameTokens.PARTICLE;
            boolean listed = left && hasStrong(cls, leftFrom, i) || right && hasStrong(cls, i + 1, rightTo);
            if (left && right || listed) {
                if (left) {
                    mark(name, cls, leftFrom, i);
                }
                if (right) {
                    mark(name, cls, i + 1, rightTo);
                }
            }
        }
    }

    private static boolean componentWord(TokenizedText t, byte[] cls, int i) {
        return (NameTokens.nameLike(cls[i]) || cls[i] == NameTokens.PARTICLE)
                && (t.is(i, TokenizedText.CAPITAL) || cls[i] == NameTokens.PARTICLE);
    }

    private static void mark(boolean[] name, byte[] cls, int from, int to) {
        for (int k = from; k <= to; k++) {
            name[k] |= cls[k] != NameTokens.PARTICLE || k > from && k < to;
        }
    }

    private static boolean hasStrong(byte[] cls, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (cls[k] == NameTokens.STRONG) {
                return true;
            }
        }
        return false;
    }

    /**
     * Names without a cue: a listed name alone (four letters or more, or written Title-case; one that is also a
     * dictionary word, "Carter", only when it stands out in capitals in mixed-case text); a listed name with other
     * name-like words ("Anna Xyzzy"); in mixed-case text two or more capitalised unknown words of one style
     * ("Takeshi Nakamura", or "NAKAMURA TAKESHI" with no capitalised word next to it).
     */
    private static void bareRuns(TokenizedText t, byte[] cls, boolean mixedCase, boolean[] name) {
        int i = 0;
        while (i < t.count) {
            if (!bareCandidate(t, cls, i, mixedCase)) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < t.count && NameGaps.inside(t, j) && bareCandidate(t, cls, j + 1, mixedCase)
                    && (!mixedCase || sameCase(t, cls, i, j + 1)) && j + 1 - i < MAX_RUN) {
                j++;
            }
            if (bareName(t, cls, i, j, mixedCase)) {
                for (int k = i; k <= j; k++) {
                    name[k] = true;
                }
            }
            i = j + 1;
        }
    }

    /** In mixed-case text a run of names keeps one style: "ZHAO HAO" and "Subcostal" are not one name. */
    private static boolean sameCase(TokenizedText t, byte[] cls, int from, int k) {
        if (!word(cls[k])) {
            return true;
        }
        for (int w = from; w < k; w++) {
            if (word(cls[w])) {
                return t.is(w, TokenizedText.ALL_UPPER) == t.is(k, TokenizedText.ALL_UPPER);
            }
        }
        return true;
    }

    private static int firstWord(byte[] cls, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (word(cls[k])) {
                return k;
            }
        }
        return from;
    }

    private static boolean word(byte c) {
        return c == NameTokens.STRONG || c == NameTokens.WEAK || c == NameTokens.UNKNOWN;
    }

    /** An upper-case run in mixed-case text with no upper-case word right next to it ("... thigh KOVALENKO OLENA"). */
    private static boolean isolatedCapitals(TokenizedText t, int from, int to) {
        boolean before = from > 0 && spaceOnly(t, from - 1) && capitalWord(t, from - 1);
        boolean after = to + 1 < t.count && spaceOnly(t, to) && capitalWord(t, to + 1);
        return !before && !after;
    }

    private static boolean capitalWord(TokenizedText t, int i) {
        return t.is(i, TokenizedText.ALPHA) && t.is(i, TokenizedText.ALL_UPPER) && t.foldedLength(i) > 1;
    }

    private static boolean spaceOnly(TokenizedText t, int i) {
        for (int k = t.end[i]; k < t.start[i + 1]; k++) {
            if (t.text.charAt(k) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static boolean bareCandidate(TokenizedText t, byte[] cls, int i, boolean mixedCase) {
        byte c = cls[i];
        if (c == NameTokens.PARTICLE) {
            return true;
        }
        if (!NameTokens.nameLike(c) || !t.is(i, TokenizedText.CAPITAL)) {
            return false;
        }
        if (c == NameTokens.INITIAL) {
            return !mixedCase || t.charAfter(i) == '.';
        }
        return c == NameTokens.STRONG || !mixedCase || title(t, i) || t.is(i, TokenizedText.ALL_UPPER);
    }

    private static boolean bareName(TokenizedText t, byte[] cls, int from, int to, boolean mixedCase) {
        int strong = 0;
        int words = 0;
        int longest = 0;
        boolean comma = false;
        for (int k = from; k <= to; k++) {
            strong += cls[k] == NameTokens.STRONG ? 1 : 0;
            if (word(cls[k])) {
                words++;
                longest = Math.max(longest, t.foldedLength(k));
            }
            comma |= k < to && NameGaps.has(t, k, ',');
        }
        if (strong >= 2 || strong == 1 && words >= 2) {
            return true;
        }
        if (strong == 1 && words == 1) {
            int w = firstWord(cls, from, to);
            boolean shouted = mixedCase && t.is(w, TokenizedText.ALL_UPPER) && isolatedCapitals(t, w, w);
            return (t.foldedLength(w) >= 4 || title(t, w)) && (!t.lex(w, Lexicon.VOCAB) || shouted);
        }
        if (words < 2) {
            return false;
        }
        if (mixedCase) {
            return longest >= 4 && (title(t, from) || isolatedCapitals(t, from, to));
        }
        return comma && to - from == 1;
    }

    /**
     * "TANAKA, HIROSHI", "Chatterjee, Ananya": two capitalised name-like words around a comma; and a standalone
     * segment (between sentence ends, colons, dashes or the ends of the value) of two or three capitalised
     * name-like words and nothing else ("... scanned. NAKAMURA TAKESHI. ...").
     */
    private static void commaPairsAndSegments(TokenizedText t, byte[] cls, boolean[] name) {
        int i = 0;
        while (i < t.count) {
            int j = i;
            while (j + 1 < t.count && NameGaps.inside(t, j)) {
                j++;
            }
            int words = j - i + 1;
            boolean allNames = true;
            for (int k = i; k <= j; k++) {
                allNames &= segmentWord(t, cls, k);
            }
            if (allNames && words >= 2 && words <= 3) {
                for (int k = i; k <= j; k++) {
                    name[k] = true;
                }
            }
            for (int k = i; k < j; k++) {
                if (NameGaps.has(t, k, ',') && segmentWord(t, cls, k) && segmentWord(t, cls, k + 1)
                        && cls[k] != NameTokens.INITIAL && cls[k + 1] != NameTokens.INITIAL) {
                    name[k] = true;
                    name[k + 1] = true;
                }
            }
            i = j + 1;
        }
    }

    private static boolean segmentWord(TokenizedText t, byte[] cls, int k) {
        byte c = cls[k];
        return (c == NameTokens.STRONG || c == NameTokens.UNKNOWN || c == NameTokens.WEAK && !t.lex(k, Lexicon.CUE))
                && t.is(k, TokenizedText.CAPITAL) && t.foldedLength(k) >= 2;
    }

    /**
     * A found name takes in what is next to it: initials, listed names and suffixes on either side (an initial on
     * the left only with its period, "J. Smith"), particles before a name word, and capitalised name-like words on
     * the right ("Anna Xyzzy"), or a listed family name that is also a clinical word right after a first name in
     * mixed-case text ("Victoria Head").
     */
    private static void grow(TokenizedText t, byte[] cls, boolean mixedCase, boolean[] name) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < t.count; i++) {
                if (name[i]) {
                    continue;
                }
                boolean left = i > 0 && name[i - 1] && NameGaps.inside(t, i - 1);
                boolean right = i + 1 < t.count && name[i + 1] && NameGaps.inside(t, i);
                if (left && takeRight(t, cls, name, i, mixedCase) || right && takeLeft(t, cls, i)) {
                    name[i] = true;
                    changed = true;
                }
            }
        }
    }

    /** Token {@code i} directly after a name. */
    private static boolean takeRight(TokenizedText t, byte[] cls, boolean[] name, int i, boolean mixedCase) {
        byte c = cls[i];
        if (!t.is(i, TokenizedText.CAPITAL)) {
            return false;
        }
        if (c == NameTokens.INITIAL) {
            return t.charAfter(i) == '.' || i + 1 == t.count || NameGaps.has(t, i, ',') || NameGaps.has(t, i, ';');
        }
        if (c == NameTokens.STRONG || c == NameTokens.SUFFIX) {
            return true;
        }
        boolean comma = NameGaps.has(t, i - 1, ',');
        if (c == NameTokens.UNKNOWN && !comma || c == NameTokens.WEAK && !comma && !beforeLowerWord(t, i)) {
            return (!mixedCase || title(t, i)) && wordsBefore(t, cls, name, i) < 2;
        }
        return c == NameTokens.GUARDED && mixedCase && title(t, i) && !comma && t.lex(i - 1, Lexicon.FIRST)
                && t.lex(i, Lexicon.LAST) && wordsBefore(t, cls, name, i) == 1 && !beforeLowerWord(t, i)
                && !(i + 1 < t.count && t.lex(i + 1, Lexicon.CLINICAL | Lexicon.EPONYM_CONTEXT));
    }

    /** True when token {@code i} is followed, after spaces only, by a lower-case word ("Best diastolic"). */
    private static boolean beforeLowerWord(TokenizedText t, int i) {
        return i + 1 < t.count && spaceOnly(t, i) && t.is(i + 1, TokenizedText.ALPHA)
                && !t.is(i + 1, TokenizedText.CAPITAL);
    }

    /** The number of name words (not initials) in the run of names that ends just before token {@code i}. */
    private static int wordsBefore(TokenizedText t, byte[] cls, boolean[] name, int i) {
        int n = 0;
        for (int k = i - 1; k >= 0 && name[k] && (k == i - 1 || NameGaps.inside(t, k)); k--) {
            n += cls[k] == NameTokens.INITIAL ? 0 : 1;
        }
        return n;
    }

    /** Token {@code i} directly before a name. */
    private static boolean takeLeft(TokenizedText t, byte[] cls, int i) {
        byte c = cls[i];
        if (c == NameTokens.PARTICLE) {
            return true;
        }
        if (!t.is(i, TokenizedText.CAPITAL)) {
            return false;
        }
        return c == NameTokens.STRONG || c == NameTokens.INITIAL && t.charAfter(i) == '.';
    }

    private static void emit(TokenizedText t, boolean[] name, HitList hits) {
        int i = 0;
        while (i < t.count) {
            if (!name[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < t.count && name[j + 1] && NameGaps.inside(t, j)) {
                j++;
            }
            if (!hits.covers(t.start[i], t.end[j])) {
                hits.add(FindingCategory.NAME, t.start[i], t.end[j]);
            }
            i = j + 1;
        }
    }

    /**
     * The token after a cue word, when the gap is short and does not end a sentence: "read by: Rossi",
     * "Dr. Rossi" (a period only after a title).
     */
    private static int next(TokenizedText t, int i) {
        if (i + 1 >= t.count || !t.softGapAfter(i)) {
            return -1;
        }
        boolean title = Lexicon.any(t.lex[i], Lexicon.TITLE | Lexicon.TITLE_AMBIGUOUS) || t.foldedLength(i) == 1;
        for (int k = t.end[i]; k < t.start[i + 1]; k++) {
            char c = t.text.charAt(k);
            if (c == '.' && !title || c == ';' || c == '(' || c == ')' || c == '/') {
                return -1;
            }
        }
        return i + 1;
    }

    private static boolean title(TokenizedText t, int i) {
        return t.is(i, TokenizedText.CAPITAL) && t.is(i, TokenizedText.HAS_LOWER_AFTER_FIRST);
    }

    private static boolean mixedCase(TokenizedText t) {
        for (int i = 0; i < t.count; i++) {
            if (t.is(i, TokenizedText.ALPHA) && !t.is(i, TokenizedText.ALL_UPPER)) {
                return true;
            }
        }
        return false;
    }
}
