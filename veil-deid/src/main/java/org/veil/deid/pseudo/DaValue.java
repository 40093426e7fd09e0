package org.veil.deid.pseudo;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One DA value (PS3.5 Table 6.2-1): {@code YYYYMMDD}, or the retired ACR-NEMA form {@code YYYY.MM.DD} which is read
 * but never written. Spaces around the value are padding. Years 0001..9999.
 */
final class DaValue {
    static final int MIN_YEAR = 1;
    static final int MAX_YEAR = 9999;

    private DaValue() {
    }

    static LocalDate parse(String raw) throws ValueProblem {
        String text = raw.strip();
        if (text.length() == 10 && text.charAt(4) == '.' && text.charAt(7) == '.') {
            return date(text.substring(0, 4), text.substring(5, 7), text.substring(8, 10));
        }
        if (text.length() != 8) {
            throw new ValueProblem("not YYYYMMDD (" + text.length() + " characters)");
        }
        return date(text.substring(0, 4), text.substring(4, 6), text.substring(6, 8));
    }

    static String format(LocalDate date) throws ValueProblem {
        checkYear(date.getYear(), "shifted date");
        return Digits.pad(date.getYear(), 4) + Digits.pad(date.getMonthValue(), 2) + Digits.pad(date.getDayOfMonth(), 2);
    }

    static LocalDate date(String yyyy, String mm, String dd) throws ValueProblem {
        int year = Digits.read(yyyy, 0, 4);
        int month = Digits.read(mm, 0, 2);
        int day = Digits.read(dd, 0, 2);
        if (year < 0 || month < 0 || day < 0) {
            throw new ValueProblem("a date field is not all digits");
        }
        checkYear(year, "year");
        if (month < 1 || month > 12) {
            throw new ValueProblem("month out of range");
        }
        if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            throw new ValueProblem("day out of range for its month");
        }
        return LocalDate.of(year, month, day);
    }

    static void checkYear(int year, String what) throws ValueProblem {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new ValueProblem(what + " outside the years 0001-9999");
        }
    }
}
