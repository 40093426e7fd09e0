package org.veil.deid.pseudo;

/**
 * One AS value (PS3.5 Table 6.2-1): {@code nnnD}, {@code nnnW}, {@code nnnM} or {@code nnnY}. Spaces around it are
 * padding.
 *
 * @param number 0..999
 * @param unit   'D', 'W', 'M' or 'Y'
 */
record AgeString(int number, char unit) {

    static AgeString parse(String raw) throws ValueProblem {
        String text = raw.strip();
        if (text.length() != 4) {
            throw new ValueProblem("AS is not nnnD, nnnW, nnnM or nnnY");
        }
        int number = Digits.read(text, 0, 3);
        char unit = text.charAt(3);
        if (number < 0 || "DWMY".indexOf(unit) < 0) {
            throw new ValueProblem("AS is not nnnD, nnnW, nnnM or nnnY");
        }
        return new AgeString(number, unit);
    }

    /**
     * True when the age is at least the given number of years. Months, weeks and days count as 1/12, 7/365.2425 and
     * 1/365.2425 years (the mean Gregorian year).
     */
    boolean atLeastYears(int years) {
        return (long) number * twelfthDays(unit) >= years * twelfthDays('Y');
    }

    /** The length of one unit in 1/120000 days, exact for all four units (a year is 365.2425 days). */
    private static long twelfthDays(char unit) {
        return switch (unit) {
            case 'D' -> 120_000L;
            case 'W' -> 840_000L;
            case 'M' -> 3_652_425L;
            default -> 43_829_100L;
        };
    }

    String text() {
        return Digits.pad(number, 3) + unit;
    }
}
