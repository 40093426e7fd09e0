package org.veil.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds ZIP and postal codes, and the city next to them: ZIP+4 anywhere; "Boston, MA 02114" (the state stays);
 * UK ("SW1A 1AA") and Canadian ("K1A 0B1") codes; country-prefixed codes ("D-10115"); codes after a word such as
 * "ZIP" or "PLZ"; and a 4-5 digit code with its city right after a street address ("..., 10115 Berlin").
 */
final class PostalCodeDetector {

    private static final List<Pattern> ANYWHERE = List.of(
            Pattern.compile("(?<![\\p{L}\\d\\-])\\d{5}-\\d{4}(?![\\p{L}\\d]|-\\d)"),
            Pattern.compile("(?<![\\p{L}\\d])[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPR-TV-Z] ?\\d[ABCEGHJ-NPR-TV-Z]\\d"
                    + "(?![\\p{L}\\d])"),
            Pattern.compile("(?<![\\p{L}\\d\\-])(?:D|A|CH|F|B|NL|L|I|E|P|S|N|DK|FIN|FI|PL|CZ|SK|H|SI|HR|LT|LV|EE)"
                    + "-\\d{4,5}(?![\\p{L}\\d])"),
            Pattern.compile("(?<!\\p{L})(?i:zip|zip\\s?code|postcode|postal\\s?code|post\\s?code|plz|cp|cep|npa)"
                    + "\\s*[:#]?\\s*(?<code>\\d{4} ?[A-Z]{2}|\\d{3,5}(?:-\\d{3,4}| \\d{2})?"
                    + "|[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}|[A-Z]\\d[A-Z] ?\\d[A-Z]\\d)(?![\\p{L}\\d])"));
    private static final int CUE_PATTERN = 3;
    private static final Pattern UK = Pattern.compile(
            "(?<![\\p{L}\\d])(?<outward>[A-Z]{1,2}\\d[A-Z\\d]?) ?\\d[A-Z]{2}(?![\\p{L}\\d])");

    void detect(TokenizedText t, HitList hits) {
        if (!t.has(TokenizedText.T_DIGIT)) {
            return;
        }
        for (int k = 0; k < ANYWHERE.size(); k++) {
            if (!worthTrying(t, k)) {
                continue;
            }
            Pattern p = ANYWHERE.get(k);
            Matcher m = p.matcher(t.text);
            boolean cue = k == CUE_PATTERN;
            while (m.find()) {
                int from = cue ? m.start("code") : m.start();
                int to = cue ? m.end("code") : m.end();
                if (!hits.covers(from, to)) {
                    hits.add(FindingCategory.POSTAL_CODE, from, to);
                }
            }
        }
        if (t.mixedTokens > 0) {
            uk(t, hits);
        }
        for (int i = 0; i < t.count; i++) {
            if (t.is(i, TokenizedText.NUMBER)) {
                afterState(t, i, hits);
                if (!hits.coversToken(t, i)) {
                    afterAddress(t, i, hits);
                }
            }
        }
    }

    /** Cheap checks on the text before a pattern is run. */
    private static boolean worthTrying(TokenizedText t, int pattern) {
        return switch (pattern) {
            case 0 -> t.digitCount >= 9 && t.has(TokenizedText.T_HYPHEN);
            case 1 -> t.mixedTokens > 0;
            case 2 -> t.digitCount >= 4 && t.has(TokenizedText.T_HYPHEN);
            default -> (t.lexUnion & Lexicon.POSTAL_CUE) != 0;
        };
    }

    private static void uk(TokenizedText t, HitList hits) {
        Matcher m = UK.matcher(t.text);
        while (m.find()) {
            int outward = t.tokenStartingAt(m.start("outward"));
            boolean clinical = outward >= 0 && t.lex(outward, Lexicon.CLINICAL);
            if (!clinical && !hits.covers(m.start(), m.end())) {
                hits.add(FindingCategory.POSTAL_CODE, m.start(), m.end());
            }
        }
    }

