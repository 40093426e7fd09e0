package org.veil.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds times of day: 10:30, 10:30:15.123, 9:05 pm, 10.30 am, 10am, 14h30, 1430 hrs. A bare "10.30" is a decimal
 * number, not a time. Runs after the date detector, so the time inside a DICOM DT value is the date's business.
 */
final class TimeDetector {

    private static final String BEFORE = "(?<![\\d:.,]|[\\p{L}&&[^T]])";
    private static final String AMPM = "\\s?[AaPp]\\.?[Mm]\\.?(?!\\p{L})";
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile(BEFORE + "(?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:[.,]\\d{1,6})?)?(?:" + AMPM
                    + ")?(?![\\d:]|[.,]\\d|\\p{L})"),
            Pattern.compile(BEFORE + "(?:1[0-2]|0?[1-9])(?:[.:][0-5]\\d)?" + AMPM),
            Pattern.compile(BEFORE + "(?:[01]?\\d|2[0-3])[hH][0-5]\\d(?![\\p{L}\\d])"),
            Pattern.compile(BEFORE + "(?:[01]\\d|2[0-3])[0-5]\\d\\s?(?:hrs|hours|hr|h|Uhr)(?![\\p{L}\\d])",
                    Pattern.CASE_INSENSITIVE));

    void detect(TokenizedText t, HitList hits) {
        if (!t.has(TokenizedText.T_DIGIT)) {
            return;
        }
        boolean colon = t.has(TokenizedText.T_COLON);
        boolean words = (t.lexUnion & Lexicon.TIME_WORD) != 0 || t.mixedTokens > 0;
        for (int k = 0; k < PATTERNS.size(); k++) {
            if (k == 0 ? !colon : !words) {
                continue;
            }
            Matcher m = PATTERNS.get(k).matcher(t.text);
            while (m.find()) {
                if (!hits.covers(m.start(), m.end())) {
                    hits.add(FindingCategory.TIME, m.start(), m.end());
                }
            }
        }
    }
}
