package org.veil.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.veil.text.SharedScrubber.X;
import static org.veil.text.SharedScrubber.scrub;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Identifiers given in {@link KnownIdentifiers} are found in every written form. */
class TextScrubberKnownIdentifiersTest {

    private static final KnownIdentifiers SMITH = KnownIdentifiers.builder().personName("SMITH^JOHN^Q").build();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "CT CHEST f/u for John SMITH 03/12/2021 | CT CHEST f/u for " + X + " 03/22/2021",
            "SMITH^JOHN                 | " + X,
            "john smith                 | " + X,
            "Smith, John                | " + X,
            "Smith, J.                  | " + X + ".",
            "J. Smith                   | " + X,
            "SMITH J                    | " + X,
            "John Q Smith               | " + X,
            "John Q. Smith              | " + X,
            "Dr. Smith                  | Dr. " + X,
            "SMITH                      | " + X,
            "Smith's knee               | " + X + " knee",
            "seen by JS today           | seen by " + X + " today",
            "J.S.                       | " + X + ".",
            "JQS                        | " + X})
    void scrub_knownPatientName_everyForm(String text, String expected) {
        assertEquals(expected, scrub(text, SMITH));
    }

    @Test
    void scrub_knownNameAsEponymInContext_eponymSurvives() {
        assertEquals("Smith fracture; patient " + X, scrub("Smith fracture; patient Smith", SMITH));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Müller Jürgen   | " + X,
            "MUELLER JUERGEN | " + X,
            "Muller          | " + X,
            "MÜLLER          | " + X})
    void scrub_accentedKnownName_foldedAndTransliteratedForms(String text, String expected) {
        KnownIdentifiers known = KnownIdentifiers.builder().personName("Müller^Jürgen").build();
        assertEquals(expected, scrub(text, known));
    }

    @Test
    void scrub_asciiKnownName_matchesUmlautSpelling() {
        KnownIdentifiers known = KnownIdentifiers.builder().personName("MUELLER^JUERGEN").build();
        assertEquals("report " + X, scrub("report Müller", known));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "山田太郎様の検査       | " + X + "様の検査",
            "山田 太郎             | " + X,
            "やまだ たろう          | " + X,
            "ヤマダ タロウ          | " + X,
            "Yamada Tarou          | " + X,
            "YAMADA^TAROU          | " + X})
    void scrub_personNameGroups_eachGroupIsAForm(String text, String expected) {
        KnownIdentifiers known = KnownIdentifiers.builder().personName("Yamada^Tarou=山田^太郎=やまだ^たろう").build();
        assertEquals(expected, scrub(text, known));
    }

    @Test
    void scrub_koreanNameWithoutSpaces_found() {
        KnownIdentifiers known = KnownIdentifiers.builder().personName("Park^Hana=박^하나").build();
        assertEquals("CT " + X, scrub("CT 박하나", known));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "MAY BE MOTION ARTIFACT        | MAY BE MOTION ARTIFACT",
            "LONG AXIS                     | LONG AXIS",
            "Will May                      | " + X,
            "WILL^MAY                      | " + X,
            "patient May                   | patient " + X,
            "repeat if May. see notes      | repeat if " + X + ". see notes"})
    void scrub_knownNameThatIsACommonWord_onlyInNameContext(String text, String expected) {
        KnownIdentifiers known = KnownIdentifiers.builder().personName("MAY^WILL").build();
        assertEquals(expected, scrub(text, known));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "CT HEAD         | CT HEAD",
            "CT HEAD - CT    | CT HEAD - " + X,
            "HEAD CT AP      | HEAD CT AP"})
    void scrub_initialsThatAreATerm_onlyWhenStandingApart(String text, String expected) {
        KnownIdentifiers known = KnownIdentifiers.builder().personName("TORRES^CARLOS").build();
        assertEquals(expected, scrub(text, known));
    }

    @Test
    void scrub_initialsKept_whenPolicySaysKeep() {
        TextScrubber keep = TextScrubber.builder()
                .policy(ScrubPolicy.builder().initials(ScrubPolicy.Initials.KEEP).build()).build();
        assertEquals("seen by JS", keep.scrub("seen by JS", SMITH, null).text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "MRN12345678 stable         | " + X + " stable",
            "MRN 12345678               | MRN " + X,
            "ID 12345678 and 1234-5678  | ID " + X + " and " + X,
            "acc A20210312 done         | acc " + X + " done",
            "x 1234567890123            | x " + X})
    void scrub_knownIdentifiers_inAnySpelling(String text, String expected) {
        KnownIdentifiers known = KnownIdentifiers.builder().identifier("MRN12345678").identifier("A20210312")
                .identifier("1234567890123").build();
        assertEquals(expected, scrub(text, known));
    }

    @Test
    void scrub_knownIdentifierInsideLongerNumber_notTakenApart() {
        KnownIdentifiers known = KnownIdentifiers.builder().identifier("12345").build();
        assertEquals("SSN " + X, scrub("SSN 123-45-6789", known));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "outside study from St. Mary Hospital | outside study from " + X,
            "ST MARY HOSPITAL                      | " + X,
            "St Mary                               | " + X,
            "prior at SMH                          | prior at " + X})
    void scrub_knownInstitution_fullShortAndAcronym(String text, String expected) {
        KnownIdentifiers known = KnownIdentifiers.builder().institution("St. Mary Hospital").build();
        assertEquals(expected, scrub(text, known));
    }

    @Test
    void scrub_otherKnownValue_found() {
        KnownIdentifiers known = KnownIdentifiers.builder().other("CTSCAN07").build();
        assertEquals("station " + X, scrub("station CTSCAN07", known));
    }

    @Test
    void toBuilder_addsValues_keepsOldOnes() {
        KnownIdentifiers first = KnownIdentifiers.builder().personName("SMITH^JOHN").build();
        KnownIdentifiers grown = first.toBuilder().identifier("MRN998877").build();
        assertEquals(X + " " + X, scrub("Smith MRN998877", grown));
        assertEquals(2, grown.size());
    }

    @Test
    void builder_blankAndNullValues_ignored() {
        KnownIdentifiers known = KnownIdentifiers.builder().personName(null).personName("  ").identifier("")
                .institution(null).other(" ").build();
        assertEquals(0, known.size());
        assertEquals("CT HEAD", scrub("CT HEAD", known));
    }

    @Test
    void findings_knownName_categoryAndSpan() {
        ScrubResult r = SharedScrubber.DEFAULT.scrub("for John SMITH today", SMITH, null);
        assertEquals(List.of(new Finding(FindingCategory.NAME_KNOWN, 4, 14)), r.findings());
    }
}
