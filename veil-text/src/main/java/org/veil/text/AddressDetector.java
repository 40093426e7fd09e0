package org.veil.text;

import java.util.List;

/**
 * Finds street addresses and secondary units: "12 Main Street", "221B Baker St., Apt 4", "1495 Old Mill Parkway",
 * "12, rue de la Paix", "Via Roma 5", "Hauptstraße 12", "Berliner Str. 7", "Kerkstraat 12", "Apt 4B", "Suite 200",
 * "PO Box 1234", "Post Office Box 77", and streets without a number ("lives on Old Mill Parkway").
 * Street suffixes are the context list's and every suffix and abbreviation of USPS Publication 28
 * (street-suffixes.txt). Street name words may not be clinical terms, so "3 PHASE CT" or "4 CHAMBER VIEW" stay; a
 * capitalised clinical word ("Old") is allowed next to a proper name word before a suffix that is not clinical. A
 * USPS suffix that is also a common word ("Run", "Point", "View") counts only in Title Case in mixed-case text.
 */
final class AddressDetector {

    private static final List<String> COMPOUND_SUFFIXES = List.of("STRASSE", "STR", "WEG", "GASSE", "PLATZ", "ALLEE",
            "DAMM", "UFER", "STRAAT", "LAAN", "PLEIN", "GRACHT", "KADE", "SINGEL", "GATAN", "VAGEN", "VEGEN", "VEJ",
            "GADE", "VEIEN", "GATA");
    private static final int MAX_NAME_WORDS = 4;

    void detect(TokenizedText t, HitList hits) {
        if (t.numberTokens + t.mixedTokens == 0
                && (t.lexUnion & (Lexicon.STREET_PREFIX | Lexicon.UNIT | Lexicon.STREET_SUFFIX
                | Lexicon.USPS_SUFFIX)) == 0) {
            return;
        }
        boolean mixedCase = t.mixedCase();
        for (int i = 0; i < t.count; i++) {
            if (hits.coversToken(t, i) && !houseNumber(t, i)) {
                continue;  // a house number may also be part of a known ID: the street is still an address
            }
            int end = numberFirst(t, i, mixedCase);
            if (end < 0 && mixedCase) {
                end = namedStreet(t, i);
            }
            if (end < 0) {
                end = prefixStreet(t, i);
            }
            if (end < 0) {
                end = suffixThenNumber(t, i);
            }
            if (end < 0) {
                end = unit(t, i);
            }
            if (end >= 0) {
                end = withUnit(t, end);
                int from = includeLeadingNumber(t, i);
                hits.add(FindingCategory.ADDRESS, t.start[from], t.end[end]);
                i = end;
            }
        }
    }

    /**
     * "12 Main Street", "221B Baker St", "1495 Old Mill Parkway": house number, 1-4 name words, a street suffix; the
     * last suffix in reach wins ("12 Mill Creek Road").
     */
    private static int numberFirst(TokenizedText t, int i, boolean mixedCase) {
        if (!houseNumber(t, i) || t.gapAfterContains(i, '-')) {
            return -1;
        }
        int names = 0;
        int guarded = 0;
        int end = -1;
        for (int j = i + 1; j < t.count && j - i <= MAX_NAME_WORDS + 1 && t.softGapAfter(j - 1); j++) {
            if (names > 0 && suffixEnds(t, i + 1, j, guarded, mixedCase)) {
                end = j;
            }
            if (capitalisedClinical(t, j)) {
                guarded++;
            } else if (!streetNameWord(t, j)) {
                break;
            }
            names++;
        }
        return end;
    }

    /** Whether token {@code j} is a suffix that ends a street whose name words are [from, j). */
    private static boolean suffixEnds(TokenizedText t, int from, int j, int guarded, boolean mixedCase) {
        boolean listed = t.lex(j, Lexicon.STREET_SUFFIX);
        if (!listed && !t.lex(j, Lexicon.USPS_SUFFIX)) {
            return false;
        }
        int names = j - from;
        boolean capitals = true;
        boolean titles = mixedCase;
        for (int k = from; k <= j; k++) {
            capitals &= t.is(k, TokenizedText.CAPITAL) || ordinal(t, k);
            titles &= t.is(k, TokenizedText.HAS_LOWER_AFTER_FIRST) || ordinal(t, k);
        }
        if (listed && guarded == 0) {
            return true;
        }
        if (!capitals || guarded >= names || t.lex(j, Lexicon.CLINICAL) && guarded > 0 && !titles) {
            return false;
        }
        boolean commonWord = t.lex(j, Lexicon.GUARD | Lexicon.VOCAB) && !listed;
        return !commonWord || titles;
    }

