package org.veil.text;

import java.util.Arrays;

/**
 * Finds the values of {@link KnownIdentifiers} in a text: one walk of the patient's automata from every token,
 * across short gaps, keeping the longest match that ends at a token end. Single name words that are also clinical
 * or common words ("MAY", "HEAD"), particles and two-letter words count only next to another part of a name.
 * Initials ("JS", "J.S.") count when the policy allows them and they are not a known term ("CT", "MR", "AM").
 */
final class KnownIdentifierDetector {

    /** Letters that are also a term, a word or a context word are never taken for initials. */
    private static final int INITIALS_BLOCKERS = Lexicon.GUARD | Lexicon.PARTICLE | Lexicon.TITLE
            | Lexicon.TITLE_AMBIGUOUS | Lexicon.POST | Lexicon.SUFFIX | Lexicon.CUE | Lexicon.ROLE | Lexicon.UNIT
            | Lexicon.ID_CUE | Lexicon.PHONE_CUE | Lexicon.STREET_SUFFIX;
    private static final int NONE = 0;
    private static final int WEAK = 1;
    private static final int STRONG = 2;

    private final ScrubPolicy policy;

    KnownIdentifierDetector(ScrubPolicy policy) {
        this.policy = policy;
    }

    void detect(TokenizedText t, PatternLayers known, HitList hits) {
        if (known.isEmpty() && !known.hasInitials() || t.count == 0) {
            return;
        }
        int[] strength = new int[t.count];
        int[] owner = new int[t.count];
        Arrays.fill(owner, -1);
        if (!known.isEmpty()) {
            matchPatterns(t, known, strength, owner, hits);
        }
        if (policy.initials() == ScrubPolicy.Initials.REPLACE && known.hasInitials()) {
            matchInitials(t, known, strength, owner);
        }
        acceptWeakInContext(t, known, strength, owner);
        acceptWeakNeighbours(t, strength);
        extendWithInitialsAndSuffixes(t, known, strength, owner);
        emitNameRuns(t, known, strength, owner, hits);
    }

    private void matchPatterns(TokenizedText t, PatternLayers known, int[] strength, int[] owner, HitList hits) {
        int i = 0;
        while (i < t.count) {
            PatternLayers.Match m = known.longestMatch(t, i);
            KnownPatterns.Pattern p = m == null ? null : m.pattern();
            if (p == null || p.kind() == KnownPatterns.Kind.IDENTIFIER && partOfLongerNumber(t, i, m.end())) {
                i++;
                continue;
            }
            record(t, known, p, i, m.end(), strength, owner, hits);
            i = m.end() + 1;
        }
    }

    /** "123-45" inside "123-45-6789": an identifier match must not continue a number joined without spaces. */
    private static boolean partOfLongerNumber(TokenizedText t, int from, int to) {
        return to + 1 < t.count && joinedDigits(t, to, to + 1) || from > 0 && joinedDigits(t, from - 1, from);
    }

    private static boolean joinedDigits(TokenizedText t, int a, int b) {
        if (t.start[b] - t.end[a] != 1 || "-./".indexOf(t.text.charAt(t.end[a])) < 0) {
            return false;
        }
        return !t.is(a, TokenizedText.ALPHA) && !t.is(b, TokenizedText.ALPHA);
    }

    private void record(TokenizedText t, PatternLayers known, KnownPatterns.Pattern p, int from, int to,
                        int[] strength, int[] owner, HitList hits) {
        boolean single = from == to;
        int lex = t.lex[from];
        switch (p.kind()) {
            case NAME_FULL, NAME_PART -> {
                int s = single && weakNameWord(t, from) ? WEAK : STRONG;
                for (int j = from; j <= to; j++) {
                    strength[j] = Math.max(strength[j], s);
                    owner[j] = p.owner();
                }
            }
            case INSTITUTION_PART, OTHER -> {
                if (!single || !Lexicon.any(lex, Lexicon.GUARD)) {
                    hits.add(new Hit(p.category(), t.start[from], t.end[to], null, known.source(p.owner())));
                }
            }
            case INSTITUTION_ACRONYM -> {
                if (single && t.is(from, TokenizedText.ALL_UPPER) && (lex & ~Lexicon.PLACE) == 0) {
                    hits.add(new Hit(p.category(), t.start[from], t.end[to], null, known.source(p.owner())));
                }
            }
            default -> {
                int f = from;
                while (f < to && t.is(f, TokenizedText.ALPHA) && Lexicon.any(t.lex[f], Lexicon.ID_CUE)) {
                    f++;
                }
                hits.add(new Hit(p.category(), t.start[f], t.end[to], null, known.source(p.owner())));
            }
        }
    }

