package org.veil.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.veil.text.SharedScrubber.X;
import static org.veil.text.SharedScrubber.scrub;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Person names that are not known from the data set: found with name lists and context. */
class TextScrubberNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Dr. Rossi read the study        | Dr. " + X + " read the study",
            "DR. ROSSI                       | DR. " + X,
            "Dr Xyzzyqa                      | Dr " + X,
            "dr smith                        | dr " + X,
            "Dr. van den Berg                | Dr. " + X,
            "Dr. J. Kowalski                 | Dr. " + X,
            "Mrs. Kowalski                   | Mrs. " + X,
            "Prof. Anna Nowak                | Prof. " + X,
            "Dr. Parkinson                   | Dr. " + X,
            "read by Anna Nowak, MD          | read by " + X + ", MD",
            "Referring physician: Kowalski   | Referring physician: " + X,
            "per Maria Rossi                 | per " + X,
            "discussed with Pierre Dubois    | discussed with " + X,
            "tech: Giulia                    | tech: " + X,
            "patient Grant Rose              | patient " + X,
            "A. Rossi, M.D.                  | " + X + ", M.D.",
            "Kowalski RN                     | " + X + " RN"})
    void scrub_nameAfterOrBeforeCue_replaced(String text, String expected) {
        assertEquals(expected, scrub(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ROSSI^MARIA                         | " + X,
            "Halchenko^Yaroslav                  | " + X,
            "CT HEAD John Smith                  | CT HEAD " + X,
            "SMITH JOHN CT HEAD                  | " + X + " CT HEAD",
            "Comment: Kowalski                   | Comment: " + X,
            "TANAKA, HIROSHI                     | " + X,
            "Scan done. Takeshi Nakamura. Ok     | Scan done. " + X + ". Ok",
            "Findings discussed. NAKAMURA TAKESHI. | Findings discussed. " + X + ".",
            "Maria de la Cruz                    | " + X,
            "John Smith Jr.                      | " + X + "."})
    void scrub_nameWithoutCue_replaced(String text, String expected) {
        assertEquals(expected, scrub(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Dr. Rossi. Tel: 4-5567          | Dr. " + X + ". Tel: " + X,
            "Mrs. Moyo Best diastolic        | Mrs. " + X + " Best diastolic",
            "Precision V                     | Precision V",
            "MR BRAIN                        | MR BRAIN",
            "PT SHOULDER                     | PT SHOULDER",
            "MS lesions                      | MS lesions",
            "Sister Mary Joseph nodule       | Sister " + X + " nodule"})
    void scrub_cueWords_doNotSwallowClinicalText(String text, String expected) {
        assertEquals(expected, scrub(text));
    }

    @Test
    void findings_unknownName_categoryAndSpan() {
        ScrubResult r = SharedScrubber.DEFAULT.scrub("Dr. Rossi", KnownIdentifiers.none(), null);
        assertEquals(List.of(new Finding(FindingCategory.NAME, 4, 9)), r.findings());
    }

    @Test
    void scrub_noNameLists_onlyContextFindsNames() {
        TextScrubber noLists = TextScrubber.builder().nameLists(NameLists.none()).build();
        assertEquals("Dr. " + X + " and Kowalski", noLists.scrub("Dr. Rossi and Kowalski", KnownIdentifiers.none(),
                null).text());
    }

    @Test
    void scrub_customAllowList_siteTermSurvives() {
        TextScrubber site = TextScrubber.builder().allowList(ClinicalTerms.builtin().plus(List.of("Kowalski")))
                .build();
        assertEquals("KOWALSKI PROTOCOL", site.scrub("KOWALSKI PROTOCOL", KnownIdentifiers.none(), null).text());
        assertEquals(X + " PROTOCOL", scrub("KOWALSKI PROTOCOL"));
    }

    /** A name the lists do not hold is still found by its shape (NameShape), which needs the lists to learn from. */
    @Test
    void scrub_heldOutName_withoutList() {
        TextScrubber without = TextScrubber.builder().nameLists(NameLists.builtin().without(List.of("Kowalski")))
                .build();
        assertEquals("CT " + X, without.scrub("CT KOWALSKI", KnownIdentifiers.none(), null).text());
        assertEquals("CT Dr. " + X, without.scrub("CT Dr. Kowalski", KnownIdentifiers.none(), null).text());
        TextScrubber noLists = TextScrubber.builder().nameLists(NameLists.none()).build();
        assertEquals("CT KOWALSKI", noLists.scrub("CT KOWALSKI", KnownIdentifiers.none(), null).text());
    }
}