    /**
     * A street without a number in mixed-case text: 1-3 Title Case name words, one of them not clinical, and a
     * thoroughfare suffix ("Old Mill Parkway"); after a place word ("lives on", "at") any street suffix, also
     * abbreviated ("on Fox Run Plz", "at Cedar Rd.").
     */
    private static int namedStreet(TokenizedText t, int i) {
        if (!t.is(i, TokenizedText.ALPHA) || !title(t, i) || i > 0 && houseNumber(t, i - 1)) {
            return -1;
        }
        boolean cue = i > 0 && placeCue(t, i - 1) && plainGap(t, i - 1);
        int proper = 0;
        int end = -1;
        for (int j = i; j < t.count && j - i <= 3 && (j == i || plainGap(t, j - 1)); j++) {
            if (j > i && proper > 0 && t.is(j, TokenizedText.CAPITAL) && t.is(j, TokenizedText.ALPHA)
                    && (title(t, j) && t.lex(j, Lexicon.THOROUGHFARE)
                    || cue && t.lex(j, Lexicon.STREET_SUFFIX | Lexicon.USPS_SUFFIX)
                    && (title(t, j) || t.foldedLength(j) <= 4))) {
                end = j;
            }
            if (!title(t, j) || !t.is(j, TokenizedText.ALPHA) || t.lex(j, Lexicon.CUE | Lexicon.ROLE | Lexicon.TITLE
                    | Lexicon.TITLE_AMBIGUOUS | Lexicon.MONTH | Lexicon.ORG_HEAD | Lexicon.ORG_LEAD)) {
                break;
            }
            proper += t.lex(j, Lexicon.CLINICAL) ? 0 : 1;
        }
        return end;
    }

    private static boolean title(TokenizedText t, int i) {
        return t.is(i, TokenizedText.CAPITAL) && t.is(i, TokenizedText.HAS_LOWER_AFTER_FIRST);
    }

    /** "lives on", "resides at", "home on", "near": the words before a street named without a number. */
    private static boolean placeCue(TokenizedText t, int i) {
        return t.foldedEquals(i, "ON") || t.foldedEquals(i, "AT") || t.foldedEquals(i, "OFF")
                || t.foldedEquals(i, "NEAR") || t.foldedEquals(i, "ALONG") || t.foldedEquals(i, "ADDRESS");
    }

    /** A capitalised clinical word that may still name a street next to a proper word ("Old Mill"). */
    private static boolean capitalisedClinical(TokenizedText t, int j) {
        return t.is(j, TokenizedText.ALPHA) && t.is(j, TokenizedText.CAPITAL) && t.lex(j, Lexicon.CLINICAL)
                && !t.lex(j, Lexicon.STREET_SUFFIX);
    }

    /** "Rue de la Paix", "Via Roma 5", "12 rue Victor Hugo": a street prefix word, names, maybe a number. */
    private static int prefixStreet(TokenizedText t, int i) {
        if (!t.lex(i, Lexicon.STREET_PREFIX) || !t.is(i, TokenizedText.ALPHA) || i + 1 >= t.count
                || !plainGap(t, i)) {
            return -1;
        }
        boolean afterNumber = i > 0 && houseNumber(t, i - 1) && spaceOrComma(t, i - 1);
        if (!t.is(i, TokenizedText.CAPITAL) && !afterNumber) {
            return -1;
        }
        int names = 0;
        int last = -1;
        for (int j = i + 1; j < t.count && j - i <= MAX_NAME_WORDS + 2 && t.softGapAfter(j - 1); j++) {
            if (t.lex(j, Lexicon.PARTICLE) && t.is(j, TokenizedText.ALPHA)) {
                continue;
            }
            if (t.is(j, TokenizedText.CAPITAL) && streetNameWord(t, j) && !t.lex(j, Lexicon.ENGLISH)
                    || names > 0 && t.is(j, TokenizedText.CAPITAL) && streetNameWord(t, j)) {
                names++;
                last = j;
                continue;
            }
            break;
        }
        if (names == 0) {
            return -1;
        }
        return last + 1 < t.count && plainGap(t, last) && houseNumber(t, last + 1) ? last + 1 : last;
    }

    /** "Hauptstraße 12", "Berliner Str. 7", "Kerkstraat 12a": a street word or compound, then a number. */
    private static int suffixThenNumber(TokenizedText t, int i) {
        if (!t.is(i, TokenizedText.ALPHA) || !t.is(i, TokenizedText.CAPITAL)) {
            return -1;
        }
        int j = i;
        if (!t.compoundEndingIn(j, COMPOUND_SUFFIXES)) {
            int names = 0;
            while (j < t.count && names < 3 && streetNameWord(t, j) && !t.lex(j, Lexicon.STREET_SUFFIX)
                    && t.softGapAfter(j)) {
                names++;
                j++;
            }
            if (names == 0 || j >= t.count || !t.lex(j, Lexicon.STREET_SUFFIX)) {
                return -1;
            }
        }
        return j + 1 < t.count && plainGap(t, j) && houseNumber(t, j + 1) && t.foldedLength(j + 1) <= 5
                ? j + 1 : -1;
    }