    private static boolean weakNameWord(TokenizedText t, int i) {
        if (t.is(i, TokenizedText.IDEOGRAPH)) {
            return true;
        }
        int lex = t.lex[i];
        return t.foldedLength(i) <= 2 || Lexicon.any(lex, Lexicon.GUARD | Lexicon.PARTICLE | Lexicon.TITLE
                | Lexicon.TITLE_AMBIGUOUS | Lexicon.SUFFIX | Lexicon.CUE | Lexicon.ROLE)
                || Lexicon.any(lex, Lexicon.EPONYM) && NameTokens.eponymInContext(t, i);
    }

    private void matchInitials(TokenizedText t, PatternLayers known, int[] strength, int[] owner) {
        for (int i = 0; i < t.count; i++) {
            if (strength[i] != NONE || !t.is(i, TokenizedText.ALPHA) || !t.is(i, TokenizedText.ALL_UPPER)) {
                continue;
            }
            int len = t.foldedLength(i);
            if (len >= 2 && len <= 3 && t.length(i) == len
                    && (!Lexicon.any(t.lex[i], INITIALS_BLOCKERS) || detached(t, i))) {
                int o = known.initialsOwner(new String(t.folded, t.fStart[i], len));
                if (o >= 0) {
                    strength[i] = STRONG;
                    owner[i] = o;
                }
            } else if (len == 1) {
                matchDottedInitials(t, known, i, strength, owner);
            }
        }
    }

    /**
     * True when a token stands apart from the words around it: last in the value or before sentence punctuation,
     * or after a dash, comma, slash or colon ("Sunrise view - EL", "Thyroid AK"). Initials that are also a term
     * are taken only there; inside a phrase ("AC Duplex lower extremity") the term wins.
     */
    private static boolean detached(TokenizedText t, int i) {
        boolean beforeBreak = i + 1 == t.count || t.gapAfterContains(i, '.') || t.gapAfterContains(i, ';')
                || t.gapAfterContains(i, ',');
        boolean afterSeparator = i > 0 && (t.gapAfterContains(i - 1, '-') || t.gapAfterContains(i - 1, ',')
                || t.gapAfterContains(i - 1, '/') || t.gapAfterContains(i - 1, ':')
                || t.gapAfterContains(i - 1, '.') || t.gapAfterContains(i - 1, ';'));
        return beforeBreak || afterSeparator;
    }

    /** "J.S." or "J. S." : single capital letters joined by a period. */
    private static void matchDottedInitials(TokenizedText t, PatternLayers known, int i, int[] strength,
                                            int[] owner) {
        StringBuilder letters = new StringBuilder(3);
        int j = i;
        while (j < t.count && letters.length() < 3 && t.foldedLength(j) == 1 && t.is(j, TokenizedText.ALPHA)
                && t.is(j, TokenizedText.CAPITAL) && t.charAfter(j) == '.') {
            letters.append(t.folded[t.fStart[j]]);
            j++;
        }
        if (letters.length() >= 2) {
            int o = known.initialsOwner(letters.toString());
            if (o >= 0) {
                for (int k = i; k < j; k++) {
                    strength[k] = STRONG;
                    owner[k] = o;
                }
            }
        }
    }

