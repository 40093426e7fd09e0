package org.veil.deid.pseudo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeHarborTest {

    private static Outcome ok(String value) {
        return new Outcome.Ok(value);
    }

    @ParameterizedTest
    @CsvSource({"20210315,20210101", "1999.12.31,19990101", "'20210315\\19990704',20210101\\19990101"})
    void date_anyDay_yearKeptAsFirstOfJanuary(String input, String expected) {
        assertEquals(ok(expected), SafeHarbor.date(input));
    }

    @ParameterizedTest
    @CsvSource({"20210315123000.5+0100,2021", "2021,2021", "202103-0500,2021"})
    void dateTime_anyPrecision_yearOnly(String input, String expected) {
        assertEquals(ok(expected), SafeHarbor.dateTime(input));
    }

    @ParameterizedTest
    @CsvSource({"089Y,089Y", "090Y,090Y", "091Y,090Y", "120Y,090Y", "999M,999M", "999W,999W", "999D,999D",
        "000D,000D"})
    void age_ninetyOrMore_aggregated(String input, String expected) {
        assertEquals(ok(expected), SafeHarbor.age(input));
    }

    @Test
    void age_invalid_reported() {
        assertEquals(new Outcome.Invalid("AS: AS is not nnnD, nnnW, nnnM or nnnY"), SafeHarbor.age("90Y"));
    }

    @Test
    void ageString_unitsBeyondThreeDigits_comparedWithNinetyMeanYears() {
        assertEquals(true, new AgeString(1080, 'M').atLeastYears(90));
        assertEquals(false, new AgeString(1079, 'M').atLeastYears(90));
        assertEquals(true, new AgeString(4696, 'W').atLeastYears(90));
        assertEquals(false, new AgeString(4695, 'W').atLeastYears(90));
        assertEquals(true, new AgeString(32872, 'D').atLeastYears(90));
        assertEquals(false, new AgeString(32871, 'D').atLeastYears(90));
    }

    @ParameterizedTest
    @CsvSource({"19310616,20210615,19310101", "19310615,20210615,19310101", "19300615,20210615,19310101",
        "18800101,20210615,19310101", "19800229,20210615,19800101", "20220101,20210615,20220101"})
    void birthDate_againstReference_yearOrNinetyCategory(String birth, String reference, String expected) {
        assertEquals(ok(expected), SafeHarbor.birthDate(birth, reference));
    }

    @Test
    void birthDate_noReference_invalid() {
        assertEquals(new Outcome.Invalid("DA birth date: no reference date to tell an age of 90 or more"),
                SafeHarbor.birthDate("19500101", ""));
        assertEquals(ok(""), SafeHarbor.birthDate("", ""));
    }

    @Test
    void birthDate_invalidReference_invalid() {
        assertEquals(new Outcome.Invalid("DA birth or reference date: month out of range"),
                SafeHarbor.birthDate("19500101", "20211301"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"036", "059", "063", "102", "203", "556", "692", "790", "821", "823", "830", "831", "878",
        "879", "884", "890", "893"})
    void zip_restrictedPrefix_000(String prefix) {
        assertEquals(ok("000"), SafeHarbor.zip(prefix + "12"));
        assertEquals(ok("000"), SafeHarbor.zip(prefix + "12-3456"));
    }

    @ParameterizedTest
    @CsvSource({"02139,021", "10001-1234,100", "941031234,941", "' 03755 ',037", "03601,000"})
    void zip_otherPrefix_firstThreeDigits(String input, String expected) {
        assertEquals(ok(expected), SafeHarbor.zip(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234", "123456", "ABCDE", "12345-12", "12345 6789", "SW1A 1AA"})
    void zip_notUsZip_invalid(String input) {
        assertEquals(new Outcome.Invalid("ZIP: not a 5-digit US ZIP code or ZIP+4"), SafeHarbor.zip(input));
    }
}
