package org.veil.text;

import java.time.LocalDate;

/**
 * Moves a date found in free text, typically by the patient's day offset so that intervals between a patient's
 * dates survive. The scrubber writes the result back in the format the date was written in ("03/12/2021",
 * "March 3, 2021", "20210312"). The caller derives the offset (e.g. from an HMAC of the patient); the scrubber never
 * sees it.
 */
@FunctionalInterface
public interface DateTextShifter {

    /**
     * @param date a date read from the text
     * @return the date to write instead; never null
     */
    LocalDate shift(LocalDate date);

    /** Shifts every date by a fixed number of days (negative moves back in time). */
    static DateTextShifter byDays(int days) {
        return date -> date.plusDays(days);
    }
}
