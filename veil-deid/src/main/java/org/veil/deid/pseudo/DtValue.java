package org.veil.deid.pseudo;

import java.time.LocalDate;

/**
 * One DT value (PS3.5 Table 6.2-1): {@code YYYY[MM[DD[HH[MM[SS[.F{1-6}]]]]]][&ZZXX]}, with the date part parsed and
 * the rest (time digits, fraction, UTC offset) validated and kept as written. Spaces around the value are padding.
 *
 * @param dateDigits 4, 6 or 8: how much of the date is given
 * @param anchor     the date, or the first day of the month or year it stands for
 * @param rest       everything after the date digits, exactly as written
 */
record DtValue(int dateDigits, LocalDate anchor, String rest) {
    private static final int MAX_OFFSET = 1400;
    private static final int MIN_OFFSET = -1200;

    static DtValue parse(String raw) throws ValueProblem {
        String text = raw.strip();
        int digits = Digits.run(text, 0);
        if (digits < 4 || digits > 14 || digits % 2 != 0) {
            throw new ValueProblem("not YYYY[MM[DD[HH[MM[SS]]]]] (" + digits + " leading digits)");
        }
        int dateDigits = Math.min(digits, 8);
        String month = dateDigits >= 6 ? text.substring(4, 6) : "01";
        String day = dateDigits == 8 ? text.substring(6, 8) : "01";
        LocalDate anchor = DaValue.date(text.substring(0, 4), month, day);
        checkTime(text, digits);
        int end = fraction(text, digits);
        offset(text, end);
        return new DtValue(dateDigits, anchor, text.substring(dateDigits));
    }

    /** The value with its date moved by the days, at the same precision and with the same rest. */
    String shifted(int days) throws ValueProblem {
        String date = DaValue.format(anchor.plusDays(days));
        return date.substring(0, dateDigits) + rest;
    }

    /** The year alone. */
    String year() {
        return Digits.pad(anchor.getYear(), 4);
    }

    private static void checkTime(String text, int digits) throws ValueProblem {
        int[] max = {23, 59, 60};
        String[] names = {"hour", "minute", "second"};
        for (int field = 0; 8 + 2 * field < digits; field++) {
            if (Digits.read(text, 8 + 2 * field, 2) > max[field]) {
                throw new ValueProblem(names[field] + " out of range");
            }
        }
    }

    private static int fraction(String text, int digits) throws ValueProblem {
        if (digits >= text.length() || text.charAt(digits) != '.') {
            return digits;
        }
        if (digits != 14) {
            throw new ValueProblem("fraction without seconds");
        }
        int n = Digits.run(text, digits + 1);
        if (n < 1 || n > 6) {
            throw new ValueProblem("fraction of " + n + " digits (1-6 allowed)");
        }
        return digits + 1 + n;
    }

    private static void offset(String text, int at) throws ValueProblem {
        if (at == text.length()) {
            return;
        }
        char sign = text.charAt(at);
        if ((sign != '+' && sign != '-') || text.length() != at + 5 || Digits.run(text, at + 1) != 4) {
            throw new ValueProblem("unexpected characters after the time (offset must be +HHMM or -HHMM)");
        }
        int hours = Digits.read(text, at + 1, 2);
        int minutes = Digits.read(text, at + 3, 2);
        int value = (sign == '-' ? -1 : 1) * (hours * 100 + minutes);
        if (minutes > 59 || value < MIN_OFFSET || value > MAX_OFFSET) {
            throw new ValueProblem("UTC offset outside -1200..+1400");
        }
        if (sign == '-' && value == 0) {
            throw new ValueProblem("UTC offset -0000 is not allowed");
        }
    }
}
