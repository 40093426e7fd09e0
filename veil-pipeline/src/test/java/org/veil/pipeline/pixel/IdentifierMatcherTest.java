package org.veil.pipeline.pixel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.pipeline.PixelContext;
import org.veil.text.TextScrubber;

class IdentifierMatcherTest {
    private static final TextScrubber SCRUBBER = TextScrubber.builder().build();
    private final IdentifierMatcher m = new IdentifierMatcher(new PixelContext(List.of("OKAFOR^CHIDI"),
            List.of("MRN4471203", "ACC88231"), List.of("19610312"), List.of("ST MARY HOSPITAL")), () -> SCRUBBER);

    @Test
    void matches_identifiersWithOcrConfusions() {
        assertTrue(m.matches("OKAF0R"));
        assertTrue(m.matches("Chidi"));
        assertTrue(m.matches("ID 447l2O3"));
        assertTrue(m.matches("ACC 8823l"));
        assertTrue(m.matches("St Mary Hospita1"));
    }

    @Test
    void matches_datesInWrittenForms() {
        assertTrue(m.matches("03/12/1961"));
        assertTrue(m.matches("12.03.1961"));
        assertTrue(m.matches("1961-03-12"));
        assertTrue(m.matches("12 MAR 1961"));
    }

    @Test
    void matches_freeTextCleanerPatterns() {
        assertTrue(m.matches("555-123-4567"), "a phone number");
        assertTrue(m.matches("07/04/2019"), "a date of someone else");
    }

    @Test
    void matches_overlayWords_no() {
        assertFalse(m.matches("TGC"));
        assertFalse(m.matches("MI 0.8"));
        assertFalse(m.matches("Abdomen"));
    }
}
