package org.veil.deid.pseudo;

import java.time.LocalDate;

/**
 * A shift of all of one patient's dates by a whole number of days. Whole days keep every interval between the
 * patient's dates and date-times exact (to the microsecond), keep times of day, fractions and UTC offsets as written,
 * and keep ages: AS values are not touched, and the number of days between a shifted birth date and a shifted study
 * date equals the original one. TM values are left unchanged (a day-granular shift does not move the time of day).
 *
 * <p>Rules, per value (multi-valued attributes are shifted value by value; spaces around a value are padding and
 * dropped; an empty value stays empty):
 * <ul>
 *   <li>DA {@code YYYYMMDD} moves by the offset; the retired {@code YYYY.MM.DD} is accepted and written as
 *       {@code YYYYMMDD}.</li>
 *   <li>DT keeps its precision: the date part moves by the offset and everything after it (hours to fraction, and
 *       {@code &ZZXX}) stays as written. A partial DT ({@code YYYY} or {@code YYYYMM}) stands for its first day:
 *       {@code 202103} shifted by -100 days is 1 March 2021 - 100 days = 21 November 2020, written {@code 202011}. So
 *       partial values keep their intervals only to within one month or year.</li>
 *   <li>Ranges of query keys ({@code A-B}, {@code -B}, {@code A-}) shift each end; see {@link #dateTimeRange}.</li>
 *   <li>Anything else, or a result outside the years 0001-9999, is {@link Outcome.Invalid} with a reason that never
 *       contains the value, so the caller can remove the attribute.</li>
 * </ul>
 *
 * @param days the offset, negative moves into the past
 */
public record DateShift(int days) {

    /** A DA value, possibly multi-valued. */
    public Outcome date(String value) {
        return ValueRewrite.eachValue("DA", value, this::shiftDate);
    }

    /** A DT value, possibly multi-valued. */
    public Outcome dateTime(String value) {
        return ValueRewrite.eachValue("DT", value, v -> DtValue.parse(v).shifted(days));
    }

    /** A DA query key: a single date or a range {@code A-B}, {@code -B} or {@code A-}. */
    public Outcome dateRange(String value) {
        String text = value == null ? "" : value.strip();
        int dash = text.indexOf('-');
        if (dash < 0) {
            return date(text);
        }
        if (text.indexOf('-', dash + 1) >= 0 || text.length() == 1) {
            return Outcome.invalid("DA range is not A-B, -B or A-");
        }
        try {
            return Outcome.ok(rangeEnd(text.substring(0, dash), this::shiftDate) + "-"
                    + rangeEnd(text.substring(dash + 1), this::shiftDate));
        } catch (ValueProblem problem) {
            return Outcome.invalid("DA range: " + problem.getMessage());
        }
    }

    /**
     * A DT query key: a single DT or a range. Because a UTC offset may also contain '-', every '-' is tried as the
     * separator; the input is a range when exactly one split gives valid DT ends (or an empty end), and
     * {@link Outcome.Invalid} when none or several do. A single DT with a negative offset ({@code 2007-0500}) thus
     * reads as a range here: use {@link #dateTime} for values that are not query keys.
     */
    public Outcome dateTimeRange(String value) {
        String text = value == null ? "" : value.strip();
        if (text.indexOf('-') < 0) {
            return dateTime(text);
        }
        String found = null;
        for (int dash = text.indexOf('-'); dash >= 0; dash = text.indexOf('-', dash + 1)) {
            String shifted = shiftedRange(text.substring(0, dash), text.substring(dash + 1));
            if (shifted != null && found != null) {
                return Outcome.invalid("DT range is ambiguous (several '-' could separate it)");
            }
            found = shifted == null ? found : shifted;
        }
        return found == null ? Outcome.invalid("DT range is not A-B, -B or A-") : Outcome.ok(found);
    }

    /** An AS value: validated and returned unchanged, since a shift does not change ages. */
    public Outcome age(String value) {
        return ValueRewrite.eachValue("AS", value, v -> AgeString.parse(v).text());
    }

    private String shiftDate(String value) throws ValueProblem {
        LocalDate date = DaValue.parse(value);
        return DaValue.format(date.plusDays(days));
    }

    private String shiftedRange(String from, String to) {
        if (from.isEmpty() && to.isEmpty()) {
            return null;
        }
        try {
            ValueRewrite dt = v -> DtValue.parse(v).shifted(days);
            return rangeEnd(from, dt) + "-" + rangeEnd(to, dt);
        } catch (ValueProblem problem) {
            return null;
        }
    }

    private static String rangeEnd(String end, ValueRewrite rewrite) throws ValueProblem {
        return end.isEmpty() ? "" : rewrite.apply(end);
    }
}
