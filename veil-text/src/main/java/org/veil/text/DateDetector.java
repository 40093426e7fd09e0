package org.veil.text;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates: ISO (2021-03-12, 2021/3/12), compact (20210312, DICOM DT 20210312103000), numeric with day
 * and month in either order (03/12/2021, 3-12-21, 03.12.2021) and written (March 3, 2021; 3 Mar 21; 3rd of March
 * 2021; Mar 2021; 2021-Mar-03; 3. März 2021; le 3 mars 2021). Each is shifted by the {@link DateTextShifter} and
 * written back in its own format, or replaced. Years alone ("2021") are not dates here.
 */
final class DateDetector {

    private static final String L = "[\\p{L}\\d]";
    private static final String NOT_BEFORE = "(?<![\\p{L}\\d.\\-/])";
    private static final String NOT_AFTER = "(?![\\d]|[\\p{L}&&[^T]]|[.\\-/]\\d)";
    private static final String MON = "(?<mon>" + MonthNames.ALTERNATION + ")";
    private static final String DAY = "(?<day>0?[1-9]|[12]\\d|3[01])";
    private static final String ORD = "(?<ord>st|nd|rd|th|er|\\.)?";
    private static final String YEAR4 = "(?<year>1[89]\\d\\d|2[01]\\d\\d)";
    private static final String YEAR = "(?:'(?<year2>\\d\\d)|(?<year>1[89]\\d\\d|2[01]\\d\\d))";
    private static final String YEAR_ANY = "(?:'?(?<year2>\\d\\d)|(?<year>1[89]\\d\\d|2[01]\\d\\d))";

