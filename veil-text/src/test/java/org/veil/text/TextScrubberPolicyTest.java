package org.veil.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.veil.text.SharedScrubber.X;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.dicom.VR;

/** Replacement styles, length limits of the VRs, multi-valued attributes, and no original text in any output. */
class TextScrubberPolicyTest {

    private static final KnownIdentifiers SMITH = KnownIdentifiers.builder().personName("SMITH^JOHN")
            .identifier("MRN12345").build();
    private static final String TEXT = "CT CHEST f/u for John SMITH 03/12/2021";

    @Test
    void scrub_removePolicy_findingAndItsSpaceGo() {
        TextScrubber remove = scrubber(ScrubPolicy.builder().replacement(ScrubPolicy.Replacement.REMOVE));
        assertEquals("CT CHEST f/u for 03/22/2021", remove.scrub(TEXT, SMITH, SharedScrubber.PLUS_10_DAYS).text());
        assertEquals("CT CHEST f/u for", remove.scrub("CT CHEST f/u for John SMITH", SMITH, null).text());
        assertEquals("f/u", remove.scrub("John SMITH f/u", SMITH, null).text());
    }

    @Test
    void scrub_pseudonymPolicy_knownValuesGetPseudonymOthersMarker() {
        TextScrubber pseudo = TextScrubber.builder()
                .policy(ScrubPolicy.builder().replacement(ScrubPolicy.Replacement.PSEUDONYM).build())
                .pseudonyms((category, value) -> category == FindingCategory.NAME_KNOWN && value.equals("SMITH^JOHN")
                        ? "PATIENT^7" : null)
                .build();
        assertEquals("for PATIENT^7, MRN " + X + ", Dr. " + X,
                pseudo.scrub("for J. Smith, MRN MRN12345, Dr. Rossi", SMITH, null).text());
    }

    @Test
    void scrub_customMarker_used() {
        TextScrubber custom = scrubber(ScrubPolicy.builder().marker("***").shortMarker("*"));
        assertEquals("for *** ***", custom.scrub("for John SMITH 03/12/2021", SMITH, null).text());
    }

    @Test
    void scrub_shortString_markerThatWouldOverflowBecomesShortMarker() {
        ScrubResult r = SharedScrubber.DEFAULT.scrub("CT HEAD JS", VR.SH, SMITH, null);
        assertEquals("CT HEAD [X]", r.text());
        assertEquals(LengthFit.SHORT_MARKERS, r.fit());
    }

    @Test
    void scrub_stillTooLong_cutAtWordBoundaryNeverInsideAReplacement() {
        ScrubResult r = SharedScrubber.DEFAULT.scrub("J SMITH CT HEAD ROUTINE", VR.SH, SMITH, null);
        assertEquals("[X] CT HEAD", r.text());
        assertEquals(LengthFit.TRUNCATED, r.fit());
        assertTrue(r.text().length() <= 16);
    }

    @Test
    void scrub_longString_fitsItsMaximum() {
        String value = "Dr Rossi " + "HEAD ".repeat(11);
        ScrubResult r = SharedScrubber.DEFAULT.scrub(value.strip(), VR.LO, KnownIdentifiers.none(), null);
        assertEquals(63, value.strip().length());
        assertEquals("Dr [X] " + "HEAD ".repeat(11).strip(), r.text());
        assertEquals(LengthFit.SHORT_MARKERS, r.fit());
    }

    @Test
    void scrub_unboundedVr_neverFitted() {
        String value = "John Smith ".repeat(2000);
        ScrubResult r = SharedScrubber.DEFAULT.scrub(value, VR.UT, SMITH, null);
        assertEquals(LengthFit.FITS, r.fit());
        assertFalse(r.text().contains("Smith"));
    }

