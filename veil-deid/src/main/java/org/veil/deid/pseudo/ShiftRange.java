package org.veil.deid.pseudo;

/**
 * The closed range of day offsets a {@link DateShifter} draws from. The default, -365..-1, moves every date into
 * the past by one day to one year and never leaves a date unchanged. Zero is only possible when the range holds it.
 *
 * @param minDays the smallest offset, at least -36525 (about 100 years)
 * @param maxDays the largest offset, at most 36525
 */
public record ShiftRange(int minDays, int maxDays) {
    /** The largest offset magnitude allowed. */
    public static final int LIMIT = 36525;
    /** -365..-1. */
    public static final ShiftRange DEFAULT = new ShiftRange(-365, -1);

    public ShiftRange {
        if (minDays > maxDays) {
            throw new IllegalArgumentException("date shift range " + minDays + ".." + maxDays + " is empty");
        }
        if (minDays < -LIMIT || maxDays > LIMIT) {
            throw new IllegalArgumentException("date shift range " + minDays + ".." + maxDays + " exceeds +-" + LIMIT
                    + " days");
        }
    }

    /** The number of offsets in the range. */
    public int size() {
        return maxDays - minDays + 1;
    }

    /** True when the offset lies in the range. */
    public boolean contains(int days) {
        return days >= minDays && days <= maxDays;
    }
}
