package org.veil.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds telephone numbers and US social security numbers: international (+44 20 7946 0958), North American
 * ((617) 555-0134, 617.555.0134, 1-800-555-0199), European national (030 1234567, 01 23 45 67 89), anything with
 * digits after a phone word ("Tel: 4-5567", "pager 2231"), extensions, and ddd-dd-dddd.
 */
final class PhoneDetector {

    private static final String END = "(?![\\p{L}\\d]|[.\\-/]\\d)";
    private static final Pattern SSN = Pattern.compile("(?<![\\p{L}\\d\\-.])\\d{3}([\\- ])\\d{2}\\1\\d{4}" + END);
    private static final Pattern INTERNATIONAL = Pattern.compile(
            "(?<![\\p{L}\\d+])(?:\\+|00)[1-9]\\d{0,2}(?:[\\s.\\-]?\\(?\\d{1,5}\\)?){2,6}" + END);
    private static final Pattern NORTH_AMERICAN = Pattern.compile(
            "(?<![\\p{L}\\d\\-.])(?:1[\\s.\\-]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[\\s.\\-])\\d{3}[\\s.\\-]\\d{4}" + END);
    private static final Pattern NATIONAL = Pattern.compile(
            "(?<![\\p{L}\\d\\-.,])\\(?0\\d{1,4}\\)?(?:[\\s./\\-]\\d{2,8}){1,4}" + END);
    private static final Pattern AFTER_CUE = Pattern.compile(
            "(?i)(?<!\\p{L})(?:tel|tele|telephone|phone|ph|phn|fax|cell|mobile|mob|pager|beeper|bleep|ext|extn"
                    + "|telefon|telefono|t[ée]l[ée]phone|portable|gsm|handy)\\.?\\s*(?:no\\.?|nr\\.?|number|#)?"
                    + "\\s*[:#\\-]?\\s*(?<digits>\\+?[\\d(][\\d\\s().\\-/]{2,20}\\d)" + END);
    private static final Pattern EXTENSION = Pattern.compile(
            "(?i)^\\s*,?\\s*(?:ext|extn|x)\\.?\\s*\\d{1,6}" + END);

    void detect(TokenizedText t, HitList hits) {
        if (!t.has(TokenizedText.T_DIGIT)) {
            return;
        }
        String s = t.text;
        int digits = t.digitCount;
        if (digits >= 9) {
            scan(SSN, s, FindingCategory.SSN, 9, 9, hits);
        }
        if (digits >= 8) {
            scan(INTERNATIONAL, s, FindingCategory.PHONE, 8, 15, hits);
        }
        if (digits >= 10) {
            scan(NORTH_AMERICAN, s, FindingCategory.PHONE, 10, 11, hits);
        }
        if (digits >= 9) {
            scan(NATIONAL, s, FindingCategory.PHONE, 9, 12, hits);
        }
        if (digits < 4 || (t.lexUnion & Lexicon.PHONE_CUE) == 0) {
            return;
        }
        Matcher m = AFTER_CUE.matcher(s);
        while (m.find()) {
            int from = m.start("digits");
            int to = m.end("digits");
            if (!hits.covers(from, to) && digits(s, from, to) >= 4) {
                hits.add(FindingCategory.PHONE, from, extend(s, to));
            }
        }
    }

    private static void scan(Pattern p, String s, FindingCategory category, int minDigits, int maxDigits,
                             HitList hits) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            int n = digits(s, m.start(), m.end());
            if (n >= minDigits && n <= maxDigits && !hits.covers(m.start(), m.end())) {
                hits.add(category, m.start(), category == FindingCategory.PHONE ? extend(s, m.end()) : m.end());
            }
        }
    }

    /** Includes a following extension (", ext. 12", " x1234"). */
    private static int extend(String s, int end) {
        Matcher m = EXTENSION.matcher(s).region(end, s.length());
        m.useAnchoringBounds(true);
        return m.lookingAt() ? m.end() : end;
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (Character.isDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
