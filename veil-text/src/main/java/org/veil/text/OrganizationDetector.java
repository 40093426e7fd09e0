package org.veil.text;

import java.util.List;

/**
 * Finds clinic, hospital and practice names that are not known from the data set: capitalised words ending in a head
 * word ("Lakeshore Pediatric Clinic", "Summit Radiology Group", "Royal Infirmary of Edinburgh") or starting with a
 * lead word ("Hospital General de Valdemoro", "Klinikum Am Steinberg", "Kinderklinik Sonnenberg"). A name needs
 * one proper word: a capitalised word that is neither clinical nor descriptive ("Pediatric Clinic", "Breast Imaging
 * Center" and "RETURN TO CLINIC" stay). A head that is also descriptive ("Center", "Group", "Imaging") needs a
 * descriptive or clinical word right before it. Words come from organization-words.txt.
 */
final class OrganizationDetector {

    private static final int MAX_WORDS = 6;
    private static final List<String> COMPOUND_LEADS = List.of("KLINIKUM", "KLINIK", "KRANKENHAUS", "SPITAL",
            "ZIEKENHUIS", "SJUKHUS", "SYKEHUS");

    void detect(TokenizedText t, HitList hits) {
        if (t.count < 2) {
            return;
        }
        boolean mixedCase = t.mixedCase();
        for (int i = 0; i < t.count; i++) {
            if (hits.coversToken(t, i) || !capitalised(t, i, mixedCase)) {
                continue;
            }
            int from = -1;
            int to = -1;
            if (t.lex(i, Lexicon.ORG_HEAD) && i > 0) {
                long run = headFinal(t, i, mixedCase, hits);
                if (run >= 0) {
                    long tail = tail(t, i, mixedCase, hits);
                    if ((run & 0xFF) + (tail & 0xFF) > 0) {
                        from = (int) (run >> 8);
                        to = (int) (tail >> 8);
                    }
                }
            }
            boolean lead = t.lex(i, Lexicon.ORG_LEAD) || t.compoundEndingIn(i, COMPOUND_LEADS);
            if (lead && (from < 0 || i + 1 < t.count && connector(t, i + 1))) {  // not "... Hospital Caldwell view"
                int end = headInitial(t, i, mixedCase, hits);
                if (end > to) {
                    from = from < 0 ? i : from;
                    to = end;
                }
            }
            if (from >= 0 && !hits.covers(t.start[from], t.end[to])) {
                hits.add(FindingCategory.ORGANIZATION, t.start[from], t.end[to]);
                i = to;
            }
        }
    }

    /**
     * The first token of a name that ends at head {@code h} (shifted left by 8) and the number of its proper words
     * (low 8 bits); -1 when a weak head has no descriptive word before it.
     */
    private static long headFinal(TokenizedText t, int h, boolean mixedCase, HitList hits) {
        boolean weak = t.lex(h, Lexicon.ORG_WORD);
        if (weak && !(joined(t, h - 1) && descriptive(t, h - 1))) {
            return -1;
        }
        int from = h;
        int proper = 0;
        for (int k = h - 1; k >= 0 && h - k <= MAX_WORDS && joined(t, k) && !hits.coversToken(t, k); k--) {
            if (connector(t, k)) {
                continue;
            }
            if (!capitalised(t, k, mixedCase) || !t.is(k, TokenizedText.ALPHA) || stop(t, k)
                    || proper > 0 && foreign(t, k)) {
                break;
            }
            from = k;
            proper += proper(t, k, mixedCase) ? 1 : 0;
        }
        return ((long) from << 8) | Math.min(proper, 0xFF);
    }

    /**
     * What follows a head: more heads ("Health Center") and "of" with capitalised proper words ("Royal Infirmary of
     * Edinburgh"). The last token (shifted left by 8) and the number of proper words after "of" (low 8 bits).
     */
    private static long tail(TokenizedText t, int h, boolean mixedCase, HitList hits) {
        int end = h;
        while (end + 1 < t.count && joined(t, end) && !hits.coversToken(t, end + 1)
                && capitalised(t, end + 1, mixedCase) && t.lex(end + 1, Lexicon.ORG_HEAD)
                && !connector(t, end + 1)) {
            end++;
        }
        int proper = 0;
        int k = end + 1;
        if (k < t.count && joined(t, end) && t.foldedEquals(k, "OF")) {
            for (int j = k + 1; j < t.count && j - k <= 3 && joined(t, j - 1) && !hits.coversToken(t, j)
                    && capitalised(t, j, mixedCase) && proper(t, j, mixedCase) && !t.lex(j, Lexicon.ENGLISH); j++) {
                end = j;
                proper++;
            }
        }
        return ((long) end << 8) | proper;
    }

