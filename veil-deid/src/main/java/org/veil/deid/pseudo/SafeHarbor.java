package org.veil.deid.pseudo;

import java.time.LocalDate;
import java.time.Period;

/**
 * Generalisation required by the HIPAA Safe Harbor method (45 CFR 164.514(b)(2)(i)): dates to the year, ages of 90
 * or more to one category, ZIP codes to three digits. Stateless and deterministic.
 *
 * <p>Choices where the rule leaves the DICOM encoding open:
 * <ul>
 *   <li>DA keeps only its year as the valid date {@code YYYY0101}; DT becomes {@code YYYY} (a valid DT of year
 *       precision; time and UTC offset are dropped). TM values are elements of a date and should be removed by the
 *       caller.</li>
 *   <li>An age of 90 years or more becomes {@code 090Y}; ages in days, weeks or months are compared with 90 mean
 *       Gregorian years (none of them can reach it in three digits, so they are kept).</li>
 *   <li>A birth date becomes its year ({@code YYYY0101}), except that a patient aged 90 or more on the reference date
 *       (usually the Study Date) gets the year reference-year - 90, so the birth year says "90 or older" and
 *       nothing more.</li>
 * </ul>
 */
public final class SafeHarbor {
    /** The single category for ages of 90 and over. */
    public static final String AGE_90_OR_OVER = "090Y";
    private static final int AGE_LIMIT = 90;

    private SafeHarbor() {
    }

    /** DA (possibly multi-valued) to {@code YYYY0101}. */
    public static Outcome date(String value) {
        return ValueRewrite.eachValue("DA", value, v -> yearDate(DaValue.parse(v).getYear()));
    }

    /** DT (possibly multi-valued) to {@code YYYY}. */
    public static Outcome dateTime(String value) {
        return ValueRewrite.eachValue("DT", value, v -> DtValue.parse(v).year());
    }

    /** AS: 90 years or more to {@code 090Y}, younger ages unchanged. */
    public static Outcome age(String value) {
        return ValueRewrite.eachValue("AS", value, v -> {
            AgeString age = AgeString.parse(v);
            return age.atLeastYears(AGE_LIMIT) ? AGE_90_OR_OVER : age.text();
        });
    }

    /**
     * Patient's Birth Date generalised against a reference date (both DA). Invalid when the birth date is invalid, or
     * when a birth date is present and the reference date is missing or invalid, since then the age cannot be told;
     * the caller should remove the birth date.
     */
    public static Outcome birthDate(String birthDate, String referenceDate) {
        if (birthDate == null || birthDate.isBlank()) {
            return Outcome.ok("");
        }
        try {
            LocalDate birth = DaValue.parse(birthDate);
            if (referenceDate == null || referenceDate.isBlank()) {
                return Outcome.invalid("DA birth date: no reference date to tell an age of 90 or more");
            }
            LocalDate reference = DaValue.parse(referenceDate);
            boolean ninetyOrOver = !birth.isAfter(reference) && Period.between(birth, reference).getYears() >= AGE_LIMIT;
            return Outcome.ok(yearDate(ninetyOrOver ? reference.getYear() - AGE_LIMIT : birth.getYear()));
        } catch (ValueProblem problem) {
            return Outcome.invalid("DA birth or reference date: " + problem.getMessage());
        }
    }

    /**
     * A US ZIP code ({@code 12345}, {@code 12345-6789} or {@code 123456789}) to its first three digits, or to
     * {@code 000} for the 17 prefixes of areas with 20,000 or fewer people (see {@link RestrictedZip3}).
     */
    public static Outcome zip(String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return Outcome.ok("");
        }
        boolean plain = text.length() == 5 || text.length() == 9;
        boolean plus4 = text.length() == 10 && text.charAt(5) == '-' && Digits.run(text, 6) == 4;
        if (!(plain && Digits.run(text, 0) == text.length()) && !(plus4 && Digits.run(text, 0) == 5)) {
            return Outcome.invalid("ZIP: not a 5-digit US ZIP code or ZIP+4");
        }
        String prefix = text.substring(0, 3);
        return Outcome.ok(RestrictedZip3.PREFIXES.contains(prefix) ? "000" : prefix);
    }

    private static String yearDate(int year) throws ValueProblem {
        DaValue.checkYear(year, "year");
        return Digits.pad(year, 4) + "0101";
    }
}
