package org.veil.text;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds identifying numbers: runs of {@link ScrubPolicy#idDigits()} or more digits (not decimals, not counts with a
 * unit), letters followed by such digits (MRN12345), groups joined by hyphens (12-3456-78), any number of three or
 * more digits after an ID word ("MRN: 4821", "Acc# 998", "case 123"), and DICOM UIDs outside the standard root.
 * Also ages over 89, which become "90+" (HIPAA Safe Harbor).
 */
final class NumberDetector {

    private static final Pattern UID = Pattern.compile("(?<![\\p{L}\\d.])[12](?:\\.\\d+){4,}(?![\\p{L}\\d]|\\.\\d)");
    private static final String STANDARD_UID_ROOT = "1.2.840.10008.";
    private static final List<Pattern> AGES = List.of(
            Pattern.compile("(?iu)(?<![\\p{L}\\d])(?<n>9\\d|1[01]\\d)(?:\\s*|-)(?:y/?o|y\\.o\\.?|yrs?|years?"
                    + "(?:[\\s\\-]old)?|yr[\\s\\-]old|jahre?|ans|años|anni|jaar)(?!\\p{L})"),
            Pattern.compile("(?iu)(?<!\\p{L})(?:age|aged|alter|âge|edad|età)\\s*[:=]?\\s*(?<n>9\\d|1[01]\\d)(?!\\d)"),
            Pattern.compile("(?<![\\p{L}\\d])0?(?<n>9\\d|1[01]\\d)Y(?![\\p{L}\\d])"));
    private static final Set<String> UNITS = Set.of("MS", "MSEC", "HZ", "KHZ", "IU", "U", "MG", "MCG", "UG", "ML",
            "CELLS", "COUNTS", "KCOUNTS", "CTS", "KCTS", "CPS", "CPM", "BQ", "KBQ", "MBQ", "MCI", "UCI", "MM", "CM",
            "UM", "PX", "PIXELS", "BYTES", "KB", "MB", "GB", "HU", "SEC", "S", "MGY", "UGY", "CGY", "MSV", "USV",
            "KV", "MA", "MAS", "FRAMES", "IMAGES", "SLICES", "PROJECTIONS", "VIEWS", "KG", "G", "L", "DL");

    private final ScrubPolicy policy;

    NumberDetector(ScrubPolicy policy) {
        this.policy = policy;
    }

    void detect(TokenizedText t, HitList hits) {
        if (!t.has(TokenizedText.T_DIGIT)) {
            return;
        }
        if ((t.lexUnion & Lexicon.AGE_WORD) != 0 || t.mixedTokens > 0) {
            ages(t.text, hits);
        }
        if (t.dotCount >= 4) {
            Matcher m = UID.matcher(t.text);
            while (m.find()) {
                if (!m.group().startsWith(STANDARD_UID_ROOT) && !hits.covers(m.start(), m.end())) {
                    hits.add(FindingCategory.ID_NUMBER, m.start(), m.end());
                }
            }
        }
        for (int i = 0; i < t.count; i++) {
            if (hits.coversToken(t, i)) {
                continue;
            }
            int end = identifyingToken(t, i) ? i : -1;
            if (end < 0 && afterIdCue(t, i) && digits(t, i) >= 3) {
                end = i;
            }
            if (end < 0) {
                end = hyphenGroup(t, i);
            }
            if (end >= 0) {
                end = joinedGroups(t, end);
                int from = letterPrefix(t, i);
                if (!hits.covers(t.start[from], t.end[end])) {
                    hits.add(FindingCategory.ID_NUMBER, t.start[from], t.end[end]);
                }
                i = end;
            }
        }
    }