    /** The last token of a name that starts with lead {@code l}, or -1. */
    private static int headInitial(TokenizedText t, int l, boolean mixedCase, HitList hits) {
        int end = -1;
        int proper = 0;
        for (int k = l + 1; k < t.count && k - l <= MAX_WORDS && joined(t, k - 1) && !hits.coversToken(t, k); k++) {
            if (connector(t, k)) {
                continue;
            }
            if (!capitalised(t, k, mixedCase) || !t.is(k, TokenizedText.ALPHA) || stop(t, k)
                    || proper > 0 && foreign(t, k)) {
                break;
            }
            boolean p = proper(t, k, mixedCase) && !t.lex(k, Lexicon.ENGLISH);  // "Hospital Course" stays
            proper += p ? 1 : 0;
            end = k;
        }
        return proper > 0 ? end : -1;
    }

    /** A capitalised word that names this organisation: not clinical, not descriptive, not a cue. */
    private static boolean proper(TokenizedText t, int k, boolean mixedCase) {
        return t.is(k, TokenizedText.ALPHA) && t.foldedLength(k) > 1 && capitalised(t, k, mixedCase)
                && !t.lex(k, Lexicon.CLINICAL | Lexicon.ORG_WORD | Lexicon.ORG_HEAD | Lexicon.ORG_LEAD
                        | Lexicon.ORG_CONNECTOR | Lexicon.PARTICLE | Lexicon.MONTH);
    }

    /** A clinical word that is not part of organisation names: it ends a name once a proper word was seen. */
    private static boolean foreign(TokenizedText t, int k) {
        return t.lex(k, Lexicon.CLINICAL) && !t.lex(k, Lexicon.ORG_WORD | Lexicon.ORG_HEAD | Lexicon.ORG_LEAD);
    }

    private static boolean descriptive(TokenizedText t, int k) {
        return t.is(k, TokenizedText.ALPHA) && t.lex(k, Lexicon.ORG_WORD | Lexicon.CLINICAL) && !connector(t, k);
    }

    /** Words that end a name: cues and titles ("Referred by", "Dr."), which belong to the sentence. */
    private static boolean stop(TokenizedText t, int k) {
        return t.lex(k, Lexicon.CUE | Lexicon.ROLE | Lexicon.TITLE | Lexicon.TITLE_AMBIGUOUS)
                && !t.lex(k, Lexicon.ORG_WORD);
    }

    private static boolean connector(TokenizedText t, int k) {
        return t.is(k, TokenizedText.ALPHA) && t.lex(k, Lexicon.ORG_CONNECTOR) && t.foldedLength(k) <= 4;
    }

    /** In mixed-case text a word with a capital first letter; in upper-case text any word. */
    private static boolean capitalised(TokenizedText t, int k, boolean mixedCase) {
        return t.is(k, TokenizedText.CAPITAL) && (mixedCase || t.is(k, TokenizedText.ALL_UPPER))
                || connector(t, k);
    }

    /** Spaces, a single hyphen ("Saint-Lucien") or a period after "St": no sentence or list punctuation. */
    private static boolean joined(TokenizedText t, int k) {
        if (k + 1 >= t.count || !t.softGapAfter(k)) {
            return false;
        }
        boolean abbreviation = t.foldedLength(k) <= 3 && t.lex(k, Lexicon.PARTICLE | Lexicon.ORG_WORD);
        for (int c = t.end[k]; c < t.start[k + 1]; c++) {
            char ch = t.text.charAt(c);
            if (ch != ' ' && ch != '-' && ch != '&' && !(ch == '.' && abbreviation)) {
                return false;
            }
        }
        return true;
    }
}
