package org.veil.text;

/**
 * Names written in a structured form: PN form inside text ("ROSSI^ANNA", "OGUNLEYE^BABAJIDE"; "Investigators^Winawer"
 * only where a side is a listed name), "Last, First" ("TANAKA, HIROSHI", "Chatterjee, Ananya"), and a standalone
 * segment of two or three capitalised name-like words and nothing else, between sentence ends, colons, dashes or the
 * ends of the value ("... scanned. NAKAMURA TAKESHI. ...").
 */
final class StructuredNames {

    private static final int MAX_COMPONENT = 3;

    private StructuredNames() {
    }

    static void find(NameScan s) {
        caretGroups(s);
        commaPairsAndSegments(s);
    }

    private static void caretGroups(NameScan s) {
        TokenizedText t = s.t;
        for (int i = 0; i + 1 < t.count; i++) {
            if (!NameGaps.has(t, i, '^') || !NameGaps.inside(t, i)) {
                continue;
            }
            int leftFrom = i;
            while (leftFrom > 0 && componentWord(s, leftFrom - 1) && NameGaps.inside(t, leftFrom - 1)
                    && !NameGaps.has(t, leftFrom - 1, '^') && i - leftFrom < MAX_COMPONENT) {
                leftFrom--;
            }
            int rightTo = i + 1;
            while (rightTo + 1 < t.count && componentWord(s, rightTo + 1) && NameGaps.inside(t, rightTo)
                    && !NameGaps.has(t, rightTo, '^') && rightTo - i < MAX_COMPONENT) {
                rightTo++;
            }
            boolean left = componentWord(s, i) && s.cls[i] != NameTokens.PARTICLE;
            boolean right = componentWord(s, i + 1) && s.cls[i + 1] != NameTokens.PARTICLE;
            boolean listed = left && hasStrong(s, leftFrom, i) || right && hasStrong(s, i + 1, rightTo);
            if (left && (right || listed)) {
                s.mark(leftFrom, i);
            }
            if (right && (left || listed)) {
                s.mark(i + 1, rightTo);
            }
        }
    }

    private static boolean componentWord(NameScan s, int i) {
        byte c = s.cls[i];
        return c == NameTokens.PARTICLE || NameTokens.nameLike(c) && s.capital(i);
    }

    private static boolean hasStrong(NameScan s, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (s.cls[k] == NameTokens.STRONG) {
                return true;
            }
        }
        return false;
    }

    private static void commaPairsAndSegments(NameScan s) {
        TokenizedText t = s.t;
        int i = 0;
        while (i < t.count) {
            int j = i;
            while (j + 1 < t.count && NameGaps.inside(t, j)) {
                j++;
            }
            boolean allNames = true;
            for (int k = i; k <= j; k++) {
                allNames &= segmentWord(s, k);
            }
            int words = j - i + 1;
            if (allNames && words >= 2 && words <= MAX_COMPONENT) {
                s.mark(i, j);
            }
            for (int k = i; k < j; k++) {
                if (NameGaps.has(t, k, ',') && segmentWord(s, k) && segmentWord(s, k + 1)) {
                    s.name[k] = true;
                    s.name[k + 1] = true;
                }
            }
            i = j + 1;
        }
    }

    private static boolean segmentWord(NameScan s, int k) {
        byte c = s.cls[k];
        return (c == NameTokens.STRONG || c == NameTokens.UNKNOWN || c == NameTokens.WEAK && !s.t.lex(k, Lexicon.CUE))
                && s.capital(k) && s.t.foldedLength(k) >= 2;
    }
}
