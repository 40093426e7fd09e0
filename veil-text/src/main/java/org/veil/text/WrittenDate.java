package org.veil.text;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date as written in a text: where its year, month and day are, how each is spelled, and how to write another
 * date the same way (digits, padding, month name language and case, ordinal suffix, everything between kept).
 * A date without a year is read in the leap year 2000; one without a day on the 15th.
 */
final class WrittenDate {

    private static final int NO_YEAR = 2000;
    private static final int NO_DAY = 15;

    private final String text;
    final int start;
    final int end;
    private final int[] fieldStart = {-1, -1, -1, -1, -1};
    private final int[] fieldEnd = {-1, -1, -1, -1, -1};
    private static final int YEAR = 0;
    private static final int MONTH = 1;
    private static final int DAY = 2;
    private static final int ORDINAL = 3;
    private static final int TIME = 4;
    private int year = -1;
    private int month;
    private int day = -1;
    private MonthNames.Month monthName;
    private int offset;

    WrittenDate(String text, int start, int end) {
        this.text = text;
        this.start = start;
        this.end = end;
    }

    /** Places this date (read from a substring) at {@code offset} in the whole value. */
    WrittenDate withOffset(int offset) {
        this.offset = offset;
        return this;
    }

    int originalStart() {
        return offset + start;
    }

    int originalEnd() {
        return offset + end;
    }

    WrittenDate year(int from, int to) {
        fieldStart[YEAR] = from;
        fieldEnd[YEAR] = to;
        int y = Integer.parseInt(text, from, to, 10);
        year = to - from == 2 ? (y < 50 ? 2000 + y : 1900 + y) : y;
        return this;
    }

    WrittenDate month(int from, int to) {
        fieldStart[MONTH] = from;
        fieldEnd[MONTH] = to;
        if (Character.isDigit(text.charAt(from))) {
            month = Integer.parseInt(text, from, to, 10);
        } else {
            monthName = MonthNames.read(text.substring(from, to));
            month = monthName == null ? 0 : monthName.month();
        }
        return this;
    }

    WrittenDate day(int from, int to) {
        fieldStart[DAY] = from;
        fieldEnd[DAY] = to;
        day = Integer.parseInt(text, from, to, 10);
        return this;
    }

    WrittenDate ordinal(int from, int to) {
        if (from >= 0 && to > from) {
            fieldStart[ORDINAL] = from;
            fieldEnd[ORDINAL] = to;
        }
        return this;
    }

    /** A time of day glued to the date (DICOM DT "20210312103000"): kept or dropped when the date is rewritten. */
    WrittenDate time(int from, int to) {
        if (from >= 0 && to > from) {
            fieldStart[TIME] = from;
            fieldEnd[TIME] = to;
        }
        return this;
    }

    /** The date, or null when the fields do not make one (31 February, month 0). */
    LocalDate date() {
        if (month < 1 || month > 12) {
            return null;
        }
        try {
            return LocalDate.of(year < 0 ? NO_YEAR : year, month, day < 0 ? NO_DAY : day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code shifted} written like this date; the time part is dropped unless {@code keepTime}. */
    String render(LocalDate shifted, boolean keepTime) {
        StringBuilder sb = new StringBuilder(end - start + 4);
        int pos = start;
        for (int f = 0; f < fieldStart.length; f++) {
            int next = nextField(pos);
            if (next < 0) {
                break;
            }
            sb.append(text, pos, fieldStart[next]);
            sb.append(renderField(next, shifted, keepTime));
            pos = fieldEnd[next];
        }
        sb.append(text, pos, end);
        return sb.toString();
    }

    private int nextField(int from) {
        int best = -1;
        for (int f = 0; f < fieldStart.length; f++) {
            if (fieldStart[f] >= from && (best < 0 || fieldStart[f] < fieldStart[best])) {
                best = f;
            }
        }
        return best;
    }

    private String renderField(int field, LocalDate shifted, boolean keepTime) {
        int width = fieldEnd[field] - fieldStart[field];
        String original = text.substring(fieldStart[field], fieldEnd[field]);
        return switch (field) {
            case YEAR -> width == 2 ? pad(shifted.getYear() % 100, 2) : pad(shifted.getYear(), width);
            case MONTH -> monthName != null ? MonthNames.render(original, monthName, shifted.getMonthValue())
                    : pad(shifted.getMonthValue(), zeroPadded() ? 2 : 1);
            case DAY -> pad(shifted.getDayOfMonth(), zeroPadded() ? 2 : 1);
            case ORDINAL -> ordinal(original, shifted.getDayOfMonth());
            default -> keepTime ? original : "";
        };
    }

    /**
     * Whether day and month are written with a leading zero: yes when one of them has one ("03"), no when one of
     * them has a single digit ("3"), otherwise yes for all-numeric dates ("12/25/2021") and no for dates with a
     * month name ("25 March").
     */
    private boolean zeroPadded() {
        boolean single = false;
        for (int f : new int[] {MONTH, DAY}) {
            if (fieldStart[f] < 0 || f == MONTH && monthName != null) {
                continue;
            }
            if (text.charAt(fieldStart[f]) == '0') {
                return true;
            }
            single |= fieldEnd[f] - fieldStart[f] == 1;
        }
        return !single && monthName == null;
    }

    private static String pad(int value, int width) {
        String s = Integer.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    private static String ordinal(String original, int day) {
        String lower = original.toLowerCase(java.util.Locale.ROOT);
        String suffix;
        if (lower.equals(".")) {
            return original;
        } else if (lower.equals("er")) {
            suffix = day == 1 ? "er" : "";
        } else {
            int mod100 = day % 100;
            int mod10 = day % 10;
            suffix = mod100 >= 11 && mod100 <= 13 ? "th"
                    : mod10 == 1 ? "st" : mod10 == 2 ? "nd" : mod10 == 3 ? "rd" : "th";
        }
        return Character.isUpperCase(original.charAt(0)) ? suffix.toUpperCase(java.util.Locale.ROOT) : suffix;
    }
}