    @Test
    void scrub_multiValuedVr_eachValueScrubbedAndFindingsInWholeValue() {
        ScrubResult r = SharedScrubber.DEFAULT.scrub("HEAD\\John Smith\\CHEST", VR.LO, SMITH, null);
        assertEquals("HEAD\\" + X + "\\CHEST", r.text());
        assertEquals(List.of(new Finding(FindingCategory.NAME_KNOWN, 5, 15)), r.findings());
    }

    @Test
    void scrub_singleValuedTextVr_backslashIsText() {
        ScrubResult r = SharedScrubber.DEFAULT.scrub("a\\John Smith", VR.LT, SMITH, null);
        assertEquals("a\\" + X, r.text());
    }

    @Test
    void scrub_nonTextVr_rejectedWithoutValueInMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SharedScrubber.DEFAULT.scrub("John Smith", VR.US, SMITH, null));
        assertEquals("TextScrubber: VR US holds no text", e.getMessage());
    }

    @Test
    void scrub_emptyAndPunctuationOnly_unchanged() {
        assertEquals("", SharedScrubber.scrub(""));
        assertEquals(" ^^^ ", SharedScrubber.scrub(" ^^^ "));
    }

    @Test
    void toString_resultFindingsKnownIdentifiers_neverHoldText() {
        ScrubResult r = SharedScrubber.DEFAULT.scrub(TEXT, SMITH, SharedScrubber.PLUS_10_DAYS);
        String all = r + " " + r.findings() + " " + SMITH + " " + SharedScrubber.DEFAULT + " "
                + ScrubPolicy.defaults() + " " + NameLists.builtin() + " " + ClinicalTerms.builtin();
        for (String secret : List.of("SMITH", "Smith", "JOHN", "John", "MRN12345", "12345", "2021", "03/12", "03/22")) {
            assertFalse(all.contains(secret), secret + " appears in " + all);
        }
        assertEquals("ScrubResult[length=38, findings=[NAME_KNOWN@17..27, DATE@28..38], fit=FITS]", r.toString());
        assertEquals("KnownIdentifiers[personNames=1, identifiers=1, institutions=0, others=0]", SMITH.toString());
    }

    @Test
    void scrub_null_rejectedWithoutValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SharedScrubber.DEFAULT.scrub(null, SMITH, null));
        assertEquals("TextScrubber: text is null", e.getMessage());
    }

    @Test
    void policy_shortMarkerLongerThanMarker_rejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScrubPolicy.builder().marker("[X]").shortMarker("[REDACTED]").build());
        assertEquals("ScrubPolicy.shortMarker is longer (10) than ScrubPolicy.marker (3)", e.getMessage());
    }

    @Test
    void policy_idDigitsBelowFour_rejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScrubPolicy.builder().idDigits(3).build());
        assertEquals("ScrubPolicy.idDigits must be at least 4, was 3", e.getMessage());
    }

    @Test
    void scrub_idDigitsSix_fiveDigitNumberKept() {
        TextScrubber six = scrubber(ScrubPolicy.builder().idDigits(6));
        assertEquals("study 12345", six.scrub("study 12345", KnownIdentifiers.none(), null).text());
        assertEquals("study " + X, SharedScrubber.DEFAULT.scrub("study 12345", KnownIdentifiers.none(), null).text());
    }

    @Test
    void scrub_concurrentThreads_sameResults() throws InterruptedException {
        String expected = SharedScrubber.DEFAULT.scrub(TEXT, SMITH, SharedScrubber.PLUS_10_DAYS).text();
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger wrong = new java.util.concurrent.atomic.AtomicInteger();
        for (int i = 0; i < 4; i++) {
            Thread th = new Thread(() -> {
                for (int k = 0; k < 2000; k++) {
                    if (!expected.equals(SharedScrubber.DEFAULT.scrub(TEXT, SMITH, SharedScrubber.PLUS_10_DAYS).text())) {
                        wrong.incrementAndGet();
                    }
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        assertEquals(0, wrong.get());
    }

    private static TextScrubber scrubber(ScrubPolicy.Builder policy) {
        return TextScrubber.builder().policy(policy.build()).build();
    }
}