    private static final Pattern ISO = Pattern.compile(NOT_BEFORE + YEAR4
            + "(?<sep>[\\-/.])(?<mon>0?[1-9]|1[0-2])\\k<sep>" + DAY + NOT_AFTER);
    private static final Pattern COMPACT = Pattern.compile(NOT_BEFORE + YEAR4
            + "(?<mon>0[1-9]|1[0-2])(?<day>0[1-9]|[12]\\d|3[01])"
            + "(?<time>(?:[01]\\d|2[0-3])[0-5]\\d(?:[0-5]\\d(?:\\.\\d{1,6})?)?)?(?![\\p{L}\\d]|[.\\-/]\\d)");
    private static final Pattern NUMERIC = Pattern.compile(NOT_BEFORE
            + "(?<a>\\d{1,2})(?<sep>[\\-/.])(?<b>\\d{1,2})\\k<sep>(?<year>\\d{4}|\\d{2})" + NOT_AFTER);
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<!" + L + ")" + DAY + ORD
            + "(?:\\s+(?:of|de|del)\\s+|[\\s\\-/.]*)" + MON + "\\.?(?:\\s+(?:de|del)\\s+|,?\\s*|[\\-/.]\\s*)"
            + YEAR_ANY + "(?!" + L + ")", FLAGS);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?<!" + L + ")" + MON + "\\.?[\\s\\-/]*" + DAY
            + "(?<ord>st|nd|rd|th)?(?:,\\s*|\\s+|[\\-/])" + YEAR + "(?!" + L + ")", FLAGS);
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(?<!" + L + ")" + YEAR4 + "[\\s\\-/.]" + MON
            + "\\.?[\\s\\-/.]" + DAY + "(?!" + L + ")", FLAGS);
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<!" + L + ")" + MON + "\\.?(?:,\\s*|\\s+|[\\-/])"
            + YEAR + "(?!" + L + ")", FLAGS);
    private static final Pattern DAY_MONTH = Pattern.compile("(?<!" + L + ")" + DAY + ORD
            + "\\s*(?:of\\s+|de\\s+)?" + MON + "(?!\\p{L})", FLAGS);
    private static final Pattern MONTH_DAY = Pattern.compile("(?<!" + L + ")" + MON + "\\.?\\s+" + DAY
            + "(?<ord>st|nd|rd|th)?(?!" + L + ")(?!\\s*[:.,]?\\s*\\d)", FLAGS);

    private static final List<Pattern> WRITTEN = List.of(DAY_MONTH_YEAR, MONTH_DAY_YEAR, YEAR_MONTH_DAY, MONTH_YEAR);
    private static final List<Pattern> WRITTEN_NO_YEAR = List.of(DAY_MONTH, MONTH_DAY);

    private static final Map<Pattern, Set<String>> GROUPS = groupNames(ISO, COMPACT, NUMERIC, DAY_MONTH_YEAR,
            MONTH_DAY_YEAR, YEAR_MONTH_DAY, MONTH_YEAR, DAY_MONTH, MONTH_DAY);

    private final ScrubPolicy policy;

    DateDetector(ScrubPolicy policy) {
        this.policy = policy;
    }

    void detect(TokenizedText t, DateTextShifter shifter, HitList hits) {
        if (!t.has(TokenizedText.T_DIGIT)) {
            return;
        }
        String s = t.text;
        if (t.longestNumber >= 8) {
            scan(COMPACT, s, shifter, hits);
        }
        if (t.numberTokens >= 3) {
            scan(ISO, s, shifter, hits);
            scanNumeric(s, shifter, hits);
        }
        if ((t.lexUnion & Lexicon.MONTH) != 0) {
            for (Pattern p : WRITTEN) {
                scan(p, s, shifter, hits);
            }
            for (Pattern p : WRITTEN_NO_YEAR) {
                scan(p, s, shifter, hits);
            }
        }
    }

    private void scan(Pattern pattern, String s, DateTextShifter shifter, HitList hits) {
        Matcher m = pattern.matcher(s);
        while (m.find()) {
            if (hits.covers(m.start(), m.end())) {
                continue;
            }
            WrittenDate w = fields(m, pattern);
            if (w != null && w.date() != null) {
                hits.add(hit(w, shifter));
            }
        }
    }

    private static WrittenDate fields(Matcher m, Pattern pattern) {
        WrittenDate w = new WrittenDate(m.group(), 0, m.end() - m.start());
        int base = m.start();
        if (groupStart(m, "year") >= 0) {
            w.year(m.start("year") - base, m.end("year") - base);
        } else if (groupStart(m, "year2") >= 0) {
            w.year(m.start("year2") - base, m.end("year2") - base);
        }
        w.month(m.start("mon") - base, m.end("mon") - base);
        if (groupStart(m, "day") >= 0) {
            w.day(m.start("day") - base, m.end("day") - base);
        }
        if (groupStart(m, "ord") >= 0) {
            w.ordinal(m.start("ord") - base, m.end("ord") - base);
        }
        if (pattern == COMPACT && m.group("time") != null) {
            w.time(m.start("time") - base, m.end("time") - base);
        }
        if ((pattern == DAY_MONTH || pattern == MONTH_DAY) && !capitalisedOrForeign(m.group("mon"))) {
            return null;
        }
        return w.withOffset(base);
    }

    private static boolean capitalisedOrForeign(String month) {
        return Character.isUpperCase(month.charAt(0)) || !MonthNames.isAmbiguousWord(month) && month.length() >= 4;
    }

    private static int groupStart(Matcher m, String group) {
        return GROUPS.get(m.pattern()).contains(group) ? m.start(group) : -1;
    }

    private static Map<Pattern, Set<String>> groupNames(Pattern... patterns) {
        Pattern name = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
        Map<Pattern, Set<String>> out = new IdentityHashMap<>();
        for (Pattern p : patterns) {
            Set<String> names = new HashSet<>();
            Matcher m = name.matcher(p.pattern());
            while (m.find()) {
                names.add(m.group(1));
            }
            out.put(p, names);
        }
        return out;
    }

    private void scanNumeric(String s, DateTextShifter shifter, HitList hits) {
        Matcher m = NUMERIC.matcher(s);
        while (m.find()) {
            if (hits.covers(m.start(), m.end())) {
                continue;
            }
            WrittenDate w = numeric(m);
            if (w != null) {
                hits.add(hit(w, shifter));
            }
        }
    }

    /** Day and month in the order the separator, the values and the policy give; null when no order fits. */
    private WrittenDate numeric(Matcher m) {
        String a = m.group("a");
        String b = m.group("b");
        char sep = m.group("sep").charAt(0);
        boolean shortYear = m.group("year").length() == 2;
        if (shortYear && sep != '/' && (a.length() < 2 || b.length() < 2)) {
            return null;
        }
        int va = Integer.parseInt(a);
        int vb = Integer.parseInt(b);
        boolean dayFirst = va > 12 || vb <= 12 && (sep == '.' || policy.dateOrder() == ScrubPolicy.DateOrder.DAY_FIRST);
        WrittenDate w = numeric(m, dayFirst);
        if (w.date() == null) {
            w = numeric(m, !dayFirst);
        }
        return w.date() == null ? null : w;
    }

    private static WrittenDate numeric(Matcher m, boolean dayFirst) {
        int base = m.start();
        WrittenDate w = new WrittenDate(m.group(), 0, m.end() - base);
        String dayGroup = dayFirst ? "a" : "b";
        String monthGroup = dayFirst ? "b" : "a";
        w.year(m.start("year") - base, m.end("year") - base);
        w.month(m.start(monthGroup) - base, m.end(monthGroup) - base);
        w.day(m.start(dayGroup) - base, m.end(dayGroup) - base);
        return w.withOffset(base);
    }

    private Hit hit(WrittenDate w, DateTextShifter shifter) {
        String rewrite = null;
        if (policy.dates() == ScrubPolicy.Dates.SHIFT && shifter != null) {
            LocalDate shifted = shifter.shift(w.date());
            if (shifted == null) {
                throw new IllegalStateException("DateTextShifter returned null for the date at offset "
                        + w.originalStart());
            }
            rewrite = w.render(shifted, !policy.detects(FindingCategory.TIME));
        }
        return new Hit(FindingCategory.DATE, w.originalStart(), w.originalEnd(), rewrite, null);
    }
}
