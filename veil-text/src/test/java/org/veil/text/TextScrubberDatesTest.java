package org.veil.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.text.SharedScrubber.X;
import static org.veil.text.SharedScrubber.scrub;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates are shifted by the caller's offset (here +10 days) and written back in their own format. */
class TextScrubberDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "20210312                      | 20210322",
            "2021-03-12                    | 2021-03-22",
            "2021/3/28                     | 2021/4/7",
            "2021.03.12                    | 2021.03.22",
            "03/12/2021                    | 03/22/2021",
            "25/12/2021                    | 04/01/2022",
            "12/25/2021                    | 01/04/2022",
            "03-12-21                      | 03-22-21",
            "3/5/21                        | 3/15/21",
            "03.12.2021                    | 13.12.2021",
            "March 3, 2021                 | March 13, 2021",
            "Dec 28 2020                   | Jan 7 2021",
            "3 Mar 21                      | 13 Mar 21",
            "03-MAR-2021                   | 13-MAR-2021",
            "28 February 2020              | 9 March 2020",
            "3rd March 2021                | 13th March 2021",
            "23rd of May, 2019             | 2nd of June, 2019",
            "Mar 2021                      | Mar 2021",
            "March 25 2021                 | April 4 2021",
            "Mar '21                       | Mar '21",
            "2021-Mar-03                   | 2021-Mar-13",
            "3. März 2021                  | 13. März 2021",
            "25. März 2021                 | 4. April 2021",
            "le 1er mars 2021              | le 11 mars 2021",
            "25 décembre 2021              | 4 janvier 2022",
            "on March 3rd                  | on March 13th",
            "20210312103000                | 20210322"})
    void scrub_date_shiftedInItsOwnFormat(String text, String expected) {
        assertEquals(expected, scrub(text));
    }

    @Test
    void scrub_monthYearNearMonthEnd_movesWithMidMonth() {
        ScrubResult r = SharedScrubber.DEFAULT.scrub("since Jan 2021", KnownIdentifiers.none(),
                DateTextShifter.byDays(20));
        assertEquals("since Feb 2021", r.text());
    }

    @Test
    void scrub_ambiguousNumericDate_policyDayFirst() {
        TextScrubber dayFirst = TextScrubber.builder()
                .policy(ScrubPolicy.builder().dateOrder(ScrubPolicy.DateOrder.DAY_FIRST).build()).build();
        assertEquals("13/03/2021", dayFirst.scrub("03/03/2021", KnownIdentifiers.none(), SharedScrubber.PLUS_10_DAYS)
                .text());
        assertEquals("03/13/2021", scrub("03/03/2021"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "03/12/2021 | " + X,
            "March 3, 2021 | " + X})
    void scrub_noShifter_dateReplaced(String text, String expected) {
        assertEquals(expected, SharedScrubber.DEFAULT.scrub(text, KnownIdentifiers.none(), null).text());
    }

    @Test
    void scrub_policyReplacesDates_dateReplacedEvenWithShifter() {
        TextScrubber replace = TextScrubber.builder()
                .policy(ScrubPolicy.builder().dates(ScrubPolicy.Dates.REPLACE).build()).build();
        assertEquals("seen " + X, replace.scrub("seen 2021-03-12", KnownIdentifiers.none(),
                SharedScrubber.PLUS_10_DAYS).text());
    }

    @Test
    void scrub_datesKept_textUnchangedAndNotTakenForANumber() {
        TextScrubber keep = TextScrubber.builder().policy(ScrubPolicy.builder().keep(FindingCategory.DATE).build())
                .build();
        ScrubResult r = keep.scrub("seen 20210312 and 03/12/2021", KnownIdentifiers.none(), null);
        assertEquals("seen 20210312 and 03/12/2021", r.text());
        assertTrue(r.findings().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "10:30                   | " + X,
            "at 10:30:15.123         | at " + X,
            "9:05 pm                 | " + X,
            "10.30 am                | " + X,
            "10am                    | " + X,
            "14h30                   | " + X,
            "1430 hrs                | " + X,
            "2021-03-12T10:30:00     | 2021-03-22T" + X,
            "slice 10.30 mm          | slice 10.30 mm",
            "ratio 1:100             | ratio 1:100"})
    void scrub_time_replaced(String text, String expected) {
        assertEquals(expected, scrub(text));
    }

    @Test
    void scrub_timesKept_timesStayAndDateTimeKeepsItsTime() {
        TextScrubber keep = TextScrubber.builder().policy(ScrubPolicy.builder().keep(FindingCategory.TIME).build())
                .build();
        assertEquals("at 10:30, 20210322103000", keep.scrub("at 10:30, 20210312103000", KnownIdentifiers.none(),
                SharedScrubber.PLUS_10_DAYS).text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "92 yo female      | 90+ yo female",
            "age 95            | age 90+",
            "a 101-year-old man | a 90+-year-old man",
            "Age: 093Y         | Age: 090+Y",
            "89 yo             | 89 yo"})
    void scrub_ageOver89_aggregated(String text, String expected) {
        assertEquals(expected, scrub(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"2021", "T1 2.5 3D", "1.25", "Series 12/24", "31/02/2021", "13/13/2021",
            "version 1.2.10", "12/2021"})
    void scrub_notADate_unchanged(String text) {
        assertEquals(text, scrub(text));
    }

    @Test
    void scrub_shifterReturnsNull_exceptionNamesOffsetNotText() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SharedScrubber.DEFAULT.scrub("seen 2021-03-12 by Smith", KnownIdentifiers.none(), d -> null));
        assertEquals("DateTextShifter returned null for the date at offset 5", e.getMessage());
        assertFalse(e.getMessage().contains("2021"));
    }

    @Test
    void findings_date_categoryAndSpan() {
        ScrubResult r = SharedScrubber.DEFAULT.scrub("seen 2021-03-12.", KnownIdentifiers.none(), null);
        assertEquals(List.of(new Finding(FindingCategory.DATE, 5, 15)), r.findings());
    }
}
