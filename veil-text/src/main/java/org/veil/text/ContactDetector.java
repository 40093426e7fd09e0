package org.veil.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds e-mail addresses, web addresses (with a scheme, starting with "www.", or a lower-case host name under a
 * common top-level domain) and IPv4 addresses.
 */
final class ContactDetector {

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\d._%+\\-])[\\p{L}\\d._%+\\-]+@[\\p{L}\\d\\-]+(?:\\.[\\p{L}\\d\\-]+)*\\.\\p{L}{2,}(?![\\p{L}\\d])");
    private static final Pattern URL = Pattern.compile(
            "(?i)(?<![\\p{L}\\d@])(?:(?:https?|ftps?|sftp|file|smb)://|www\\.)[^\\s<>\"'()\\[\\]{}\\\\|^]+");
    private static final Pattern HOST = Pattern.compile(
            "(?<![\\p{L}\\d@.\\-])(?:[a-z\\d][a-z\\d\\-]{2,}\\.)(?:[a-z\\d][a-z\\d\\-]*\\.)*"
                    + "(?:com|org|net|edu|gov|mil|int|info|biz|io|health|nhs|uk|de|fr|nl|be|ch|at|it|es|pt|se|no"
                    + "|dk|fi|pl|cz|ru|jp|cn|kr|au|ca|us|br|mx|ar|in|za|ie|eu|lu|gr|tr|il)"
                    + "(?:/[^\\s<>\"'()\\[\\]{}\\\\|^]*)?(?![\\p{L}\\d\\-])");
    private static final Pattern IPV4 = Pattern.compile(
            "(?<![\\d.])(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)"
                    + "(?![\\d]|\\.\\d)");

    void detect(TokenizedText t, HitList hits) {
        String s = t.text;
        if (t.has(TokenizedText.T_AT)) {
            scan(EMAIL, s, FindingCategory.EMAIL, hits);
        }
        if (t.has(TokenizedText.T_COLON) && s.contains("://") || t.has(TokenizedText.T_DOT)
                && (s.contains("www.") || s.contains("WWW.") || s.contains("Www."))) {
            scan(URL, s, FindingCategory.URL, hits);
        }
        if (t.has(TokenizedText.T_DOT) && t.has(TokenizedText.T_LOWER)) {
            scan(HOST, s, FindingCategory.URL, hits);
        }
        if (t.dotCount >= 3 && t.digitCount >= 4) {
            scan(IPV4, s, FindingCategory.URL, hits);
        }
    }

    private static void scan(Pattern p, String s, FindingCategory category, HitList hits) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            int end = trimTrailingPunctuation(s, m.start(), m.end());
            if (!hits.covers(m.start(), end)) {
                hits.add(category, m.start(), end);
            }
        }
    }

    private static int trimTrailingPunctuation(String s, int start, int end) {
        int e = end;
        while (e > start + 1 && ".,;:!?".indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        return e;
    }
}