    /** "Apt 4B", "Suite 200", "PO Box 1234", "Postfach 12 34". */
    private static int unit(TokenizedText t, int i) {
        if (!t.lex(i, Lexicon.UNIT) || !t.is(i, TokenizedText.CAPITAL) || i + 1 >= t.count || !t.softGapAfter(i)) {
            return -1;
        }
        int j = i + 1;
        boolean value = t.foldedLength(j) <= 6 && !t.is(j, TokenizedText.ALPHA)
                || t.foldedLength(j) == 1 && t.is(j, TokenizedText.ALL_UPPER);
        return value ? j : -1;
    }

    /** Extends a street with a following unit (", Apt 4B", ", Unit 5", " #12"). */
    private static int withUnit(TokenizedText t, int end) {
        if (end + 1 < t.count && t.softGapAfter(end)) {
            int u = unit(t, end + 1);
            if (u >= 0) {
                return u;
            }
            int w = end + 1;
            boolean unitWord = t.foldedEquals(w, "UNIT") || t.foldedEquals(w, "FLOOR") || t.foldedEquals(w, "FL")
                    || t.foldedEquals(w, "ROOM") || t.foldedEquals(w, "RM") || t.foldedEquals(w, "BLDG");
            if (unitWord && w + 1 < t.count && t.softGapAfter(w) && !t.is(w + 1, TokenizedText.ALPHA)
                    && t.foldedLength(w + 1) <= 6) {
                return w + 1;
            }
            if (t.gapAfterContains(end, '#') && !t.is(end + 1, TokenizedText.ALPHA) && t.foldedLength(end + 1) <= 6) {
                return end + 1;
            }
        }
        return end;
    }

    private static int includeLeadingNumber(TokenizedText t, int i) {
        if (i > 0 && t.lex(i, Lexicon.STREET_PREFIX) && houseNumber(t, i - 1) && spaceOrComma(t, i - 1)) {
            return i - 1;
        }
        if (i > 1 && t.lex(i, Lexicon.UNIT) && t.foldedEquals(i - 1, "OFFICE") && t.foldedEquals(i - 2, "POST")) {
            return i - 2;
        }
        if (i > 0 && t.lex(i, Lexicon.UNIT) && (t.foldedEquals(i - 1, "PO") || t.foldedEquals(i - 1, "O"))) {
            return i > 1 && t.foldedEquals(i - 1, "O") && t.foldedEquals(i - 2, "P") ? i - 2 : i - 1;
        }
        return i;
    }

    private static boolean houseNumber(TokenizedText t, int i) {
        int len = t.foldedLength(i);
        if (t.is(i, TokenizedText.NUMBER)) {
            return len <= 5;
        }
        if (t.is(i, TokenizedText.ALPHA) || len > 6) {
            return false;
        }
        int digits = 0;
        for (int k = t.fStart[i]; k < t.fEnd[i]; k++) {
            digits += Character.isDigit(t.folded[k]) ? 1 : 0;
        }
        // 221B, 12a, and ordinal street names are not house numbers: 5TH
        return Character.isDigit(t.folded[t.fStart[i]]) && len - digits <= 1 && digits <= 5;
    }

    /** "12 rue", "12, rue": spaces and at most a comma. */
    private static boolean spaceOrComma(TokenizedText t, int i) {
        return t.softGapOf(i, " ,");
    }

    /** A gap of spaces, maybe after a period ("Str. 7"): no comma, hyphen or other punctuation. */
    private static boolean plainGap(TokenizedText t, int i) {
        return t.softGapOf(i, " .");
    }

    private static boolean streetNameWord(TokenizedText t, int i) {
        if (t.lex(i, Lexicon.CLINICAL) && !t.lex(i, Lexicon.STREET_SUFFIX)) {
            return false;
        }
        if (t.is(i, TokenizedText.ALPHA)) {
            return true;
        }
        return ordinal(t, i);
    }

    /** 5th, 42nd, 1st. */
    private static boolean ordinal(TokenizedText t, int i) {
        int to = t.fEnd[i];
        if (t.foldedLength(i) < 3 || !Character.isDigit(t.folded[t.fStart[i]])) {
            return false;
        }
        String suffix = new String(t.folded, to - 2, 2);
        return suffix.equals("ST") || suffix.equals("ND") || suffix.equals("RD") || suffix.equals("TH");
    }
}