    /**
     * A weak known name word counts when the context says it is a name: next to another weak part of the same
     * person ("DAWN STONE", "LONG^MARK"), next to that person's initial ("MAY A.", "Z. Xu"), after a title or
     * role word ("patient Stone"), or, when not a clinical term, written with a capital inside mixed-case text
     * ("Frank") or standing apart ("CT SINUS - PARK").
     */
    private static void acceptWeakInContext(TokenizedText t, PatternLayers known, int[] strength, int[] owner) {
        boolean mixedCase = t.mixedCase();
        boolean[] accept = new boolean[t.count];
        for (int i = 0; i < t.count; i++) {
            if (strength[i] != WEAK) {
                continue;
            }
            boolean pair = i + 1 < t.count && strength[i + 1] == WEAK && owner[i + 1] == owner[i]
                    && !t.foldedEquals(i, new String(t.folded, t.fStart[i + 1], t.foldedLength(i + 1)))
                    && t.softGapAfter(i);
            boolean initial = i + 1 < t.count && t.softGapAfter(i) && t.foldedLength(i + 1) == 1
                    && t.is(i + 1, TokenizedText.ALPHA) && (t.charAfter(i + 1) == '.' || i + 2 == t.count)
                    && known.isInitialOf(owner[i], t.folded[t.fStart[i + 1]]);
            boolean initialBefore = i > 0 && t.softGapAfter(i - 1) && t.foldedLength(i - 1) == 1
                    && t.is(i - 1, TokenizedText.ALPHA) && t.charAfter(i - 1) == '.'
                    && known.isInitialOf(owner[i], t.folded[t.fStart[i - 1]]);
            boolean cue = i > 0 && t.softGapAfter(i - 1) && Lexicon.any(t.lex[i - 1], Lexicon.TITLE
                    | Lexicon.TITLE_AMBIGUOUS | Lexicon.ROLE);
            boolean term = Lexicon.any(t.lex[i], Lexicon.CLINICAL)
                    || Lexicon.any(t.lex[i], Lexicon.EPONYM) && NameTokens.eponymInContext(t, i);
            boolean alone = !term && t.foldedLength(i) > 2 && detached(t, i);
            boolean capitalised = mixedCase && !term && t.foldedLength(i) > 2 && t.is(i, TokenizedText.CAPITAL)
                    && !t.is(i, TokenizedText.IDEOGRAPH);
            if (pair) {
                accept[i + 1] = true;
            }
            accept[i] |= pair || initial || initialBefore || cue || capitalised || alone;
        }
        for (int i = 0; i < t.count; i++) {
            if (accept[i]) {
                strength[i] = STRONG;
            }
        }
    }

    /** A weak name word next to a strong one (same gap rules as a name) becomes strong, repeatedly. */
    private static void acceptWeakNeighbours(TokenizedText t, int[] strength) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < t.count; i++) {
                if (strength[i] == WEAK && (i > 0 && strength[i - 1] == STRONG && t.softGapAfter(i - 1)
                        || i + 1 < t.count && strength[i + 1] == STRONG && t.softGapAfter(i))) {
                    strength[i] = STRONG;
                    changed = true;
                }
            }
        }
    }

    /** "Smith, J.", "J. Smith", "John Q Smith", "SMITH JR": single letters and suffixes next to a name. */
    private static void extendWithInitialsAndSuffixes(TokenizedText t, PatternLayers known, int[] strength,
                                                      int[] owner) {
        for (int i = 0; i < t.count; i++) {
            if (strength[i] != NONE) {
                continue;
            }
            boolean afterName = i > 0 && strength[i - 1] == STRONG && t.softGapAfter(i - 1);
            boolean beforeName = i + 1 < t.count && strength[i + 1] == STRONG && t.softGapAfter(i);
            if (!afterName && !beforeName) {
                continue;
            }
            int o = afterName ? owner[i - 1] : owner[i + 1];
            boolean letter = t.foldedLength(i) == 1 && t.is(i, TokenizedText.ALPHA) && t.is(i, TokenizedText.CAPITAL);
            if (letter && (afterName && beforeName || known.isInitialOf(o, t.folded[t.fStart[i]]))
                    || afterName && Lexicon.any(t.lex[i], Lexicon.SUFFIX)) {
                strength[i] = STRONG;
                owner[i] = o;
            }
        }
    }

    private static void emitNameRuns(TokenizedText t, PatternLayers known, int[] strength, int[] owner,
                                     HitList hits) {
        int i = 0;
        while (i < t.count) {
            if (strength[i] != STRONG) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < t.count && strength[j + 1] == STRONG && t.softGapAfter(j)) {
                j++;
            }
            int o = owner[i];
            hits.add(new Hit(FindingCategory.NAME_KNOWN, t.start[i], t.end[j], null, o >= 0 ? known.source(o) : null));
            i = j + 1;
        }
    }
}