    private static void ages(String s, HitList hits) {
        for (Pattern p : AGES) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                if (!hits.covers(m.start("n"), m.end("n"))) {
                    hits.add(new Hit(FindingCategory.AGE, m.start("n"), m.end("n"), "90+", null));
                }
            }
        }
    }

    /** A digit run of idDigits or more (MRN12345, 20210312001), not a decimal, not a count with a unit. */
    private boolean identifyingToken(TokenizedText t, int i) {
        int d = longestDigitRun(t, i);
        if (d < policy.idDigits() || decimal(t, i)) {
            return false;
        }
        if (t.is(i, TokenizedText.NUMBER)) {
            return !(i + 1 < t.count && t.softGapAfter(i) && unit(t, i + 1));
        }
        return true;
    }

    /** "MRN 4821", "Acc# 998", "ID: 12-34", "No. 5531". */
    private static boolean afterIdCue(TokenizedText t, int i) {
        if (i == 0 || !t.softGapAfter(i - 1)) {
            return false;
        }
        if (t.gapAfterContains(i - 1, '#')) {
            return true;
        }
        int prev = i - 1;
        if (t.foldedEquals(prev, "NO") && prev > 0 && t.softGapAfter(prev - 1)
                && t.lex(prev - 1, Lexicon.ID_CUE)) {
            return true;
        }
        return t.lex(prev, Lexicon.ID_CUE) && t.is(prev, TokenizedText.ALPHA);
    }

    /** 12-3456-78: number groups joined by single hyphens with enough digits together (not a year range). */
    private int hyphenGroup(TokenizedText t, int i) {
        if (!t.is(i, TokenizedText.NUMBER) || !hyphenAfter(t, i)) {
            return -1;
        }
        int total = digits(t, i);
        int j = i;
        boolean years = yearLike(t, i);
        while (j + 1 < t.count && hyphenAfter(t, j) && !t.is(j + 1, TokenizedText.ALPHA)) {
            j++;
            total += digits(t, j);
            years &= yearLike(t, j);
        }
        return j > i && total > policy.idDigits() && !years ? j : -1;
    }

    private static int joinedGroups(TokenizedText t, int end) {
        int j = end;
        while (j + 1 < t.count && hyphenAfter(t, j) && !t.is(j + 1, TokenizedText.ALPHA) && digits(t, j + 1) > 0) {
            j++;
        }
        return j;
    }

    /** "AB-123456": a short letter prefix joined by a hyphen belongs to the number. */
    private static int letterPrefix(TokenizedText t, int i) {
        if (i > 0 && hyphenAfter(t, i - 1) && t.is(i - 1, TokenizedText.ALPHA) && t.foldedLength(i - 1) <= 4
                && t.is(i - 1, TokenizedText.ALL_UPPER) && !t.lex(i - 1, Lexicon.CLINICAL)) {
            return i - 1;
        }
        return i;
    }

    private static boolean hyphenAfter(TokenizedText t, int i) {
        return i + 1 < t.count && t.end[i] + 1 == t.start[i + 1] && t.text.charAt(t.end[i]) == '-';
    }

    private static boolean yearLike(TokenizedText t, int i) {
        if (t.foldedLength(i) != 4 || !t.is(i, TokenizedText.NUMBER)) {
            return false;
        }
        char c0 = t.folded[t.fStart[i]];
        char c1 = t.folded[t.fStart[i] + 1];
        return c0 == '1' && c1 == '9' || c0 == '2' && c1 == '0';
    }

    private static boolean decimal(TokenizedText t, int i) {
        String s = t.text;
        int e = t.end[i];
        int b = t.start[i];
        boolean after = e + 1 < s.length() && (s.charAt(e) == '.' || s.charAt(e) == ',')
                && Character.isDigit(s.charAt(e + 1));
        boolean before = b >= 2 && (s.charAt(b - 1) == '.' || s.charAt(b - 1) == ',')
                && Character.isDigit(s.charAt(b - 2));
        return after || before;
    }

    private static boolean unit(TokenizedText t, int i) {
        return t.is(i, TokenizedText.ALPHA) && UNITS.contains(new String(t.folded, t.fStart[i], t.foldedLength(i)));
    }

    private static int longestDigitRun(TokenizedText t, int i) {
        int best = 0;
        int run = 0;
        for (int k = t.fStart[i]; k < t.fEnd[i]; k++) {
            run = t.folded[k] >= '0' && t.folded[k] <= '9' ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }

    private static int digits(TokenizedText t, int i) {
        int n = 0;
        for (int k = t.fStart[i]; k < t.fEnd[i]; k++) {
            if (t.folded[k] >= '0' && t.folded[k] <= '9') {
                n++;
            }
        }
        return n;
    }
}
