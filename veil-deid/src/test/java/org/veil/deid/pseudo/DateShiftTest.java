package org.veil.deid.pseudo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected dates computed with Python's datetime, independently of the code under test. */
class DateShiftTest {
    private final DateShift back100 = new DateShift(-100);

    private static Outcome ok(String value) {
        return new Outcome.Ok(value);
    }

    @ParameterizedTest
    @CsvSource({"-100,20210301,20201121", "-1,20200301,20200229", "-365,20210101,20200102", "365,20000229,20010228",
        "0,20200101,20200101"})
    void date_fullDate_movedByDays(int days, String input, String expected) {
        assertEquals(ok(expected), new DateShift(days).date(input));
    }

    @Test
    void date_legacyDottedForm_writtenAsYyyymmdd() {
        assertEquals(ok("20201121"), back100.date("2021.03.01"));
    }

    @Test
    void date_padding_dropped() {
        assertEquals(ok("20201121"), back100.date("20210301 "));
    }

    @Test
    void date_multiValued_eachShiftedEmptyKept() {
        assertEquals(ok("20201121\\\\20191122"), back100.date("20210301\\\\20200301"));
    }

    @Test
    void date_emptyOrNull_empty() {
        assertEquals(ok(""), back100.date(""));
        assertEquals(ok(""), back100.date(null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"20211301|DA: month out of range", "20210230|DA: day out of range for its month",
        "2021030|DA: not YYYYMMDD (7 characters)", "2021O301|DA: a date field is not all digits",
        "00000101|DA: year outside the years 0001-9999", "20210229|DA: day out of range for its month"})
    void date_invalid_reasonWithoutValue(String input, String reason) {
        assertEquals(new Outcome.Invalid(reason), back100.date(input));
    }

    @Test
    void date_secondOfSeveralInvalid_namesValueNumber() {
        assertEquals(new Outcome.Invalid("DA value 2: month out of range"), back100.date("20210301\\20211301"));
    }

    @Test
    void date_shiftedBeforeYearOne_invalid() {
        assertEquals(new Outcome.Invalid("DA: shifted date outside the years 0001-9999"),
                new DateShift(-1).date("00010101"));
        assertEquals(new Outcome.Invalid("DA: shifted date outside the years 0001-9999"),
                new DateShift(1).date("99991231"));
    }

    @ParameterizedTest
    @CsvSource({"20210301,20201121", "2021030112,2020112112", "202103011213,202011211213",
        "20210301121314,20201121121314", "20210301121314.1,20201121121314.1", "20210301121314.123456,20201121121314.123456",
        "20210301121314.123456+0100,20201121121314.123456+0100", "20210301-0500,20201121-0500",
        "202103,202011", "2021,2020", "2021+0000,2020+0000", "202103-1200,202011-1200", "20210301235960,20201121235960"})
    void dateTime_anyPrecision_dateMovedRestKept(String input, String expected) {
        assertEquals(ok(expected), back100.dateTime(input));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"202|DT: not YYYY[MM[DD[HH[MM[SS]]]]] (3 leading digits)",
        "20210301121|DT: not YYYY[MM[DD[HH[MM[SS]]]]] (11 leading digits)", "2021030124|DT: hour out of range",
        "202103011260|DT: minute out of range", "20210301125961|DT: second out of range",
        "202103011259.5|DT: fraction without seconds", "20210301125959.|DT: fraction of 0 digits (1-6 allowed)",
        "20210301125959.1234567|DT: fraction of 7 digits (1-6 allowed)",
        "20210301-0000|DT: UTC offset -0000 is not allowed", "20210301+1401|DT: UTC offset outside -1200..+1400",
        "20210301-1201|DT: UTC offset outside -1200..+1400", "20210301+0160|DT: UTC offset outside -1200..+1400",
        "20210301+01|DT: unexpected characters after the time (offset must be +HHMM or -HHMM)",
        "20210301Z|DT: unexpected characters after the time (offset must be +HHMM or -HHMM)",
        "202113|DT: month out of range"})
    void dateTime_invalid_reasonWithoutValue(String input, String reason) {
        assertEquals(new Outcome.Invalid(reason), back100.dateTime(input));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"20210301-20210401|20201121-20201222", "-20210301|-20201121",
        "20210301-|20201121-", "20210301|20201121", "2021.03.01-2021.04.01|20201121-20201222"})
    void dateRange_queryKeyForms_eachEndShifted(String input, String expected) {
        assertEquals(ok(expected), back100.dateRange(input));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"-|DA range is not A-B, -B or A-", "2021-03-01|DA range is not A-B, -B or A-",
        "20211301-|DA range: month out of range"})
    void dateRange_invalid_reported(String input, String reason) {
        assertEquals(new Outcome.Invalid(reason), back100.dateRange(input));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"20210301120000-20210401|20201121120000-20201222",
        "20210301120000-0500-20210401+0100|20201121120000-0500-20201222+0100", "-202103|-202011",
        "20210301120000-0500-|20201121120000-0500-", "20210301|20201121"})
    void dateTimeRange_offsetsWithMinus_splitUnambiguously(String input, String expected) {
        assertEquals(ok(expected), back100.dateTimeRange(input));
    }

    @Test
    void dateTimeRange_twoPossibleSplits_invalidAmbiguous() {
        assertEquals(new Outcome.Invalid("DT range is ambiguous (several '-' could separate it)"),
                back100.dateTimeRange("2021-0500-0100"));
    }

    @Test
    void dateTimeRange_noValidSplit_invalid() {
        assertEquals(new Outcome.Invalid("DT range is not A-B, -B or A-"), back100.dateTimeRange("2021-13"));
    }

    @ParameterizedTest
    @CsvSource({"045Y", "003M", "012W", "100D", "090Y"})
    void age_valid_unchanged(String age) {
        assertEquals(ok(age), back100.age(age));
    }

    @Test
    void age_invalid_reported() {
        assertEquals(new Outcome.Invalid("AS: AS is not nnnD, nnnW, nnnM or nnnY"), back100.age("45Y"));
    }
}