    /** "Springfield, IL 62704": the ZIP after a state, and the city before it (the state stays). */
    private static void afterState(TokenizedText t, int i, HitList hits) {
        int len = t.foldedLength(i);
        if (len != 5 || i == 0 || !t.lex(i - 1, Lexicon.STATE) || !t.softGapAfter(i - 1)
                || !t.is(i - 1, TokenizedText.CAPITAL)) {
            return;
        }
        if (!hits.coversToken(t, i)) {
            hits.add(FindingCategory.POSTAL_CODE, t.start[i], t.end[i]);
        }
        int state = i - 1;
        if (state > 0 && t.gapAfterContains(state - 1, ',') && t.softGapAfter(state - 1)) {
            int cityEnd = state - 1;
            int cityStart = cityEnd;
            while (cityStart - 1 >= 0 && cityEnd - cityStart < 2 && cityWord(t, cityStart - 1)
                    && spaceOnly(t, cityStart - 1)) {
                cityStart--;
            }
            boolean city = cityWord(t, cityEnd) || t.is(cityEnd, TokenizedText.ALPHA)
                    && t.is(cityEnd, TokenizedText.CAPITAL) && t.foldedLength(cityEnd) >= 3;
            if (city && !hits.covers(t.start[cityStart], t.end[cityEnd])) {
                hits.add(FindingCategory.ADDRESS, t.start[cityStart], t.end[cityEnd]);
            }
        }
    }

    /**
     * "Kerkstraat 12, 1012 AB Amsterdam", "12 rue X, 75002 Paris", "Storgatan 9, 111 52 Stockholm",
     * "Rua das Flores 22, 4050-262 Porto": a code (one or two number groups, 4 to 8 digits, maybe two letters)
     * and its city after a street.
     */
    private static void afterAddress(TokenizedText t, int i, HitList hits) {
        if (i == 0 || !t.softGapAfter(i - 1) || !hits.covers(t.start[i - 1], t.end[i - 1])
                || !t.gapAfterContains(i - 1, ',')) {
            return;
        }
        int end = i;
        int digits = t.foldedLength(i);
        if (end + 1 < t.count && t.softGapAfter(end) && t.is(end + 1, TokenizedText.NUMBER)
                && t.start[end + 1] - t.end[end] == 1 && digits + t.foldedLength(end + 1) <= 8) {
            end++;
            digits += t.foldedLength(end);
        }
        if (digits < 4 || digits > 8) {
            return;
        }
        if (end + 1 < t.count && t.softGapAfter(end) && t.foldedLength(end + 1) == 2
                && t.is(end + 1, TokenizedText.ALL_UPPER) && t.is(end + 1, TokenizedText.ALPHA)) {
            end++;
        }
        hits.add(FindingCategory.POSTAL_CODE, t.start[i], t.end[end]);
        int city = end + 1;
        if (city < t.count && t.softGapAfter(end) && cityWord(t, city)) {
            int cityEnd = city;
            while (cityEnd + 1 < t.count && cityEnd - city < 2 && spaceOnly(t, cityEnd) && cityWord(t, cityEnd + 1)) {
                cityEnd++;
            }
            hits.add(FindingCategory.ADDRESS, t.start[city], t.end[cityEnd]);
        }
    }

    private static boolean spaceOnly(TokenizedText t, int i) {
        if (!t.softGapAfter(i)) {
            return false;
        }
        for (int k = t.end[i]; k < t.start[i + 1]; k++) {
            if (t.text.charAt(k) != ' ' && t.text.charAt(k) != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean cityWord(TokenizedText t, int i) {
        return t.is(i, TokenizedText.ALPHA) && t.foldedLength(i) >= 3 && t.is(i, TokenizedText.CAPITAL) && !t.lex(i, Lexicon.CLINICAL)
                && !t.lex(i, Lexicon.STATE);
    }
}
